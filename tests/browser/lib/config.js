// What the browser suite tests against, and where it puts what it makes.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The repository root (tests/browser/lib -> ../../..). */
export const ROOT = path.resolve(here, '..', '..', '..');
export const TARGET = path.join(ROOT, 'target');
/** Screenshots for a person to look at. */
export const SCREENSHOTS = path.join(TARGET, 'browser-screenshots');
/** The HTML of every page, saved for the Nu HTML Checker. */
export const SAVED_PAGES = path.join(TARGET, 'browser-pages');

/** The server under test, started by tests/run-all.sh. */
export function baseUrl() {
  const url = process.env.BASE_URL;
  if (!url) {
    throw new Error(
      'BASE_URL is not set: run `bash tests/run-all.sh`, or start the server and set BASE_URL=http://127.0.0.1:PORT',
    );
  }
  return url.replace(/\/+$/, '');
}

export const VIEWPORTS = [
  { name: 'mobile', width: 390, height: 844 },
  { name: 'desktop', width: 1366, height: 900 },
];

/** The narrowest phone the dashboard is drawn for: one page per family, light and dark. */
export const NARROW = { name: 'narrow', width: 360, height: 740 };

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The axe-core rule sets every page must pass. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Links that must fail, each with the status and heading of the error page the server must show. */
export const ERROR_PAGES = [
  { path: '/no-such-page', status: 404, h1: 'Page not found' },
  { path: '/countries/atlantis', status: 404, h1: 'Page not found' },
  { path: '/timeline/no-such-event', status: 404, h1: 'Page not found' },
  { path: '/timeline?country=atlantis', status: 400, h1: 'This link is not quite right' },
  // In the other editions (their headings are the catalogue's words: not compared here).
  { path: '/ja/no-such-page', status: 404, h1: null },
  { path: '/ru/timeline?country=atlantis', status: 400, h1: null },
];

/** The filtered timeline every run looks at, the example the About page gives. */
export const FILTERED_TIMELINE = '/timeline?country=kazakhstan&year=2024';

/**
 * Page families: every page the server makes belongs to exactly one. Each must be reached by the
 * crawl from `/`, and one page of each is photographed at each viewport.
 */
export const FAMILIES = [
  // `?v=<hash>`: the overview pinned to a data version (its citation link).
  { name: 'overview', test: (u) => u.pathname === '/' && (!u.search || /^\?v=[0-9a-f]+$/.test(u.search)) },
  // The two-page handout, linked from the overview.
  { name: 'brief', test: (u) => u.pathname === '/brief' },
  { name: 'timeline', test: (u) => u.pathname === '/timeline' && !u.search },
  { name: 'timeline-filtered', test: (u) => u.pathname === '/timeline' && !!u.search },
  { name: 'event', test: (u) => /^\/timeline\/[^/]+$/.test(u.pathname) },
  { name: 'countries', test: (u) => u.pathname === '/countries' },
  { name: 'country', test: (u) => /^\/countries\/[^/]+$/.test(u.pathname) },
  { name: 'areas', test: (u) => u.pathname === '/areas' },
  { name: 'area', test: (u) => /^\/areas\/[^/]+$/.test(u.pathname) },
  { name: 'powers', test: (u) => u.pathname === '/powers' },
  { name: 'power', test: (u) => /^\/powers\/[^/]+$/.test(u.pathname) },
  { name: 'sources', test: (u) => u.pathname === '/sources' },
  { name: 'about', test: (u) => u.pathname === '/about' },
  { name: 'people', test: (u) => u.pathname === '/people' },
  { name: 'data', test: (u) => u.pathname === '/data' },
  { name: 'search', test: (u) => u.pathname === '/search' && !u.searchParams.get('q') },
  { name: 'search-results', test: (u) => u.pathname === '/search' && !!u.searchParams.get('q') },
  { name: 'changes', test: (u) => u.pathname === '/changes' && !u.search },
  { name: 'changes-filtered', test: (u) => u.pathname === '/changes' && !!u.search },
  // Embeds, for other sites' iframes: reached by the "Preview the embed" link beside each
  // page's embed code (on the timeline, filtered or not, and on every country).
  { name: 'embed-timeline', test: (u) => u.pathname === '/embed/timeline' },
  { name: 'embed-country', test: (u) => /^\/embed\/countries\/[^/]+$/.test(u.pathname) },
];

/** The family of a page in any edition, or undefined for a path no family claims (itself a failure). */
export function familyOf(pathAndQuery) {
  const u = new URL(englishKey(pathAndQuery), 'http://x');
  return FAMILIES.find((f) => f.test(u))?.name;
}

/** The editions besides English (at the root): Japanese at /ja/..., Russian at /ru/... */
export const EDITIONS = ['ja', 'ru'];

/** The edition of a path: 'en', 'ja' or 'ru'. */
export function editionOf(pathAndQuery) {
  const m = /^\/(ja|ru)(\/|$|\?)/.exec(pathAndQuery);
  return m ? m[1] : 'en';
}

/** The same page in English: `/ja/countries/japan` -> `/countries/japan`, `/ru/` -> `/`. */
export function englishKey(pathAndQuery) {
  if (editionOf(pathAndQuery) === 'en') return pathAndQuery;
  const rest = pathAndQuery.slice(3);
  return rest.startsWith('/') ? rest : `/${rest}`;
}

/**
 * What of the Japanese and Russian editions the suite opens. They are the same pages as English,
 * from the same templates and views, in other words: checking all three in full would triple the
 * suite (about 17 minutes now, 90 at most in CI, which runs cargo test too). So English is
 * crawled, validated (Nu) and checked with axe in full, and for ja and ru the crawl fetches a
 * fixed sample (the same every run): every page family once, a few items of each kind (the
 * two-day Tokyo summit and an event known only to the month, for dates; the host and a Central
 * Asian country; an area; two powers), the filtered and searched views, and the data files those
 * pages link. Links from sampled pages to unsampled ones are recorded, not fetched; the Rust suite
 * (tests/it/editions.rs) serves every page of every edition.
 */
export const EDITION_SAMPLE = new Set([
  '/',
  '/brief',
  '/timeline',
  FILTERED_TIMELINE,
  '/timeline/tokyo-summit-2025',
  '/timeline/fm-meeting-4-tokyo-2012',
  '/countries',
  '/countries/japan',
  '/countries/kazakhstan',
  '/areas',
  '/areas/connectivity',
  '/powers',
  '/powers/china',
  '/powers/russia',
  '/sources',
  '/about',
  '/people',
  '/data',
  '/search',
  '/search?q=Tokyo',
  '/changes',
  '/changes?kind=added',
  '/embed/timeline',
  '/embed/countries/kazakhstan',
]);

/** Where the crawl starts in each edition besides `/`: the sampled views no page links. */
export const EDITION_STARTS = EDITIONS.flatMap((e) => ['/search?q=Tokyo', '/changes?kind=added'].map((k) => `/${e}${k}`));

/** The embed of the example filter view: the one filtered embed the crawl fetches. */
export const FILTERED_EMBED = FILTERED_TIMELINE.replace('/timeline', '/embed/timeline');

/**
 * Whether the crawl fetches a page: every English one; in ja and ru, the sample and its data files.
 * Each filtered timeline links its embed, which is the same view in another template and costs a
 * render on request as the view does (the server's render budget counts both): of the filtered
 * embeds, only the example filter's is fetched (the Rust suite, tests/it/embeds.rs, compares
 * filtered embeds with their timelines).
 */
export function crawled(pathAndQuery) {
  const key = englishKey(pathAndQuery);
  if (key.startsWith('/embed/timeline?') && key !== FILTERED_EMBED) return false;
  if (editionOf(pathAndQuery) === 'en') return true;
  if (EDITION_SAMPLE.has(key)) return true;
  // A sampled page's data files: /ja/timeline.json, /ru/countries/japan.atom, /ja/index.json.
  const [pathname, query] = key.split('?');
  const stem = pathname.replace(/\.(json|csv|atom|ics|png|sqlite|zip)$/, '').replace(/^\/index$/, '/');
  return stem !== pathname && EDITION_SAMPLE.has(query ? `${stem}?${query}` : stem);
}

/** The main navigation: label, path, and the h1 of the page it leads to (null: from the data). */
export const MAIN_NAV = [
  { label: 'Overview', path: '/', h1: null },
  { label: 'Timeline', path: '/timeline', h1: 'Timeline' },
  { label: 'Countries', path: '/countries', h1: 'The participants compared' },
  { label: 'Cooperation', path: '/areas', h1: 'Cooperation areas' },
  { label: 'Rival powers', path: '/powers', h1: 'Rival powers and their formats' },
  { label: 'Sources', path: '/sources', h1: 'Sources and corrections' },
  { label: 'About', path: '/about', h1: 'About this briefing' },
];

/** A file name for a page: `/countries/japan?x=1` -> `countries_japan_x=1`. */
export function slugFor(pathAndQuery) {
  const s = pathAndQuery
    .replace(/^\//, '')
    .replace(/[^A-Za-z0-9=._-]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return s || 'index';
}

/** Pages printed in the print checks (black on white, sources' addresses, page count). */
export const PRINTED = ['/', '/sources', '/countries/kazakhstan', '/timeline/tokyo-summit-2025', '/brief', '/ja/brief', '/ru/brief'];

/** Most A4 pages the two-page brief (`/brief`, in every edition) may print on: the promise. */
export const BRIEF_PRINT_PAGES = 2;

/** Most A4 pages the overview may print on (9 with the stylesheet before the print rules for handouts, measured with this printer). */
export const OVERVIEW_PRINT_PAGES = 6;
