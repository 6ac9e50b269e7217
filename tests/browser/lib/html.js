// Just enough HTML reading for the crawler: start tags with their attributes, and ids.
// The pages are the server's own templates; the Nu HTML Checker proves they are well formed.

const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(s) {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return NAMED[e.toLowerCase()] ?? m;
  });
}

const TAG = /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Every start tag: `{ name, attrs }` with lower-case names and decoded values. */
export function startTags(html) {
  // Comments, scripts and styles hold no links of ours; drop them so their text is not read as tags.
  const text = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '');
  const tags = [];
  for (const m of text.matchAll(TAG)) {
    const attrs = {};
    for (const a of (m[2] || '').matchAll(ATTR)) {
      const name = a[1].toLowerCase();
      if (!(name in attrs)) attrs[name] = decodeEntities(a[2] ?? a[3] ?? a[4] ?? '');
    }
    tags.push({ name: m[1].toLowerCase(), attrs });
  }
  return tags;
}

/** What the crawler needs from a page: the ids on it and the addresses it refers to. */
export function readPage(html) {
  const ids = new Set();
  const refs = [];
  for (const { name, attrs } of startTags(html)) {
    if (attrs.id !== undefined) ids.add(attrs.id);
    if (name === 'a' && attrs.name !== undefined) ids.add(attrs.name);
    for (const key of ['href', 'src', 'action']) {
      if (attrs[key] !== undefined) refs.push({ tag: name, attr: key, value: attrs[key] });
    }
  }
  return { ids, refs };
}
