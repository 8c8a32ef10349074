import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--enable-unsafe-swiftshader','--use-angle=swiftshader'] });
const c = await b.newContext({ serviceWorkers: 'allow' });
const p = await c.newPage();
c.on('request', (r) => { if (r.url().includes('sw.js')) console.log('req', r.url(), !!r.serviceWorker()); });
await p.goto('http://127.0.0.1:4292/');
await p.waitForFunction(() => window.__mapComplete !== undefined, undefined, { timeout: 60000 });
for (let i = 0; i < 30; i++) { const a = await p.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state); if (a === 'activated') break; await p.waitForTimeout(500); }
await p.evaluate(async () => navigator.serviceWorker.register('/sw.js?release=2', { scope: '/' }));
for (let i = 0; i < 10; i++) {
  console.log(JSON.stringify(await p.evaluate(async () => { const r = await navigator.serviceWorker.getRegistration(); return { a: r.active?.state, i: r.installing?.state, w: r.waiting?.state, ctrl: !!navigator.serviceWorker.controller, notice: !!document.querySelector('.update-notice') }; })));
  await p.waitForTimeout(1000);
}
await p.locator('.update-notice button').click().catch((e) => console.log('no button', e.message.split('\n')[0]));
await p.waitForTimeout(5000);
console.log(JSON.stringify(await p.evaluate(async () => { const r = await navigator.serviceWorker.getRegistration(); return { a: r.active?.scriptURL, w: r.waiting?.state, ctrl: navigator.serviceWorker.controller?.scriptURL, notice: !!document.querySelector('.update-notice'), nav: performance.getEntriesByType('navigation')[0].type }; })));
await b.close();
