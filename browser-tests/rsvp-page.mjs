// Opens an invitation page in headless Chromium, checks the letter and the invitee's name, clicks Accept and waits
// for the confirmation. Usage: node rsvp-page.mjs URL EXPECTED_NAME [screenshot.png]. Prints JSON; exit 1 on failure.
import { chromium } from 'playwright-core';

const [url, expectedName, screenshot] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--no-first-run', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  const response = await page.goto(url, { waitUntil: 'domcontentloaded' });
  const heading = await page.textContent('h1');
  const body = await page.textContent('main');
  if (!body.includes(expectedName)) throw new Error(`the page does not name ${expectedName}`);
  await page.click('#accept');
  await page.waitForFunction(() => document.getElementById('result').textContent.trim().length > 0, null,
    { timeout: 15000 });
  const confirmation = (await page.textContent('#result')).trim();
  if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });
  console.log(JSON.stringify({ status: response.status(), heading, confirmation }));
} catch (e) {
  console.error(String(e));
  process.exitCode = 1;
} finally {
  await browser.close();
}
