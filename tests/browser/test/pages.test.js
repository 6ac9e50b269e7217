// Every page in headless Chromium at a phone and a laptop size: the right status, one h1, the
// stylesheet applied, no console error, no sideways scrolling, and no axe-core violation.
// One page of each family is photographed under target/browser-screenshots/.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { ERROR_PAGES, FILTERED_TIMELINE, NARROW, SCREENSHOTS, VIEWPORTS, editionOf, familyOf, slugFor } from '../lib/config.js';
import { crawlSite, htmlPages } from '../lib/crawl.js';
import { axeViolations, h1Text, horizontalOverflow, isStyled, launch, newContext, openPage } from '../lib/browser.js';

const site = await crawlSite();

/** Every page to open: the crawl's, then the error pages. */
const targets = [
  ...htmlPages(site)
    .filter((p) => p.status === 200)
    .map((p) => ({ key: p.key, status: 200, family: familyOf(p.key) })),
  ...ERROR_PAGES.map((e) => ({ key: e.path, status: e.status, h1: e.h1, family: `error-${e.status}` })),
];

/** The page of each family that is photographed: the first found, and the example filter view. */
const photographed = new Map();
for (const t of targets) {
  // The other editions: their overview only (in both of them), the rest as English.
  const edition = editionOf(t.key);
  if (edition !== 'en' && t.family !== 'overview') continue;
  const base = t.family.startsWith('error') ? `${t.family}-${slugFor(t.key)}` : t.family;
  const name = edition === 'en' ? base : `${base}-${edition}`;
  if (!photographed.has(name)) photographed.set(name, t.key);
}
if (site.pages.has(FILTERED_TIMELINE)) photographed.set('timeline-filtered', FILTERED_TIMELINE);
const screenshotName = new Map([...photographed].map(([name, key]) => [key, name]));

/** Opens one page and returns every problem found on it. */
async function checkPage(page, target, viewportName) {
  const problems = [];
  const response = await page.goto(target.key, { waitUntil: 'load' });
  if (response.status() !== target.status) problems.push(`status ${response.status()}, expected ${target.status}`);
  try {
    const h1 = await h1Text(page);
    if (!h1) problems.push('the h1 is empty');
    if (target.h1 && h1 !== target.h1) problems.push(`h1 is "${h1}", expected "${target.h1}"`);
  } catch (e) {
    problems.push(e.message);
  }
  if (!(await page.title()).trim()) problems.push('the page has no title');
  if (!(await isStyled(page))) problems.push('the stylesheet is not applied');
  const shot = screenshotName.get(target.key);
  if (shot) {
    // A long page (/powers is 25,000 px tall on a phone) takes over 10 s to photograph on a busy machine.
    await page.screenshot({ path: path.join(SCREENSHOTS, `${viewportName}-${shot}.png`), fullPage: true, timeout: 60_000 });
  }
  // What a click on a <summary> reveals must pass too: open every <details> before checking.
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  problems.push(...(await horizontalOverflow(page)));
  problems.push(...(await axeViolations(page)));
  problems.push(...page.problems(target.status));
  return problems;
}

let browser;
before(async () => {
  await rm(SCREENSHOTS, { recursive: true, force: true });
  await mkdir(SCREENSHOTS, { recursive: true });
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

for (const viewport of VIEWPORTS) {
  describe(`${viewport.name} ${viewport.width}x${viewport.height}`, () => {
    let context;
    let page;
    before(async () => {
      context = await newContext(browser, viewport);
      page = await openPage(context);
    });
    after(async () => {
      await context?.close();
    });
    for (const target of targets) {
      test(`${target.key} (${target.family})`, async () => {
        const problems = await checkPage(page, target, viewport.name);
        assert.ok(problems.length === 0, `${target.key} at ${viewport.width}x${viewport.height}:\n    ${problems.join('\n    ')}`);
      });
    }
  });
}

// The stylesheet has a dark palette too: its contrast must pass as well. One page per family.
describe('dark colour scheme 1366x900', () => {
  let context;
  let page;
  before(async () => {
    context = await newContext(browser, VIEWPORTS[1], 'dark');
    page = await openPage(context);
  });
  after(async () => {
    await context?.close();
  });
  for (const target of targets.filter((t) => screenshotName.has(t.key))) {
    test(`${target.key} (${target.family})`, async () => {
      const problems = await checkPage(page, target, 'dark');
      assert.ok(problems.length === 0, `${target.key} in dark mode:\n    ${problems.join('\n    ')}`);
    });
  }
});

// The charts, the map and the matrices at the narrowest phone, in both colour schemes: nothing
// sticks out sideways, and axe finds nothing. One page per family.
for (const scheme of ['light', 'dark']) {
  describe(`${NARROW.name} ${NARROW.width}x${NARROW.height} ${scheme}`, () => {
    let context;
    let page;
    before(async () => {
      context = await newContext(browser, NARROW, scheme);
      page = await openPage(context);
    });
    after(async () => {
      await context?.close();
    });
    for (const target of targets.filter((t) => screenshotName.has(t.key))) {
      test(`${target.key} (${target.family})`, async () => {
        const problems = await checkPage(page, target, `${NARROW.name}-${scheme}`);
        assert.ok(problems.length === 0, `${target.key} at ${NARROW.width}px, ${scheme}:\n    ${problems.join('\n    ')}`);
      });
    }
  });
}
