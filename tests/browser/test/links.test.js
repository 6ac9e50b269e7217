// The link crawl: from `/`, every internal link and #anchor must lead somewhere real.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ERROR_PAGES, FAMILIES, FILTERED_TIMELINE, editionOf, familyOf } from '../lib/config.js';
import { brokenLinks, crawlSite, fetchPage, htmlPages } from '../lib/crawl.js';
import { startTags } from '../lib/html.js';

const site = await crawlSite();
const pages = htmlPages(site);

test('the crawl from / reaches every page family, and only known kinds of page', (t) => {
  t.diagnostic(`${pages.length} HTML pages, ${site.pages.size - pages.length} other files, ${site.links.length} links, ${site.external.size} distinct external addresses (not fetched)`);
  const byFamily = Object.fromEntries(FAMILIES.map((f) => [f.name, []]));
  const strays = [];
  for (const p of pages) {
    const family = familyOf(p.key);
    if (family) byFamily[family].push(p.key);
    else strays.push(p.key);
  }
  for (const [name, keys] of Object.entries(byFamily)) {
    t.diagnostic(`${name}: ${keys.length}`);
    assert.ok(keys.length > 0, `no page of the family "${name}" is reachable from /`);
  }
  assert.deepEqual(strays, [], 'pages that belong to no known family');
  assert.ok(site.pages.has(FILTERED_TIMELINE), `${FILTERED_TIMELINE} is not linked from anywhere`);
});

test('every internal link and #anchor from / resolves', () => {
  const broken = brokenLinks(site);
  assert.ok(broken.length === 0, `${broken.length} broken links:\n  ${broken.join('\n  ')}`);
});

test('every file the pages load answers 200 with the right type', () => {
  const wrong = [];
  for (const p of site.pages.values()) {
    if (p.status !== 200) continue; // brokenLinks reports these with the page that links them
    const path = p.key.split('?')[0];
    const byExtension = {
      css: 'text/css',
      svg: 'image/svg+xml',
      json: 'application/json',
      csv: 'text/csv',
      atom: 'application/atom+xml',
      ics: 'text/calendar',
      xml: 'application/xml',
      sqlite: 'application/vnd.sqlite3',
      zip: 'application/zip',
    };
    const expected = byExtension[path.split('/').pop().split('.').slice(1).pop()] ?? 'text/html';
    if (p.type !== expected) wrong.push(`${p.key} is ${p.type || 'untyped'}, expected ${expected}`);
  }
  assert.deepEqual(wrong, []);
  const types = new Set([...site.pages.values()].map((p) => p.type));
  assert.ok(types.has('text/css'), 'no stylesheet is linked');
  assert.ok(types.has('image/svg+xml'), 'no icon is linked');
});

test('every country, area, power and event in the filters and lists has its own page', () => {
  const timeline = site.pages.get('/timeline');
  assert.ok(timeline, '/timeline was not reached');
  const tags = startTags(timeline.body);
  const missing = [];
  const options = tags.filter((x) => x.name === 'input' && x.attrs.type === 'checkbox');
  assert.ok(options.length > 0, 'the timeline has no filter checkboxes');
  const pageFor = { country: '/countries/', area: '/areas/', power: '/powers/' };
  for (const { attrs } of options) {
    if (attrs.name in pageFor) {
      const key = pageFor[attrs.name] + attrs.value;
      if (site.pages.get(key)?.status !== 200) missing.push(`${attrs.name} filter "${attrs.value}" has no page ${key}`);
    }
  }
  const events = tags.filter((x) => x.name === 'li' && /\bevent\b/.test(x.attrs.class ?? '')).map((x) => x.attrs.id);
  assert.ok(events.length > 0, 'the timeline lists no events');
  for (const id of events) {
    if (site.pages.get(`/timeline/${id}`)?.status !== 200) missing.push(`event ${id} has no page /timeline/${id}`);
  }
  assert.deepEqual(missing, []);
});

test('every single filter value gives a working timeline view', async () => {
  const tags = startTags(site.pages.get('/timeline').body);
  const failures = [];
  for (const { name, attrs } of tags) {
    if (name !== 'input' || attrs.type !== 'checkbox') continue;
    const key = `/timeline?${new URLSearchParams({ [attrs.name]: attrs.value })}`;
    const page = await fetchPage(key);
    if (page.status !== 200) failures.push(`${key} answers ${page.status}`);
    else if (!page.body.includes('Filtered by')) failures.push(`${key} does not show what it is filtered by`);
  }
  assert.deepEqual(failures, []);
});

test('a bad address answers with the styled error page and the right status', async () => {
  const wrong = [];
  for (const e of ERROR_PAGES) {
    const page = await fetchPage(e.path);
    if (page.status !== e.status) wrong.push(`${e.path} answers ${page.status}, expected ${e.status}`);
    if (page.type !== 'text/html') wrong.push(`${e.path} is ${page.type}, not an HTML page`);
    else {
      const h1 = page.body.match(/<h1[^>]*>([\s\S]*?)<\/h1>/)?.[1]?.trim();
      // null: the heading is the edition's word (the catalogue's), only required to be there.
      if (e.h1 === null ? !h1 : h1 !== e.h1) wrong.push(`${e.path} has the heading ${JSON.stringify(h1)}, expected ${JSON.stringify(e.h1)}`);
      const lang = page.body.match(/<html lang="([^"]*)"/)?.[1];
      if (lang !== editionOf(e.path)) wrong.push(`${e.path} is in the language ${lang}, expected ${editionOf(e.path)}`);
      if (!/<link rel="stylesheet" href="\/static\/[^"]+\.css">/.test(page.body)) wrong.push(`${e.path} links no stylesheet`);
    }
  }
  assert.deepEqual(wrong, []);
});
