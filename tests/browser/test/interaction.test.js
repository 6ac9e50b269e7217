// What a reader does with a mouse or keyboard: the navigation, the timeline and its filters,
// and a bad link. At the phone and the laptop size.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BRIEF_PRINT_PAGES, FILTERED_TIMELINE, MAIN_NAV, OVERVIEW_PRINT_PAGES, PRINTED, VIEWPORTS } from '../lib/config.js';
import { darkInPrint, h1Text, horizontalOverflow, isStyled, launch, newContext, openPage, printedPages } from '../lib/browser.js';

/** Waits for the page to have loaded the address that `pathname` (and optionally the query) says. */
async function landedOn(page, pathname, query) {
  await page.waitForURL((u) => u.pathname === pathname && (query === undefined || u.search === query));
  await page.waitForLoadState('load');
}

const params = (page) => new URL(page.url()).searchParams;

let browser;
before(async () => {
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

    test('the main navigation leads to each section by clicking', async () => {
      await page.goto('/');
      const nav = page.getByRole('navigation', { name: 'Main' });
      assert.deepEqual(
        (await nav.getByRole('link').allInnerTexts()).map((s) => s.trim()),
        MAIN_NAV.map((n) => n.label),
      );
      const overviewH1 = await h1Text(page);
      // From the overview through every section, and back to the overview last.
      for (const item of [...MAIN_NAV.slice(1), MAIN_NAV[0]]) {
        await nav.getByRole('link', { name: item.label, exact: true }).click();
        await landedOn(page, item.path, '');
        assert.equal(await h1Text(page), item.h1 ?? overviewH1, `h1 after clicking ${item.label}`);
        const current = await nav.locator('a[aria-current="page"]').allInnerTexts();
        assert.deepEqual(current, [item.label], `the link marked current after clicking ${item.label}`);
      }
      // The site name leads home from anywhere.
      await nav.getByRole('link', { name: 'Sources', exact: true }).click();
      await landedOn(page, '/sources', '');
      await page.locator('.site-header a.brand').click();
      await landedOn(page, '/', '');
      assert.deepEqual(page.problems(), []);
    });

    test('the footer links and the skip link work', async () => {
      await page.goto('/timeline');
      const footer = page.locator('footer');
      await footer.getByRole('link', { name: 'People' }).click();
      await landedOn(page, '/people', '');
      assert.equal(await h1Text(page), 'People');
      await footer.getByRole('link', { name: 'sources' }).click();
      await landedOn(page, '/sources', '');
      await footer.getByRole('link', { name: /About this briefing/ }).click();
      await landedOn(page, '/about', '');
      assert.equal(await h1Text(page), 'About this briefing');

      // The first Tab reaches the skip link, which shows itself and jumps to the content.
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: 'Skip to content' });
      assert.ok(await skip.evaluate((el) => el === document.activeElement), 'the first Tab does not reach the skip link');
      const box = await skip.boundingBox();
      assert.ok(box && box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width, 'the focused skip link is off screen');
      await page.keyboard.press('Enter');
      await page.waitForURL((u) => u.hash === '#main');
      assert.deepEqual(page.problems(), []);
    });

    test('an event opens from the timeline, and its neighbours and year link work', async () => {
      await page.goto('/timeline');
      const first = page.locator('li.event h3 a').first();
      const title = (await first.innerText()).trim();
      const href = await first.getAttribute('href');
      await first.click();
      await landedOn(page, href, '');
      assert.match(href, /^\/timeline\/[^/]+$/);
      assert.equal(await h1Text(page), title);

      // The first event has a later one, and nothing earlier.
      assert.equal(await page.locator('a[rel="prev"]').count(), 0, 'the first event links to an earlier one');
      const later = page.locator('a[rel="next"]');
      const laterTitle = (await later.innerText()).replace(/^\s*Later\s*/, '').trim();
      const laterHref = await later.getAttribute('href');
      await later.click();
      await landedOn(page, laterHref, '');
      assert.equal(await h1Text(page), laterTitle);
      await page.locator('a[rel="prev"]').click();
      await landedOn(page, href, '');

      // The year in the breadcrumb is a filtered timeline of that year.
      const yearLink = page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link').nth(1);
      const year = (await yearLink.innerText()).trim();
      assert.match(year, /^\d{4}$/);
      await yearLink.click();
      await landedOn(page, '/timeline', `?year=${year}`);
      assert.deepEqual(await page.locator('.active-filters a.chip').allInnerTexts().then((l) => l.map((s) => s.replace(/\s*×\s*$/, ''))), [`Year: ${year}`]);
      const dates = await page.locator('li.event .event-meta time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
      assert.ok(dates.length > 0, `no event listed for ${year}`);
      assert.deepEqual(dates.filter((d) => !d.startsWith(year)), [], `events outside ${year}`);
      assert.deepEqual(page.problems(), []);
    });

    test('the timeline filters work by clicking, and a chip removes its filter', async () => {
      await page.goto('/timeline');
      const total = await page.locator('li.event').count();
      const details = page.locator('details.filters');
      assert.equal(await details.evaluate((d) => d.open), false, 'the filters start open on the unfiltered timeline');
      assert.equal(await page.getByRole('heading', { name: 'Filtered by' }).count(), 0);

      await details.getByText('Filter the timeline').click();
      assert.equal(await details.evaluate((d) => d.open), true, 'clicking the summary does not open the filters');

      // Tick a country and a year, as in the example link, then apply.
      const wanted = new URL(FILTERED_TIMELINE, 'http://x').searchParams;
      const countryBox = `input[type=checkbox][name=country][value="${wanted.get('country')}"]`;
      const country = details.locator(countryBox);
      const year = details.locator(`input[type=checkbox][name=year][value="${wanted.get('year')}"]`);
      const countryName = (await details.locator('label').filter({ has: page.locator(countryBox) }).innerText()).trim();
      await country.check();
      await year.check();
      await details.getByRole('button', { name: 'Apply filters' }).click();
      await page.waitForURL((u) => u.searchParams.get('country') === wanted.get('country') && u.searchParams.get('year') === wanted.get('year'));
      await page.waitForLoadState('load');

      assert.ok(await page.getByRole('heading', { name: 'Filtered by' }).isVisible(), 'no "Filtered by" heading');
      const chips = page.locator('.active-filters a.chip');
      const chipLabels = async () => (await chips.allInnerTexts()).map((s) => s.replace(/\s*×\s*$/, '').trim());
      assert.deepEqual(await chipLabels(), [`Country: ${countryName}`, `Year: ${wanted.get('year')}`]);
      // The form stays folded on a filtered view, so that a shared link opens on its results.
      assert.equal(await details.evaluate((d) => d.open), false, 'the filter form is unfolded on a filtered view');
      assert.ok(await country.isChecked(), 'the ticked country is not ticked on the filtered view');
      assert.ok(await year.isChecked(), 'the ticked year is not ticked on the filtered view');

      // What is listed matches both filters, and the count says so.
      const events = page.locator('li.event');
      const shown = await events.count();
      assert.ok(shown > 0 && shown < total, `the filtered view lists ${shown} of ${total} events`);
      assert.match(await page.locator('main .lede').first().innerText(), new RegExp(`^${shown} of ${total} events`));
      for (const e of await events.all()) {
        const datetime = await e.locator('.event-meta time').first().getAttribute('datetime');
        assert.ok(datetime.startsWith(wanted.get('year')), `an event dated ${datetime} is listed under ${wanted.get('year')}`);
        // The list names each event's countries in words (links on the event's own page).
        assert.equal(await e.locator('.tag', { hasText: countryName }).count(), 1, `an event without ${countryName} is listed`);
      }

      // Clicking the country chip removes just that filter.
      await page.getByRole('link', { name: `Remove filter Country: ${countryName}` }).click();
      await landedOn(page, '/timeline', `?year=${wanted.get('year')}`);
      assert.deepEqual(await chipLabels(), [`Year: ${wanted.get('year')}`]);
      assert.ok((await events.count()) >= shown, 'removing a filter shows fewer events');

      // And "Clear all filters" gives back the whole timeline.
      await page.getByRole('link', { name: 'Clear all filters' }).click();
      await landedOn(page, '/timeline', '');
      assert.equal(await page.getByRole('heading', { name: 'Filtered by' }).count(), 0);
      assert.equal(await events.count(), total);
      assert.deepEqual(page.problems(), []);
    });

    test('the map leads to a profile and a venue to its event, by clicking', async () => {
      await page.goto('/');
      const map = page.locator('svg.map-svg');
      await map.locator('a.country-name', { hasText: 'Tajikistan' }).click();
      await landedOn(page, '/countries/tajikistan', '');
      assert.equal(await h1Text(page), 'Tajikistan');
      await page.goto('/countries');
      await page.locator('svg.map-svg a.venue-event', { hasText: '2025: summit' }).click();
      await landedOn(page, '/timeline/tokyo-summit-2025', '');
      assert.deepEqual(page.problems(), []);
    });

    test('"all of them" narrows the timeline to events naming every chosen country', async () => {
      await page.goto('/timeline?country=kazakhstan&country=uzbekistan');
      const before = await page.locator('ol.events li.event').count();
      await page.locator('details.filters summary').click();
      await page.getByLabel(/all of them/).check();
      await page.getByRole('button', { name: 'Apply filters' }).click();
      await landedOn(page, '/timeline');
      assert.equal(params(page).get('match'), 'all');
      assert.deepEqual(params(page).getAll('country'), ['kazakhstan', 'uzbekistan']);
      const after = await page.locator('ol.events li.event').count();
      assert.ok(after > 0 && after < before, `${after} of ${before}`);
      for (const tags of await page.locator('ol.events li.event .tags').allInnerTexts()) {
        assert.ok(tags.includes('Kazakhstan') && tags.includes('Uzbekistan'), tags);
      }
      // Its chip removes it again.
      await page.locator('.active-filters a.chip', { hasText: 'Matching' }).click();
      await landedOn(page, '/timeline', '?country=kazakhstan&country=uzbekistan');
      assert.equal(await page.locator('ol.events li.event').count(), before);
      assert.deepEqual(page.problems(), []);
    });

    test('the search box in the header finds a country by a misspelt name, and filters narrow it', async () => {
      await page.goto('/timeline');
      const box = page.locator('header').getByRole('searchbox', { name: 'Search the briefing' });
      await box.fill('Kazakstan');
      await box.press('Enter');
      await landedOn(page, '/search', '?q=Kazakstan');
      assert.equal(await h1Text(page), 'Search');
      assert.match(await page.title(), /^Search: “Kazakstan”/);
      // The main form shows the words searched; the first result is the country's profile.
      assert.equal(await page.getByRole('searchbox', { name: 'Words to find in the briefing' }).inputValue(), 'Kazakstan');
      const first = page.locator('ol.results > li.result').first();
      assert.equal((await first.locator('.result-meta').innerText()).trim(), 'Country');
      assert.equal(await first.locator('h3 a').getAttribute('href'), '/countries/kazakhstan');
      const marks = await page.locator('ol.results mark').allInnerTexts();
      assert.ok(marks.length > 0 && marks.every((m) => m === 'Kazakhstan'), `marked: ${marks}`);
      assert.deepEqual(await horizontalOverflow(page), []);

      // Narrowed to a year from the form: only that year's events are left, and a chip removes it.
      const details = page.locator('details.filters');
      await details.getByText('Narrow the search').click();
      await details.locator('input[type=checkbox][name=year][value="2024"]').check();
      await details.getByRole('button', { name: 'Apply filters' }).click();
      await page.waitForURL((u) => u.pathname === '/search' && u.searchParams.get('year') === '2024' && u.searchParams.get('q') === 'Kazakstan');
      await page.waitForLoadState('load');
      const dates = await page.locator('ol.results .result-meta time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
      assert.ok(dates.length > 0, 'no dated result for 2024');
      assert.deepEqual(dates.filter((d) => !d.startsWith('2024')), []);
      await page.getByRole('link', { name: 'Remove filter Year: 2024' }).click();
      await landedOn(page, '/search', '?q=Kazakstan');
      assert.deepEqual(page.problems(), []);
    });

    test('a bad link shows the styled 404 page, which leads back', async () => {
      await page.goto('/countries');
      // A reader follows a stale link, e.g. to a country the briefing does not cover.
      await page.evaluate(() => {
        const a = document.createElement('a');
        a.href = '/countries/atlantis';
        a.textContent = 'A stale link';
        a.id = 'stale-link';
        document.querySelector('main').prepend(a);
      });
      const [response] = await Promise.all([
        page.waitForResponse((r) => new URL(r.url()).pathname === '/countries/atlantis'),
        page.locator('#stale-link').click(),
      ]);
      await landedOn(page, '/countries/atlantis', '');
      assert.equal(response.status(), 404);
      assert.equal(await h1Text(page), 'Page not found');
      assert.ok(await isStyled(page), 'the 404 page is not styled');
      assert.match(await page.locator('main').innerText(), /atlantis/, 'the 404 page does not say what was not found');
      assert.deepEqual(await horizontalOverflow(page), []);
      assert.deepEqual(page.problems(404), []);

      await page.locator('main').getByRole('link', { name: 'overview' }).click();
      await landedOn(page, '/', '');
      assert.ok((await h1Text(page)).length > 0);
      assert.deepEqual(page.problems(), []);
    });

    test('the language switcher keeps the page and its filters', async () => {
      await page.goto(FILTERED_TIMELINE);
      const [pathname, query] = FILTERED_TIMELINE.split('?');
      await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '日本語' }).click();
      await landedOn(page, `/ja${pathname}`, `?${query}`);
      assert.equal(await page.locator('html').getAttribute('lang'), 'ja');
      await page.getByRole('navigation', { name: '言語' }).getByRole('link', { name: 'Русский' }).click();
      await landedOn(page, `/ru${pathname}`, `?${query}`);
      assert.equal(await page.locator('html').getAttribute('lang'), 'ru');
      const current = page.getByRole('navigation', { name: 'Язык' }).locator('a[aria-current="true"]');
      assert.deepEqual(await current.allInnerTexts(), ['Русский']);
      await page.getByRole('navigation', { name: 'Язык' }).getByRole('link', { name: 'English' }).click();
      await landedOn(page, pathname, `?${query}`);
      assert.equal(await page.locator('html').getAttribute('lang'), 'en');
      assert.deepEqual(page.problems(), []);
    });
  });
}

describe('print and links to claims', () => {
  let context;
  let page;
  before(async () => {
    // Dark mode on screen: printing must still give black on white.
    context = await newContext(browser, VIEWPORTS[1], 'dark');
    page = await openPage(context);
  });
  after(async () => {
    await context?.close();
  });

  for (const path of PRINTED) {
    test(`${path} prints black on white, without navigation or share box, with its sources' addresses`, async (t) => {
      await page.goto(path);
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      try {
        assert.deepEqual(await darkInPrint(page), [], 'light-on-dark in print');
        for (const hidden of ['.site-header', '.share']) {
          assert.equal(await page.locator(hidden).first().isVisible(), false, `${hidden} prints`);
        }
        if (await page.locator('main a.cite').count()) {
          const list = page.locator('.print-sources');
          assert.ok(await list.isVisible(), 'the sources cited print at the end');
          assert.match(await list.innerText(), /https?:\/\//, 'with their addresses');
        }
        // The share box's disclosures (citation, embed code) print with the box: not at all.
        const disclosures = page.locator('main details:not(.cite):not(.embed-code) > :not(summary)');
        for (let i = 0; i < Math.min(await disclosures.count(), 5); i += 1) {
          assert.ok(await disclosures.nth(i).isVisible(), 'a closed disclosure prints open');
        }
        const pages = await printedPages(page);
        t.diagnostic(`${path}: ${pages} A4 pages`);
        if (path === '/') assert.ok(pages <= OVERVIEW_PRINT_PAGES, `the overview prints on ${pages} pages`);
        if (path.endsWith('/brief')) {
          assert.ok(pages <= BRIEF_PRINT_PAGES, `${path} prints on ${pages} pages`);
          // Its own numbered sources, each with its address, print after the text.
          const notes = page.locator('.brief-sources li');
          assert.ok(await notes.count() > 0 && await notes.last().isVisible(), 'the brief prints its sources');
          for (const text of await notes.allInnerTexts()) assert.match(text, /https?:\/\//, text);
        }
      } finally {
        await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
      }
      assert.deepEqual(page.problems(), []);
    });
  }

  test('a link to a claim or a source opens it highlighted', async () => {
    for (const path of ['/sources', '/countries/kazakhstan', '/']) {
      await page.goto(path);
      const href = await page.locator('main a.self-link').first().getAttribute('href');
      assert.ok(href?.startsWith('#'), `${path} has links to its claims`);
      await page.locator('main a.self-link').first().click();
      await page.waitForURL((u) => u.hash === href);
      const target = page.locator(':target');
      assert.equal(await target.count(), 1);
      assert.equal(await target.getAttribute('id'), href.slice(1));
      const outline = await target.evaluate((el) => getComputedStyle(el).outlineStyle);
      assert.notEqual(outline, 'none', `${path}${href} is not highlighted`);
    }
    assert.deepEqual(page.problems(), []);
  });
});
