// The checkers themselves, on small pages with known faults: a checker that finds nothing here
// would pass any site, so the other tests' silence would prove nothing.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { brokenLinks, crawl } from '../lib/crawl.js';
import { axeViolations, horizontalOverflow, launch, openPage } from '../lib/browser.js';
import { checkFolder } from '../lib/vnu.js';

const page = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body><main>${body}</main></body></html>`;

test('the crawler reports a dead link, a missing anchor and a bad scheme, and fetches nothing external', async () => {
  const site = {
    '/': page(`<a href="/a">a</a> <a href="/missing">m</a> <a href="/a#nope">n</a> <a href="/a#here">h</a>
      <a href="#top">t</a> <a href="https://example.invalid/x">e</a> <a href="javascript:void(0)">j</a>
      <span id="top"></span> <a href="/a?x=1&amp;y=2">q</a>`),
    '/a': page('<p id="here">here</p>'),
  };
  const asked = [];
  const server = http.createServer((req, res) => {
    asked.push(req.url);
    const [pathname] = req.url.split('?');
    const body = site[pathname];
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body ?? page('<h1>Not found</h1>'));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const result = await crawl(['/'], `http://127.0.0.1:${server.address().port}`);
    const broken = brokenLinks(result);
    assert.equal(broken.length, 3, broken.join('\n'));
    assert.match(broken.join('\n'), /\/missing, which answers 404/);
    assert.match(broken.join('\n'), /\/a has no element with id "nope"/);
    assert.match(broken.join('\n'), /uses the scheme javascript:/);
    assert.deepEqual([...result.external.keys()], ['https://example.invalid/x']);
    assert.deepEqual(asked.sort(), ['/', '/a', '/a?x=1&y=2', '/missing']);
  } finally {
    server.close();
  }
});

test('the Nu HTML Checker reports invalid HTML and CSS', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'vnu-self-check-'));
  try {
    await writeFile(path.join(dir, 'bad.html'), page('<p id="x">a</p><p id="x">b</p><div><span></div>'));
    await writeFile(path.join(dir, 'bad.css'), 'a { colr: red; }\n');
    await writeFile(path.join(dir, 'good.html'), page('<p>fine</p>'));
    const { errors } = await checkFolder(dir);
    const text = errors.map((e) => `${e.file}: ${e.message}`).join('\n');
    assert.match(text, /bad\.html: Duplicate ID/);
    assert.match(text, /bad\.css: .*colr/);
    assert.doesNotMatch(text, /good\.html/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('axe-core and the overflow check report a faulty page, and pass a sound one', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  try {
    const tab = await openPage(context);
    await tab.setContent(page('<h1>Faulty</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><div style="width:900px">wide</div>'));
    const violations = await axeViolations(tab);
    assert.ok(violations.some((v) => v.startsWith('axe image-alt')), violations.join('\n'));
    assert.ok((await horizontalOverflow(tab)).length > 0, 'a 900px block in a 390px viewport is not reported');

    await tab.setContent(page('<h1>Sound</h1><p>Nothing wrong here.</p>'));
    assert.deepEqual(await axeViolations(tab), []);
    assert.deepEqual(await horizontalOverflow(tab), []);

    await tab.evaluate(() => console.error('boom'));
    assert.deepEqual(tab.problems(), ['console: boom']);
  } finally {
    await context.close();
  }
});
