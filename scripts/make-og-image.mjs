// Takes the social-card picture (og:image, 1200x630) from the real widget: the one-file build
// opened from disk in headless Chromium, showing the GenAI engineer's profile in light colours.
//
// It drives Chromium over the DevTools protocol on a pipe (--remote-debugging-pipe: messages are
// JSON ended by a NUL byte, fd 3 to Chromium and fd 4 back), so it needs no package. It waits in
// real time for what the browser tests wait for: the widget's status "ready", then no new frame
// for a while. (An earlier version used --virtual-time-budget: virtual time runs ahead while the
// wasm compiles on another thread, so on a busy machine the budget could end before the widget
// started, and the build shipped no card.)
//
// Usage: node make-og-image.mjs OFFLINE_HTML OUT_PNG     (exit status non-zero when it failed)
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [page, out] = process.argv.slice(2);
if (!page || !out) {
  console.error('usage: node make-og-image.mjs OFFLINE_HTML OUT_PNG');
  process.exit(2);
}
const chromium = process.env.CHROMIUM || '/usr/bin/chromium';
const WIDTH = 1200;
const HEIGHT = 630;
const READY_WITHIN_MS = 120000;  // a cold, busy machine: the wasm compile alone can take seconds
const QUIET_MS = 500;            // no frame drawn for this long: the picture is final

const url = `${pathToFileURL(resolve(page))}?theme=light#v1;role=genai-engineer`;
const profile = mkdtempSync(join(tmpdir(), 'og-image-'));
// WebGL2 on SwiftShader and no background networking: see docs/architecture.md, "Toolchain".
const browser = spawn(chromium, [
  '--headless', '--no-sandbox', '--disable-gpu', '--use-gl=angle', '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  `--user-data-dir=${profile}`, '--hide-scrollbars', `--window-size=${WIDTH},${HEIGHT}`,
  '--remote-debugging-pipe', 'about:blank',
], { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });

const toBrowser = browser.stdio[3];
const fromBrowser = browser.stdio[4];
let nextId = 1;
const waiting = new Map();
let buffered = Buffer.alloc(0);
fromBrowser.on('data', (chunk) => {
  buffered = Buffer.concat([buffered, chunk]);
  for (let end = buffered.indexOf(0); end >= 0; end = buffered.indexOf(0)) {
    const message = JSON.parse(buffered.subarray(0, end).toString('utf8'));
    buffered = buffered.subarray(end + 1);
    const reply = waiting.get(message.id);
    if (!reply) continue;  // an event: none is asked for
    waiting.delete(message.id);
    if (message.error) reply.reject(new Error(`${reply.method}: ${message.error.message}`));
    else reply.resolve(message.result);
  }
});
// Chromium missing, crashed or gone: every unanswered call fails with the reason, at once.
let gone = null;
function fail(error) {
  gone = gone || error;
  for (const reply of waiting.values()) reply.reject(gone);
  waiting.clear();
}
const exited = new Promise((resolveExit) => browser.on('exit', (code, signal) => {
  fail(new Error(`Chromium exited (${signal || `status ${code}`})`));
  resolveExit();
}));
browser.on('error', (error) => fail(new Error(`Chromium did not start: ${error.message}`)));
toBrowser.on('error', (error) => fail(new Error(`Chromium's pipe closed: ${error.message}`)));

const CALL_WITHIN_MS = 30000;  // a call Chromium never answers ends the run, not hangs the build
function send(method, params = {}, sessionId) {
  if (gone) return Promise.reject(gone);
  const id = nextId++;
  toBrowser.write(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }) + '\0');
  return new Promise((resolveReply, reject) => {
    const timer = setTimeout(() => {
      waiting.delete(id);
      reject(new Error(`${method}: no answer after ${CALL_WITHIN_MS / 1000} s`));
    }, CALL_WITHIN_MS);
    const settle = (then) => (value) => { clearTimeout(timer); then(value); };
    waiting.set(id, { resolve: settle(resolveReply), reject: settle(reject), method });
  });
}

const sleep = (ms) => new Promise((resolveSleep) => setTimeout(resolveSleep, ms));

async function evaluate(expression, sessionId) {
  const { result, exceptionDetails } = await send('Runtime.evaluate',
    { expression, returnByValue: true }, sessionId);
  if (exceptionDetails) throw new Error(`page script failed: ${exceptionDetails.text}`);
  return result.value;
}

async function takePicture() {
  const { targetInfos } = await send('Target.getTargets');
  const tab = targetInfos.find((t) => t.type === 'page');
  if (!tab) throw new Error('Chromium opened no page');
  const { sessionId } = await send('Target.attachToTarget', { targetId: tab.targetId, flatten: true });
  await send('Emulation.setDeviceMetricsOverride',
    { width: WIDTH, height: HEIGHT, deviceScaleFactor: 1, mobile: false }, sessionId);
  const navigation = await send('Page.navigate', { url }, sessionId);
  if (navigation.errorText) throw new Error(`${url} did not open: ${navigation.errorText}`);

  // Ready: the widget says so. Final: its frame count has stood still for QUIET_MS (it draws
  // nothing while nobody touches it). A message (error or "taking too long") ends the wait.
  const probe = `(() => {
    const message = document.getElementById('ce-message');
    if (message && !message.hidden) return { failed: message.textContent.trim().slice(0, 300) };
    const widget = window.careerExplorer;
    if (!widget || widget.getState().status !== 'ready') return { ready: false };
    return { ready: true, frames: widget.frameCount() };
  })()`;
  const deadline = Date.now() + READY_WITHIN_MS;
  let frames = -1;
  let stillSince = 0;
  while (true) {
    if (Date.now() > deadline) throw new Error(`the widget was not ready after ${READY_WITHIN_MS / 1000} s`);
    const seen = await evaluate(probe, sessionId);
    if (seen.failed) throw new Error(`the page shows a message: ${seen.failed}`);
    if (seen.ready && seen.frames === frames) {
      if (Date.now() - stillSince >= QUIET_MS) break;
    } else {
      frames = seen.ready ? seen.frames : -1;
      stillSince = Date.now();
    }
    await sleep(100);
  }
  const { data } = await send('Page.captureScreenshot',
    { format: 'png', clip: { x: 0, y: 0, width: WIDTH, height: HEIGHT, scale: 1 } }, sessionId);
  writeFileSync(out, Buffer.from(data, 'base64'));
}

let status = 0;
try {
  await takePicture();
  console.log(`made ${out}`);
} catch (error) {
  console.error(`make-og-image: ${error.message}`);
  status = 1;
} finally {
  // Browser.close ends Chromium cleanly; a Chromium that does not answer is killed.
  if (!gone) send('Browser.close').catch(() => {});
  const closed = await Promise.race([exited.then(() => true), sleep(5000).then(() => false)]);
  if (!closed) browser.kill('SIGKILL');
  rmSync(profile, { recursive: true, force: true });
}
process.exit(status);
