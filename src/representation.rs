//! One resource as it goes on the wire: the bytes, their brotli and gzip variants, a strong
//! ETag for each, and every header value built once, so that answering a request is a lookup.
//!
//! Content negotiation (`Accept-Encoding` with q-values) and revalidation (`If-None-Match`) are
//! the only per-request work. tower-http's `ServeDir` does the same for files on disk, but
//! reads the disk per request; its header parsers are private, hence the small parsers here.

use std::io::Write;
use std::sync::OnceLock;

use arc_swap::ArcSwapOption;
use axum::body::Body;
use axum::http::header::{
    ACCEPT_ENCODING, CACHE_CONTROL, CONTENT_ENCODING, CONTENT_LENGTH, CONTENT_TYPE, ETAG,
    IF_NONE_MATCH, VARY,
};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::Response;
use bytes::Bytes;

pub const HTML: HeaderValue = HeaderValue::from_static("text/html; charset=utf-8");
/// HTML may change with the data: browsers keep it but ask again (a cheap 304) before use.
pub const REVALIDATE: HeaderValue = HeaderValue::from_static("no-cache");
/// Content-hashed names never change meaning.
pub const IMMUTABLE: HeaderValue = HeaderValue::from_static("public, max-age=31536000, immutable");
const ACCEPT_ENCODING_VALUE: HeaderValue = HeaderValue::from_static("accept-encoding");

/// How hard to compress: once at load, as hard as the codecs go; on demand, fast.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effort {
    /// brotli 11, gzip 9: for pages compressed once and served many times.
    Max,
    /// brotli 9, gzip 9: twenty times faster than brotli 11 for a few per cent more bytes;
    /// for the bulk of a very large briefing, whose compression would otherwise take minutes.
    High,
    /// brotli 5, gzip 6: for views rendered on a request (filters), within a millisecond or so.
    Quick,
}

/// A content coding the server can send.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Identity,
    Gzip,
    Brotli,
}

impl Encoding {
    /// The file name suffix of the precompressed sibling a static host serves.
    pub fn suffix(self) -> &'static str {
        match self {
            Encoding::Identity => "",
            Encoding::Gzip => ".gz",
            Encoding::Brotli => ".br",
        }
    }
}

/// One encoded form of a resource with its validator.
#[derive(Debug, Clone)]
pub struct Variant {
    pub bytes: Bytes,
    pub etag: HeaderValue,
    /// `Content-Length` of these bytes, built once: a value made per answer is an allocation.
    pub length: HeaderValue,
}

impl Variant {
    fn new(bytes: Bytes) -> Self {
        // A strong validator: it changes whenever a byte of this representation does.
        let hash = xxhash_rust::xxh3::xxh3_64(&bytes);
        let etag = HeaderValue::from_str(&format!("\"{hash:016x}\""))
            .expect("quoted hex is a valid header value");
        let length = HeaderValue::from(bytes.len());
        Self {
            bytes,
            etag,
            length,
        }
    }
}

/// What [`Representation::choose`] picked for a request.
struct Choice<'a> {
    encoding: Encoding,
    compressed: Option<&'a Variant>,
    etag: &'a HeaderValue,
    not_modified: bool,
}

/// A resource with all the representations the server offers.
#[derive(Debug)]
pub struct Representation {
    content_type: HeaderValue,
    cache_control: HeaderValue,
    /// The validator and length of the bytes as they are (the identity coding).
    identity_etag: HeaderValue,
    identity_len: usize,
    identity_length: HeaderValue,
    /// The bytes as they are, until [`Representation::shed_identity`] keeps only the
    /// compressed variants; after that the rare client that takes no coding gets the gzip
    /// variant decoded (the same bytes, under the same ETag).
    plain: ArcSwapOption<Bytes>,
    gzip: OnceLock<Variant>,
    brotli: OnceLock<Variant>,
}

impl Representation {
    /// The resource with its identity bytes only; see [`Representation::compress`].
    pub fn new(
        bytes: impl Into<Bytes>,
        content_type: HeaderValue,
        cache_control: HeaderValue,
    ) -> Self {
        let identity = Variant::new(bytes.into());
        Self {
            content_type,
            cache_control,
            identity_etag: identity.etag,
            identity_len: identity.bytes.len(),
            identity_length: identity.length,
            plain: ArcSwapOption::from_pointee(identity.bytes),
            gzip: OnceLock::new(),
            brotli: OnceLock::new(),
        }
    }

    /// An HTML page, with any control character that reached it from the data made harmless
    /// (see [`without_raw_controls`]).
    pub fn html(body: String) -> Self {
        Self::new(without_raw_controls(body), HTML, REVALIDATE)
    }

    /// An HTML page rendered on demand, compressed straight away at [`Effort::Quick`].
    pub fn html_compressed_now(body: String) -> Self {
        let page = Self::html(body);
        page.compress(Effort::Quick);
        page
    }

    /// Computes the brotli and gzip variants if they are not there yet. Until then the
    /// resource is served uncompressed, so a slow compression never delays an answer.
    pub fn compress(&self, effort: Effort) {
        // Shed only once both variants exist: then there is nothing left to compress.
        let Some(input) = self.plain.load_full() else {
            return;
        };
        self.gzip
            .get_or_init(|| Variant::new(gzip(&input, effort).into()));
        self.brotli
            .get_or_init(|| Variant::new(brotli(&input, effort).into()));
    }

    pub fn is_compressed(&self) -> bool {
        self.gzip.get().is_some() && self.brotli.get().is_some()
    }

    /// Drops the uncompressed bytes once both compressed variants exist: a page then holds a
    /// fifth of the memory. Browsers, crawlers and feed readers all take gzip or brotli.
    pub fn shed_identity(&self) {
        if self.is_compressed() {
            self.plain.store(None);
        }
    }

    /// The length of the bytes as they are.
    pub fn identity_len(&self) -> usize {
        self.identity_len
    }

    /// The bytes as they are: kept, or decoded from the gzip variant once shed.
    pub fn identity_bytes(&self) -> Bytes {
        if let Some(plain) = self.plain.load_full() {
            return Bytes::clone(&plain);
        }
        let gzip = self
            .gzip
            .get()
            .expect("the identity is shed only once the gzip variant exists");
        let mut out = Vec::with_capacity(self.identity_len);
        // The variant was made from these very bytes in memory: it decodes.
        let _ = std::io::Read::read_to_end(
            &mut flate2::read::GzDecoder::new(&gzip.bytes[..]),
            &mut out,
        );
        out.into()
    }

    pub fn content_type(&self) -> &HeaderValue {
        &self.content_type
    }

    /// The variant in a given coding, if it is ready.
    pub fn variant(&self, encoding: Encoding) -> Option<Variant> {
        match encoding {
            Encoding::Identity => Some(Variant {
                bytes: self.identity_bytes(),
                etag: self.identity_etag.clone(),
                length: self.identity_length.clone(),
            }),
            Encoding::Gzip => self.gzip.get().cloned(),
            Encoding::Brotli => self.brotli.get().cloned(),
        }
    }

    /// The answer to a GET (or HEAD: the router drops the body and keeps the length). A header
    /// sent on several lines counts as one list of all their values (RFC 9110, 5.3).
    pub fn respond(&self, request: &HeaderMap) -> Response {
        // Room for the security headers the outer layers add, so the map never grows.
        self.respond_with(request, HeaderMap::with_capacity(16))
    }

    /// [`Representation::respond`] with the answer's headers added to `headers` (the security
    /// headers, say, cloned from a map built once: cheaper than inserting them one by one).
    pub fn respond_with(&self, request: &HeaderMap, headers: HeaderMap) -> Response {
        self.answer(self.choose(request), headers)
    }

    /// The answer written into the request's own header map, emptied and given `base` first
    /// (the security headers): hyper made that map, and takes the answer's back to read the
    /// next request into, so that a connection's requests allocate no header map at all.
    pub fn respond_in(&self, mut request: HeaderMap, base: &HeaderMap) -> Response {
        let choice = self.choose(&request);
        request.clear();
        for (name, value) in base {
            request.append(name.clone(), value.clone());
        }
        self.answer(choice, request)
    }

    /// The variant a request gets, and whether it already has it (a 304). A header sent on
    /// several lines counts as one list of all their values (RFC 9110, 5.3).
    fn choose(&self, request: &HeaderMap) -> Choice<'_> {
        let accept = joined(request, ACCEPT_ENCODING);
        let encoding = negotiate(accept.as_deref(), |e| match e {
            Encoding::Identity => true,
            Encoding::Gzip => self.gzip.get().is_some(),
            Encoding::Brotli => self.brotli.get().is_some(),
        });
        let compressed = match encoding {
            Encoding::Identity => None,
            Encoding::Gzip => self.gzip.get(),
            Encoding::Brotli => self.brotli.get(),
        };
        let etag = compressed.map_or(&self.identity_etag, |v| &v.etag);
        let not_modified = request
            .get_all(IF_NONE_MATCH)
            .iter()
            .any(|tags| none_match_fails(tags.as_bytes(), etag.as_bytes()));
        Choice {
            encoding,
            compressed,
            etag,
            not_modified,
        }
    }

    /// The answer for `choice`, its headers added to `headers`. Nothing per answer is
    /// allocated but the body's box (none for a 304) and what `headers` needs to grow.
    fn answer(&self, choice: Choice<'_>, mut headers: HeaderMap) -> Response {
        let Choice {
            encoding,
            compressed,
            etag,
            not_modified,
        } = choice;
        headers.insert(ETAG, etag.clone());
        headers.insert(CACHE_CONTROL, self.cache_control.clone());
        headers.insert(VARY, ACCEPT_ENCODING_VALUE);
        if not_modified {
            let mut response = Response::new(Body::empty());
            *response.status_mut() = StatusCode::NOT_MODIFIED;
            *response.headers_mut() = headers;
            return response;
        }
        headers.insert(CONTENT_TYPE, self.content_type.clone());
        match encoding {
            Encoding::Identity => {}
            Encoding::Gzip => {
                headers.insert(CONTENT_ENCODING, HeaderValue::from_static("gzip"));
            }
            Encoding::Brotli => {
                headers.insert(CONTENT_ENCODING, HeaderValue::from_static("br"));
            }
        }
        // The length of the bytes sent (also on a HEAD, whose body the router drops).
        headers.insert(
            CONTENT_LENGTH,
            compressed
                .map_or(&self.identity_length, |v| &v.length)
                .clone(),
        );
        let bytes = compressed.map_or_else(|| self.identity_bytes(), |v| v.bytes.clone());
        let mut response = Response::new(Body::from(bytes));
        *response.headers_mut() = headers;
        response
    }

    /// Bytes held for this resource, all variants together (for the cache's weight).
    pub fn weight(&self) -> usize {
        self.plain.load().as_ref().map_or(0, |b| b.len())
            + self.gzip.get().map_or(0, |v| v.bytes.len())
            + self.brotli.get().map_or(0, |v| v.bytes.len())
    }
}

/// The values of every `name` line, as one comma-separated list; borrowed when there is one.
fn joined<'a>(
    headers: &'a HeaderMap,
    name: axum::http::header::HeaderName,
) -> Option<std::borrow::Cow<'a, [u8]>> {
    let mut values = headers.get_all(name).iter();
    let first = values.next()?;
    let Some(second) = values.next() else {
        return Some(std::borrow::Cow::Borrowed(first.as_bytes()));
    };
    let mut all = first.as_bytes().to_vec();
    for value in std::iter::once(second).chain(values) {
        all.extend_from_slice(b", ");
        all.extend_from_slice(value.as_bytes());
    }
    Some(std::borrow::Cow::Owned(all))
}

/// HTML with no raw control characters: C0 controls other than tab, line feed and carriage
/// return, DEL and C1 controls become U+FFFD (as an HTML parser would treat NUL; they are errors
/// in HTML), and the line and paragraph separators U+2028 and U+2029 become character
/// references, which display the same. The page is copied only when it holds one.
pub fn without_raw_controls(html: String) -> String {
    let bad = |c: char| {
        (c.is_control() && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{2028}' | '\u{2029}')
    };
    if !html.contains(bad) {
        return html;
    }
    let mut out = String::with_capacity(html.len() + 16);
    for c in html.chars() {
        match c {
            '\u{2028}' => out.push_str("&#x2028;"),
            '\u{2029}' => out.push_str("&#x2029;"),
            c if bad(c) => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

fn gzip(input: &[u8], effort: Effort) -> Vec<u8> {
    let level = match effort {
        Effort::Max | Effort::High => flate2::Compression::best(),
        Effort::Quick => flate2::Compression::new(6),
    };
    let mut encoder =
        flate2::write::GzEncoder::new(Vec::with_capacity(input.len() / 3 + 64), level);
    // Writing into a Vec cannot fail.
    let _ = encoder.write_all(input);
    encoder.finish().unwrap_or_default()
}

fn brotli(input: &[u8], effort: Effort) -> Vec<u8> {
    let quality = match effort {
        Effort::Max => 11,
        Effort::High => 9,
        Effort::Quick => 5,
    };
    // A window just large enough for the input compresses as well as the largest one, with
    // far less memory for the encoder (and for the reader's decoder).
    let lgwin = (16..24)
        .find(|w| (1usize << w) - 16 >= input.len())
        .unwrap_or(24);
    let mut out = Vec::with_capacity(input.len() / 4 + 64);
    {
        let mut writer = brotli::CompressorWriter::new(&mut out, 16 * 1024, quality, lgwin);
        let _ = writer.write_all(input);
    }
    out
}

/// Picks the coding to send from an `Accept-Encoding` value (RFC 9110, section 12.5.3):
/// the highest q-value wins, brotli before gzip before identity on a tie; `q=0` refuses a
/// coding; `*` stands for any coding not named. No header means identity.
pub fn negotiate(accept: Option<&[u8]>, available: impl Fn(Encoding) -> bool) -> Encoding {
    let Some(accept) = accept else {
        return Encoding::Identity;
    };
    // q-values in thousandths; None = not mentioned.
    let (mut br, mut gz, mut id, mut any) = (None, None, None, None);
    for item in accept.split(|&b| b == b',') {
        let mut parts = item.split(|&b| b == b';');
        let coding = trim(parts.next().unwrap_or_default());
        let mut q = 1000;
        for param in parts {
            let param = trim(param);
            if let Some(value) = param
                .strip_prefix(b"q=")
                .or_else(|| param.strip_prefix(b"Q="))
            {
                q = parse_q(value).unwrap_or(0);
            }
        }
        let slot = if coding.eq_ignore_ascii_case(b"br") {
            &mut br
        } else if coding.eq_ignore_ascii_case(b"gzip") || coding.eq_ignore_ascii_case(b"x-gzip") {
            &mut gz
        } else if coding.eq_ignore_ascii_case(b"identity") {
            &mut id
        } else if coding == b"*" {
            &mut any
        } else {
            continue;
        };
        // If a coding is listed twice, the better weight stands.
        *slot = Some(slot.map_or(q, |old: u32| old.max(q)));
    }
    let br = br.or(any).unwrap_or(0);
    let gz = gz.or(any).unwrap_or(0);
    // Identity is acceptable unless refused by name or by `*;q=0` without naming it.
    let id = id.or(any.filter(|&q| q == 0)).unwrap_or(1);
    let mut best = (Encoding::Identity, id);
    for (encoding, q) in [(Encoding::Gzip, gz), (Encoding::Brotli, br)] {
        if q > 0 && q >= best.1 && available(encoding) {
            best = (encoding, q);
        }
    }
    best.0
}

fn trim(s: &[u8]) -> &[u8] {
    s.trim_ascii()
}

/// `0`, `0.5`, `1.000`: a weight in thousandths.
fn parse_q(value: &[u8]) -> Option<u32> {
    let value = trim(value);
    let (int, frac) = match value.iter().position(|&b| b == b'.') {
        Some(dot) => (&value[..dot], &value[dot + 1..]),
        None => (value, &b""[..]),
    };
    if frac.len() > 3 || !frac.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let mut thousandths = 0;
    for i in 0..3 {
        thousandths = thousandths * 10 + frac.get(i).map_or(0, |d| u32::from(d - b'0'));
    }
    match int {
        b"0" => Some(thousandths),
        b"1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

/// Whether `If-None-Match` matches the current ETag, so the answer is 304 (RFC 9110, 13.1.2:
/// weak comparison, `*` matches any current representation).
fn none_match_fails(header: &[u8], etag: &[u8]) -> bool {
    let header = trim(header);
    if header == b"*" {
        return true;
    }
    header.split(|&b| b == b',').any(|tag| {
        let tag = trim(tag);
        let tag = tag.strip_prefix(b"W/").unwrap_or(tag);
        tag == etag
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pick(accept: &str) -> Encoding {
        negotiate(Some(accept.as_bytes()), |_| true)
    }

    #[test]
    fn negotiation_follows_q_values() {
        assert_eq!(negotiate(None, |_| true), Encoding::Identity);
        assert_eq!(pick("gzip"), Encoding::Gzip);
        assert_eq!(pick("gzip, deflate, br, zstd"), Encoding::Brotli);
        assert_eq!(pick("br;q=0, gzip"), Encoding::Gzip);
        assert_eq!(pick("br;q=0.5, gzip;q=0.8"), Encoding::Gzip);
        assert_eq!(pick("identity"), Encoding::Identity);
        assert_eq!(pick("gzip;q=0, br;q=0"), Encoding::Identity);
        assert_eq!(pick("*"), Encoding::Brotli);
        assert_eq!(pick("*;q=0.1, identity;q=0.5"), Encoding::Identity);
        assert_eq!(pick("deflate"), Encoding::Identity);
        assert_eq!(pick("GZIP ; Q=1.0"), Encoding::Gzip);
        assert_eq!(pick("x-gzip"), Encoding::Gzip);
        assert_eq!(
            pick("gzip;q=1.5"),
            Encoding::Identity,
            "a bad q-value refuses"
        );
        assert_eq!(pick(""), Encoding::Identity);
    }

    #[test]
    fn negotiation_only_offers_what_is_ready() {
        let only_gzip = |e| e != Encoding::Brotli;
        assert_eq!(negotiate(Some(b"br, gzip"), only_gzip), Encoding::Gzip);
        assert_eq!(negotiate(Some(b"br"), only_gzip), Encoding::Identity);
    }

    #[test]
    fn if_none_match_uses_weak_comparison_and_lists() {
        let etag = b"\"abc\"";
        assert!(none_match_fails(b"\"abc\"", etag));
        assert!(none_match_fails(b"W/\"abc\"", etag));
        assert!(none_match_fails(b"\"x\", \"abc\"", etag));
        assert!(none_match_fails(b"*", etag));
        assert!(!none_match_fails(b"\"abd\"", etag));
    }

    #[test]
    fn control_characters_never_reach_the_html_raw() {
        let page =
            without_raw_controls("a\u{0}b\u{7}c\u{7f}d\u{85}e\u{2028}f\u{2029}\tg\r\n".into());
        assert_eq!(
            page,
            "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e&#x2028;f&#x2029;\tg\r\n"
        );
        let clean = "<p>plain — text</p>\n".to_owned();
        assert_eq!(without_raw_controls(clean.clone()), clean);
    }

    #[test]
    fn repeated_header_lines_count_as_one_list() {
        let page = Representation::html("<p>hello</p>".repeat(200));
        page.compress(Effort::Quick);
        let mut request = HeaderMap::new();
        request.append(ACCEPT_ENCODING, HeaderValue::from_static("identity;q=0.5"));
        request.append(ACCEPT_ENCODING, HeaderValue::from_static("br"));
        let answer = page.respond(&request);
        assert_eq!(answer.headers()[CONTENT_ENCODING], "br");
        let etag = answer.headers()[ETAG].clone();
        request.append(IF_NONE_MATCH, HeaderValue::from_static("\"other\""));
        request.append(IF_NONE_MATCH, etag);
        assert_eq!(page.respond(&request).status(), StatusCode::NOT_MODIFIED);
    }

    #[test]
    fn variants_round_trip_and_have_their_own_etags() {
        let page = Representation::html("<p>hello</p>".repeat(200));
        assert!(!page.is_compressed());
        page.compress(Effort::Quick);
        let gz = page.variant(Encoding::Gzip).expect("gzip ready");
        let br = page.variant(Encoding::Brotli).expect("brotli ready");
        let identity = page.variant(Encoding::Identity).expect("always there");
        assert!(gz.bytes.len() < identity.bytes.len());
        assert_ne!(gz.etag, br.etag);
        assert_ne!(gz.etag, identity.etag);
        let mut plain = String::new();
        std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&gz.bytes[..]), &mut plain)
            .expect("valid gzip");
        assert_eq!(plain.as_bytes(), &identity.bytes[..]);
    }

    #[test]
    fn a_shed_identity_is_answered_with_the_same_bytes_and_etag() {
        let body = "<p>hello</p>".repeat(200);
        let page = Representation::html(body.clone());
        page.shed_identity();
        assert!(page.weight() >= body.len(), "kept until compressed");
        page.compress(Effort::Quick);
        let before = page.weight();
        let kept = page.respond(&HeaderMap::new());
        let etag = kept.headers()[ETAG].clone();
        page.shed_identity();
        assert_eq!(
            page.weight(),
            before - body.len(),
            "only the variants are held"
        );
        let shed = page.respond(&HeaderMap::new());
        assert_eq!(shed.headers()[ETAG], etag);
        assert!(shed.headers().get(CONTENT_ENCODING).is_none());
        assert_eq!(page.identity_bytes(), body.as_bytes());
        assert_eq!(page.identity_len(), body.len());
        let mut revalidate = HeaderMap::new();
        revalidate.insert(IF_NONE_MATCH, etag);
        assert_eq!(page.respond(&revalidate).status(), StatusCode::NOT_MODIFIED);
    }
}
