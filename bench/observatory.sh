#!/usr/bin/env bash
# The MDN HTTP Observatory's grade for the briefing's headers, offline: installs the Observatory's
# npm package (pinned) in a temporary directory, serves the briefing with --hsts on loopback,
# saves the overview's headers and HTML, and runs the Observatory's tests and grader on them
# (bench/observatory.mjs). The redirect from http:// to https:// is the TLS proxy's job and is
# assumed. Needs node, npm and curl.
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=$(mktemp -d)
SERVER=""
cleanup() { [ -n "$SERVER" ] && kill -TERM "$SERVER" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

cargo build --release --quiet
( cd "$WORK" && npm install --ignore-scripts --no-audit --no-fund --loglevel=error \
    @mdn/mdn-http-observatory@1.4.8 >/dev/null )
# Its install script downloads the HSTS preload list; the briefing's host is not on it anyway.
echo '{}' >"$WORK/node_modules/@mdn/mdn-http-observatory/conf/hsts-preload.json"

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
RUST_LOG=warn target/release/summit-briefing serve --hsts --addr "127.0.0.1:$PORT" &
SERVER=$!
for _ in $(seq 200); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.05; done
curl -fs -D "$WORK/headers.txt" -o "$WORK/page.html" "http://127.0.0.1:$PORT/"
cp bench/observatory.mjs "$WORK/"
( cd "$WORK" && node observatory.mjs ) | sed 's/<[^>]*>//g' | tr -s ' \n' ' ' \
  | sed 's/ \(pass\|FAIL\) /\n\1 /g; s/ grade /\ngrade /'
echo
