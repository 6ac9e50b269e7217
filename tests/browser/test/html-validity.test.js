// The Nu HTML Checker over every page the server makes: each crawled page, the error pages,
// and the stylesheet and icon they load.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ERROR_PAGES, SAVED_PAGES, slugFor } from '../lib/config.js';
import { crawlSite, fetchPage } from '../lib/crawl.js';
import { checkFolder, formatMessage } from '../lib/vnu.js';

const site = await crawlSite();

/** Saves every page and asset under target/browser-pages/, one file each; returns the count. */
async function savePages() {
  await rm(SAVED_PAGES, { recursive: true, force: true });
  await mkdir(SAVED_PAGES, { recursive: true });
  const extension = { 'text/html': '.html', 'text/css': '.css', 'image/svg+xml': '.svg' };
  const names = new Set();
  const save = async (page, prefix = '') => {
    const ext = extension[page.type];
    assert.ok(ext, `${page.key} has the unexpected type ${page.type}`);
    let name = prefix + slugFor(page.key.replace(/\.[a-z]+$/, '')) + ext;
    for (let i = 2; names.has(name); i++) name = `${prefix}${slugFor(page.key)}-${i}${ext}`;
    names.add(name);
    await writeFile(path.join(SAVED_PAGES, name), page.body);
  };
  // Data formats (JSON, CSV, Atom, iCalendar, the sitemap, SQLite, ZIP) are checked by the Rust
  // suite, each by its own parser or schema; the Nu checker gets the HTML, CSS and SVG.
  for (const page of site.pages.values()) {
    if (page.status === 200 && extension[page.type]) await save(page);
  }
  for (const e of ERROR_PAGES) await save(await fetchPage(e.path), `error-${e.status}-`);
  return names.size;
}

test('Nu HTML Checker: every page, the stylesheet and the icon are valid', async (t) => {
  const count = await savePages();
  t.diagnostic(`checked ${count} files saved under ${path.relative(process.cwd(), SAVED_PAGES) || SAVED_PAGES}`);
  const { errors, warnings } = await checkFolder(SAVED_PAGES);
  for (const w of warnings) t.diagnostic(`warning: ${formatMessage(w)}`);
  if (warnings.length) console.log(`vnu warnings (${warnings.length}):\n  ${warnings.map(formatMessage).join('\n  ')}`);
  assert.ok(errors.length === 0, `${errors.length} errors:\n  ${errors.map(formatMessage).join('\n  ')}`);
});
