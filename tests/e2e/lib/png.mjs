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
      let changed = 0;
      for (let i = 0; i < a.data.length; i += 4) {
        if (colours.size < 5000) colours.add((a.data[i] << 16) | (a.data[i + 1] << 8) | a.data[i + 2]);
        if (differs(a.data, i, a.data, 0)) changed++;
      }
      return { distinctColours: colours.size, changedShare: changed / (a.data.length / 4),
               width: a.width, height: a.height, background: [a.data[0], a.data[1], a.data[2]] };
    }, [pngs.map((p) => p.toString('base64')), question]);
  } finally {
    await context.close();
  }
}

// How many distinct colours a PNG has, the share of pixels that differ from the top-left pixel
// (the background), its size and background colour.
export function pixelStats(browser, png) {
  return inScratchPage(browser, [png], 'stats');
}

// The share of pixels that differ noticeably between two PNGs of the same size; 1 when the
// sizes differ.
export function pngDifference(browser, a, b) {
  return inScratchPage(browser, [a, b], 'difference');
}
