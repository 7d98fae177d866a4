// Pixel checks on screenshots, with no image library: PNGs are decoded in a scratch browser page.
// One in-page routine serves both questions (what is drawn, and how two pictures differ).

async function inScratchPage(browser, pngs, question) {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    return await page.evaluate(async ([images, ask]) => {
      async function pixels(b64) {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const canvas = new OffscreenCanvas(img.width, img.height);
        const g = canvas.getContext('2d');
        g.drawImage(img, 0, 0);
        return g.getImageData(0, 0, img.width, img.height);
      }
      const decoded = await Promise.all(images.map(pixels));
      const differs = (p, i, q, j) => Math.abs(p[i] - q[j]) + Math.abs(p[i + 1] - q[j + 1]) +
                                      Math.abs(p[i + 2] - q[j + 2]) > 30;
      const [a, b] = decoded;
      if (ask === 'difference') {
        if (a.width !== b.width || a.height !== b.height) return 1;
        let differing = 0;
        for (let i = 0; i < a.data.length; i += 4) if (differs(a.data, i, b.data, i)) differing++;
        return differing / (a.data.length / 4);
      }
      const colours = new Set();
      const counts = new Map();  // of every 7th pixel: the most common colour is the page's
      let changed = 0;
      for (let i = 0; i < a.data.length; i += 4) {
        const rgb = (a.data[i] << 16) | (a.data[i + 1] << 8) | a.data[i + 2];
        if (colours.size < 5000) colours.add(rgb);
        if (i % 28 === 0) counts.set(rgb, (counts.get(rgb) || 0) + 1);
        if (differs(a.data, i, a.data, 0)) changed++;
      }
      let dominant = 0;
      let most = -1;
      for (const [rgb, n] of counts) if (n > most) [dominant, most] = [rgb, n];
      return { distinctColours: colours.size, changedShare: changed / (a.data.length / 4),
               width: a.width, height: a.height, background: [a.data[0], a.data[1], a.data[2]],
               dominant: [dominant >> 16, (dominant >> 8) & 255, dominant & 255] };
    }, [pngs.map((p) => p.toString('base64')), question]);
  } finally {
    await context.close();
  }
}

// How many distinct colours a PNG has, the share of pixels that differ from the top-left pixel
// (the background), its size and background colour (the top-left pixel), and its most common
// colour (`dominant`: the background even when a focus ring touches the corner).
export function pixelStats(browser, png) {
  return inScratchPage(browser, [png], 'stats');
}

// The share of pixels that differ noticeably between two PNGs of the same size; 1 when the
// sizes differ.
export function pngDifference(browser, a, b) {
  return inScratchPage(browser, [a, b], 'difference');
}

// Checks a screenshot that a test keeps: its size in device pixels, a background of the expected
// theme (dark: the most common colour's channels sum below 200) and something drawn on it (a
// share of pixels unlike the corner, and many colours: text is anti-aliased). Returns the stats.
export async function assertPicture(browser, png, { width, height, minHeight, dark,
                                                    minChanged = 0.03, minColours = 50, what = 'picture' }) {
  const { default: assert } = await import('node:assert/strict');
  const s = await pixelStats(browser, png);
  if (width !== undefined) assert.equal(s.width, width, `${what}: width`);
  if (height !== undefined) assert.equal(s.height, height, `${what}: height`);
  if (minHeight !== undefined) assert.ok(s.height >= minHeight, `${what}: at least ${minHeight} px tall (${s.height})`);
  if (dark !== undefined) {
    assert.equal(s.dominant.reduce((a, b) => a + b) < 200, dark,
                 `${what}: ${dark ? 'dark' : 'light'} background (${s.dominant})`);
  }
  assert.ok(s.changedShare > minChanged, `${what}: not blank (${s.changedShare} of pixels drawn)`);
  assert.ok(s.distinctColours > minColours, `${what}: ${s.distinctColours} colours`);
  return s;
}
