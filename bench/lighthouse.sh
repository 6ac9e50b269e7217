#!/usr/bin/env bash
# Lighthouse (mobile emulation, headless Debian Chromium) on the dashboard pages, and the
# overview's transferred size (HTML + stylesheet + icon, brotli, as the server sends them).
# Installs the pinned `lighthouse` npm package in a temporary directory; it drives the system
# Chromium through CHROME_PATH and downloads no browser. Needs node, npm, curl and Chromium.
#   bash bench/lighthouse.sh            # builds and serves the release binary
#   BIN=target/debug/summit-briefing bash bench/lighthouse.sh   # any other build
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=$(mktemp -d)
SERVER=""
cleanup() { [ -n "$SERVER" ] && kill -TERM "$SERVER" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

if [ -z "${BIN:-}" ]; then
  cargo build --release --quiet
  BIN=target/release/summit-briefing
fi
( cd "$WORK" && npm install --ignore-scripts --no-audit --no-fund --loglevel=error lighthouse@13.5.0 >/dev/null )
export CHROME_PATH="${CHROMIUM:-/usr/bin/chromium}"

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
RUST_LOG=warn "$BIN" serve --addr "127.0.0.1:$PORT" &
SERVER=$!
for _ in $(seq 200); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.05; done
BASE="http://127.0.0.1:$PORT"
# The compressed variants are made just after start-up, in the background: wait for them.
for _ in $(seq 400); do
  curl -fs -o /dev/null -D - -H 'Accept-Encoding: br' "$BASE/" | grep -qi '^content-encoding: br' && break
  sleep 0.05
done

# The rest of the background work (every edition rendered and compressed at full effort) takes
# a core for some seconds after start-up: measure a server that has finished it, as readers
# meet it, not one competing with Chromium for the CPU. Waits until its CPU time stops rising.
cpu() { awk '{print $14 + $15}' "/proc/$SERVER/stat"; }
before=$(cpu)
for _ in $(seq 120); do
  sleep 0.5
  now=$(cpu)
  [ "$now" -eq "$before" ] && break
  before=$now
done

# The overview as a first visit transfers it: the page, then what it links (stylesheet, icon).
html=$(curl -fs -H 'Accept-Encoding: br' -o /dev/null -w '%{size_download}' "$BASE/")
page=$(curl -fs "$BASE/")
css_path=$(printf '%s' "$page" | grep -o 'href="/static/[^"]*\.css"' | head -1 | cut -d'"' -f2)
icon_path=$(printf '%s' "$page" | grep -o 'href="/static/[^"]*\.svg"' | head -1 | cut -d'"' -f2)
css=$(curl -fs -H 'Accept-Encoding: br' -o /dev/null -w '%{size_download}' "$BASE$css_path")
icon=$(curl -fs -H 'Accept-Encoding: br' -o /dev/null -w '%{size_download}' "$BASE$icon_path")
echo "overview transferred (brotli): HTML $html + CSS $css + icon $icon = $((html + css + icon)) bytes (budget 51200)"

for path in / /timeline /countries /powers; do
  out="$WORK/report.json"
  run() {
    "$WORK/node_modules/.bin/lighthouse" "$BASE$path" --quiet --output=json --output-path="$out" \
      --only-categories=performance,accessibility,best-practices,seo \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu" >/dev/null 2>"$WORK/lh.log"
  }
  # A trace is sometimes lost on a busy machine (NO_NAVSTART); one retry.
  run || run || { cat "$WORK/lh.log" >&2; exit 1; }
  node -e '
    const r = require(process.argv[1]);
    const c = r.categories;
    const s = (k) => (c[k] ? c[k].score : "n/a");
    console.log(`${process.argv[2].padEnd(11)} performance ${s("performance")}  accessibility ${s("accessibility")}  best-practices ${s("best-practices")}  seo ${s("seo")}  (LCP ${Math.round(r.audits["largest-contentful-paint"].numericValue)} ms, CLS ${r.audits["cumulative-layout-shift"].numericValue.toFixed(3)}, TBT ${Math.round(r.audits["total-blocking-time"].numericValue)} ms)`);
    const failed = Object.values(r.audits).filter((a) => a.scoreDisplayMode === "binary" && a.score === 0 && r.categories.accessibility.auditRefs.some((x) => x.id === a.id));
    for (const a of failed) console.log(`    accessibility audit failed: ${a.id}: ${a.title}`);
  ' "$out" "$path"
done
