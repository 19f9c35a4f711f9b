// Opens an invitation page in headless Chromium on a phone-sized screen (390×844) and reports what a person sees;
// optionally answers through the page as a person would (the button, the confirmation, a reason).
// Usage: node rsvp-page.mjs '<scenario JSON>'; prints JSON; exit 1 on failure. The scenario:
//   url          the page
//   locale       the browser's language, default zh-CN
//   acceptLanguage  the Accept-Language header it sends, when it should say more than one language, optional
//   action       accept | decline | withdraw | leave-waitlist (the button to press), optional
//   reason       typed into the decline reason, optional
//   meanwhile    a URL POSTed to after the page loaded and before the answer is confirmed (someone else acts), optional
//   screenshot   a PNG path, optional
import { chromium } from 'playwright-core';

const scenario = JSON.parse(process.argv[2]);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--no-first-run', '--disable-sync'],
});

// what is on the screen: the state, the visible heading, buttons and text, and whether every visible button sits
// within the first screen (no scrolling)
function snapshot(page) {
  return page.evaluate(() => {
    const main = document.querySelector('main');
    const visible = (el) => !el.closest('[hidden]') && el.getClientRects().length > 0;
    const buttons = [...document.querySelectorAll('button')].filter(visible);
    const link = (selector) => [...document.querySelectorAll(selector)].filter(visible).map((a) => a.getAttribute('href'))[0] || null;
    return {
      lang: document.documentElement.lang,
      state: main.dataset.state,
      title: document.title,
      heading: [...document.querySelectorAll('h1')].filter(visible).map((h) => h.textContent.trim()),
      buttons: buttons.map((b) => b.id || b.textContent.trim()),
      buttonsInFirstScreen: buttons.every((b) => b.getBoundingClientRect().bottom <= window.innerHeight),
      text: main.innerText,
      calendar: link('#calendar'),
      openConference: link('a.open-conference'),
      languageSwitch: document.getElementById('lang-switch').getAttribute('href'),
      result: document.getElementById('result').textContent.trim(),
    };
  });
}

try {
  // the browser's language: as given, else the first of the Accept-Language list, else Chinese
  const locale = scenario.locale || (scenario.acceptLanguage || 'zh-CN').split(',')[0].split(';')[0].trim();
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale });
  if (scenario.acceptLanguage) await context.setExtraHTTPHeaders({ 'Accept-Language': scenario.acceptLanguage });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // a refused answer (409, 410) is logged by the browser as a failed load: that is the API speaking, not a fault
  page.on('console', (m) => { if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text()); });
  const response = await page.goto(scenario.url, { waitUntil: 'domcontentloaded' });
  const report = { status: response.status(), ...(await snapshot(page)) };
  if (scenario.action) {
    const before = report.state;
    await page.click('#' + scenario.action);
    const confirm = scenario.action === 'accept' ? '#confirm-accept-yes' : '#confirm-decline-yes';
    await page.waitForSelector(confirm, { state: 'visible', timeout: 5000 });
    report.confirmation = await page.evaluate((selector) => {
      const panel = document.querySelector(selector).closest('.confirm');
      const box = panel.getBoundingClientRect();
      return { text: panel.innerText, withinScreen: box.top >= 0 && box.bottom <= window.innerHeight };
    }, confirm);
    if (scenario.reason) await page.fill('#reason', scenario.reason);
    if (scenario.meanwhile) await fetch(scenario.meanwhile, { method: 'POST' });
    await page.click(confirm);
    await page.waitForFunction((s) => document.querySelector('main').dataset.state !== s
      || document.getElementById('result').textContent.trim() !== '', before, { timeout: 15000 });
    report.after = await snapshot(page);
    await page.reload({ waitUntil: 'domcontentloaded' });
    report.reloaded = await snapshot(page);
  }
  if (scenario.screenshot) await page.screenshot({ path: scenario.screenshot, fullPage: true });
  if (errors.length) throw new Error('the page reported errors: ' + errors.join('; '));
  console.log(JSON.stringify(report));
} catch (e) {
  console.error(String(e));
  process.exitCode = 1;
} finally {
  await browser.close();
}
