// Test support: a believable picture of a school computer's screen (a print error over a
// document), drawn by Chromium, so the screenshots of the console show what a helper would see.
import type { Browser } from 'playwright-core';

const SCREEN_HTML = `<!doctype html>
<html><body style="margin:0;font-family:system-ui,sans-serif;background:#2b5797;height:600px;position:relative">
  <div style="position:absolute;inset:24px 24px 64px;background:#fff;border-radius:6px;box-shadow:0 8px 30px #0006">
    <div style="height:36px;background:#f3f3f3;border-bottom:1px solid #ddd;display:flex;align-items:center;padding:0 12px;font-size:13px;color:#333">
      Science report - Word
    </div>
    <div style="padding:28px 48px;color:#222;font-size:15px;line-height:1.6">
      <h2 style="margin:0 0 12px">How plants drink water</h2>
      <p>Water moves up through the stem in tiny tubes called xylem. We put celery in coloured
      water and after two hours the leaves turned blue…</p>
    </div>
  </div>
  <div style="position:absolute;left:300px;top:180px;width:360px;background:#fff;border-radius:8px;box-shadow:0 12px 40px #0008">
    <div style="padding:14px 18px;border-bottom:1px solid #eee;font-weight:600;font-size:14px">Printer</div>
    <div style="padding:18px;display:flex;gap:14px;font-size:14px;color:#222">
      <div style="width:34px;height:34px;border-radius:50%;background:#d83b01;color:#fff;display:grid;place-items:center;font-weight:700">!</div>
      <div><b>Library-Printer-2 is offline.</b><br>The document could not be printed.</div>
    </div>
    <div style="padding:12px 18px;text-align:right"><span style="padding:6px 18px;background:#0067c0;color:#fff;border-radius:4px;font-size:13px">OK</span></div>
  </div>
  <div style="position:absolute;left:0;right:0;bottom:0;height:40px;background:#1f1f1f"></div>
</body></html>`;

/** A 960×600 PNG of the fake screen. */
export async function fakeScreenPng(browser: Browser): Promise<Buffer> {
  const page = await browser.newPage({ viewport: { width: 960, height: 600 } });
  try {
    await page.setContent(SCREEN_HTML);
    return await page.screenshot({ type: 'png' });
  } finally {
    await page.close();
  }
}
