import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
const [file, height = '900', prefix] = process.argv.slice(2);
const data = readFileSync(file).toString('base64');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
await page.setContent(`<body style="margin:0"><img id=i src="data:image/png;base64,${data}">`);
const box = await page.locator('#i').boundingBox();
await page.setViewportSize({ width: Math.ceil(box.width), height: 800 });
const h = Number(height);
let n = 0;
for (let y = 0; y < box.height; y += h) {
  await page.screenshot({ path: `${prefix}-${n++}.png`, clip: { x: 0, y, width: box.width, height: Math.min(h, box.height - y) }, fullPage: true });
}
console.log(n, 'parts');
await browser.close();
