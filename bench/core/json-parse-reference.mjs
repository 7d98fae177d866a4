// Node's own JSON.parse of a file, the reference issue 13 sets for the loader: reads the file
// whole, then parses it RUNS times and prints one JSON line with the median wall and CPU time
// (process.cpuUsage, which counts V8's helper threads too). Used by loader-vs-json-parse.sh.
// Usage: node json-parse-reference.mjs FILE [RUNS]
import { readFileSync } from 'node:fs';

const [file, runsArg] = process.argv.slice(2);
const runs = Number(runsArg || 5);
const text = readFileSync(file, 'utf8');
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const wall = [];
const cpu = [];
let parsed = null;
for (let i = 0; i < runs; i++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  parsed = JSON.parse(text);
  wall.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1000);
}
console.log(JSON.stringify({ bytes: Buffer.byteLength(text), courses: parsed.courses?.length ?? null,
                             wallMs: median(wall), cpuMs: median(cpu) }));
