// Crawls the running server from `/`, following every internal link, and keeps each response.
import { EDITION_STARTS, baseUrl, crawled } from './config.js';
import { readPage } from './html.js';

/** More pages than this means the links run away (say, filters combining without end). */
const MAX_PAGES = 3000;
const PARALLEL = 4;

/** `path?query` of an internal URL, the key under which a page is kept. */
export function keyOf(url) {
  return url.pathname + url.search;
}

/**
 * Fetches one address as the browser would: no redirect is followed silently.
 * Returns `{ key, status, type, location, body }`.
 */
export async function fetchPage(key, base = baseUrl()) {
  const res = await fetch(base + key, { redirect: 'manual', headers: { accept: 'text/html,*/*' } });
  const type = (res.headers.get('content-type') || '').split(';')[0].trim();
  const body = type === 'text/html' || type.startsWith('text/') ? await res.text() : Buffer.from(await res.arrayBuffer());
  return { key, status: res.status, type, location: res.headers.get('location'), body };
}

/**
 * Crawls from the given start keys. Every internal address found is fetched once; external
 * http(s) addresses are only recorded (this machine has no internet).
 *
 * `follow(key)` says which internal addresses are fetched (all by default); the others are
 * recorded in `skipped` and their links are not reported as broken.
 *
 * Returns `{ pages, links, external, skipped }`:
 * - pages: Map key -> { key, status, type, location, body, ids }
 * - links: every reference found: { from, tag, attr, raw, key, fragment } (key undefined if external)
 * - external: Map url -> first page that links it
 */
export async function crawl(starts = ['/'], server = baseUrl(), follow = () => true) {
  const base = new URL(server + '/');
  const pages = new Map();
  const links = [];
  const external = new Map();
  const skipped = new Set();
  const queue = [...starts];
  const seen = new Set(starts);

  const visit = async (key) => {
    const page = await fetchPage(key, server);
    page.ids = new Set();
    pages.set(key, page);
    if (page.location) enqueue(key, { tag: 'redirect', attr: 'location', value: page.location });
    if (page.type !== 'text/html') return;
    const { ids, refs } = readPage(page.body);
    page.ids = ids;
    for (const ref of refs) enqueue(key, ref);
  };

  const enqueue = (from, { tag, attr, value }) => {
    const raw = value.trim();
    let url;
    try {
      url = new URL(raw, base + from.replace(/^\//, ''));
    } catch {
      links.push({ from, tag, attr, raw, invalid: true });
      return;
    }
    if (url.origin !== base.origin) {
      if ((url.protocol === 'http:' || url.protocol === 'https:') && !external.has(url.href)) {
        external.set(url.href, from);
      }
      links.push({ from, tag, attr, raw, external: url.href, protocol: url.protocol });
      return;
    }
    const key = keyOf(url);
    const fragment = url.hash ? decodeURIComponent(url.hash.slice(1)) : undefined;
    links.push({ from, tag, attr, raw, key, fragment });
    if (!seen.has(key)) {
      seen.add(key);
      if (follow(key)) queue.push(key);
      else skipped.add(key);
    }
  };

  while (queue.length) {
    if (pages.size + queue.length > MAX_PAGES) {
      throw new Error(`the crawl found more than ${MAX_PAGES} addresses; links are running away`);
    }
    await Promise.all(queue.splice(0, PARALLEL).map(visit));
  }
  return { pages, links, external, skipped };
}

let cached;
/** One crawl from `/` per process, shared by the tests of a file: English in full, the other editions' sample (see `crawled` in config.js). */
export function crawlSite() {
  cached ??= crawl(['/', ...EDITION_STARTS], baseUrl(), crawled);
  return cached;
}

/** The HTML pages of a crawl, in the order found. */
export function htmlPages(site) {
  return [...site.pages.values()].filter((p) => p.type === 'text/html');
}

/** Every broken internal link and anchor of a crawl, as readable lines. */
export function brokenLinks(site) {
  const problems = [];
  for (const l of site.links) {
    const where = `on ${l.from}: <${l.tag} ${l.attr}="${l.raw}">`;
    if (l.invalid) {
      problems.push(`${where} is not a valid address`);
      continue;
    }
    if (l.external !== undefined) {
      // webcal: is how calendar apps subscribe (the public URL's host, see render/html.rs).
      if (!['http:', 'https:', 'mailto:', 'webcal:'].includes(l.protocol)) {
        problems.push(`${where} uses the scheme ${l.protocol}`);
      }
      continue;
    }
    const target = site.pages.get(l.key);
    if (!target && site.skipped?.has(l.key)) continue; // outside the editions' sample
    if (!target) {
      problems.push(`${where} was never fetched`);
      continue;
    }
    if (target.status >= 300 && target.status < 400) {
      problems.push(`${where} redirects (${target.status} to ${target.location}); link the final address`);
      continue;
    }
    if (target.status !== 200) {
      problems.push(`${where} leads to ${l.key}, which answers ${target.status}`);
      continue;
    }
    if (l.fragment !== undefined && l.fragment !== '' && !target.ids.has(l.fragment)) {
      problems.push(`${where}: ${l.key} has no element with id "${l.fragment}"`);
    }
  }
  return problems;
}
