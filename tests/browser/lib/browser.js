// Headless Chromium (Debian's, never a downloaded one), with what every page check needs.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { AXE_TAGS, CHROMIUM, CHROMIUM_ARGS, baseUrl } from './config.js';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export function launch() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/** A browser context at one viewport, in light or dark colour scheme. */
export function newContext(browser, viewport, colorScheme = 'light') {
  return browser.newContext({
    baseURL: baseUrl(),
    viewport: { width: viewport.width, height: viewport.height },
    colorScheme,
    reducedMotion: 'reduce',
  });
}

/**
 * Opens a page that records every console error, uncaught exception, failed request and error
 * response. `page.problems(expectedDocumentStatus)` returns them as readable lines; a document
 * that is meant to answer 404 (the error page) may do so without that counting as a problem.
 */
export async function openPage(context) {
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const seen = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'assert') {
      seen.push({ kind: 'console', text: msg.text(), url: msg.location()?.url });
    }
  });
  page.on('pageerror', (err) => seen.push({ kind: 'exception', text: String(err) }));
  page.on('requestfailed', (req) => {
    const error = req.failure()?.errorText;
    // A request cut short because the test moved on to the next page is not the page's fault;
    // a missing file shows up as an error response instead.
    if (error !== 'net::ERR_ABORTED') seen.push({ kind: 'request', text: `${req.url()} failed: ${error}` });
  });
  page.on('response', (res) => {
    if (res.status() >= 400) {
      seen.push({ kind: 'response', status: res.status(), isDocument: res.request().resourceType() === 'document', url: res.url(), text: `${res.url()} answered ${res.status()}` });
    }
  });
  page.problems = (expectedStatus = 200) => {
    const out = [];
    for (const p of seen) {
      const expectedDocError =
        expectedStatus >= 400 &&
        ((p.kind === 'response' && p.isDocument && p.status === expectedStatus) ||
          // Chromium logs the expected error status of the document itself to the console.
          (p.kind === 'console' &&
            p.text.includes(`the server responded with a status of ${expectedStatus}`) &&
            p.url === page.url()));
      if (!expectedDocError) out.push(`${p.kind}: ${p.text}`);
    }
    seen.length = 0;
    return out;
  };
  return page;
}

/** Runs axe-core with the WCAG 2.2 A/AA and best-practice rules; returns the violations as lines. */
export async function axeViolations(page) {
  const hasAxe = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!hasAxe) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(
    (tags) =>
      window.axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      }),
    AXE_TAGS,
  );
  return result.violations.flatMap((v) =>
    v.nodes.slice(0, 8).map(
      (n) => `axe ${v.id} (${v.impact}): ${v.help} — ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ')}`,
    ),
  );
}

/** Horizontal overflow: the page must not scroll sideways. Lists what sticks out, if it does. */
export async function horizontalOverflow(page) {
  return page.evaluate(() => {
    const doc = document.documentElement;
    if (doc.scrollWidth <= doc.clientWidth) return [];
    const limit = doc.clientWidth;
    const culprits = [];
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.right > limit + 0.5 && r.width > 0) {
        // Report the outermost offender only: skip elements inside one already listed.
        if (culprits.some((c) => c.el.contains(el))) continue;
        const name = el.tagName.toLowerCase() + (el.id ? `#${el.id}` : '') + (el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : '');
        culprits.push({ el, text: `${name} reaches ${Math.round(r.right)}px` });
      }
    }
    return [
      `overflow: page is ${doc.scrollWidth}px wide in a ${doc.clientWidth}px viewport`,
      ...culprits.slice(0, 5).map((c) => `  ${c.text}`),
    ];
  });
}

/** The stylesheet really applied (an unstyled page passes many checks it should not). */
export async function isStyled(page) {
  return page.evaluate(() => {
    // An embed has no site header: its own padding is the stylesheet's.
    const embed = document.querySelector('body.embed .embed-main');
    if (embed) return getComputedStyle(embed).paddingTop !== '0px' && document.styleSheets.length > 0;
    const header = document.querySelector('.site-header .wrap');
    return !!header && getComputedStyle(header).display === 'flex' && document.styleSheets.length > 0;
  });
}

/** The text of the page's one h1, with white space collapsed; throws unless there is exactly one. */
export async function h1Text(page) {
  const h1s = await page.locator('h1').allInnerTexts();
  if (h1s.length !== 1) throw new Error(`${page.url()} has ${h1s.length} h1 elements`);
  return h1s[0].replace(/\s+/g, ' ').trim();
}

/** How many pages `page` prints on, on A4, as Chromium's PDF printer lays it out. */
export async function printedPages(page) {
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) || []).length;
}

/**
 * Elements that print light-on-dark: text whose colour is lighter than mid-grey, or a background
 * darker than mid-grey. Checked under print media; returns readable lines.
 */
export function darkInPrint(page) {
  return page.evaluate(() => {
    const luminance = (css) => {
      const m = css.match(/rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/);
      if (!m) return null;
      if (m[4] !== undefined && Number(m[4]) === 0) return null;
      return (0.2126 * m[1] + 0.7152 * m[2] + 0.0722 * m[3]) / 255;
    };
    const out = [];
    for (const el of [document.documentElement, document.body, ...document.body.querySelectorAll('*')]) {
      const s = getComputedStyle(el);
      // Only what prints: not what is hidden, itself or inside a hidden ancestor.
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      const bg = luminance(s.backgroundColor);
      if (bg !== null && bg < 0.5) out.push(`${el.tagName.toLowerCase()}.${el.className}: background ${s.backgroundColor}`);
      const hasText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
      const fg = luminance(s.color);
      if (hasText && fg !== null && fg > 0.5) out.push(`${el.tagName.toLowerCase()}.${el.className}: text ${s.color}`);
    }
    return out.slice(0, 10);
  });
}
