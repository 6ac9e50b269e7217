#!/usr/bin/env bash
# The one test command: bash tests/run-all.sh
#
# 1. installs what is missing (Chromium and its driver, Java, curl and a Japanese font from
#    Debian; the npm packages pinned in tests/browser/package-lock.json);
# 2. runs the whole Rust suite (cargo test);
# 3. builds the release binary, serves the briefing on a free port, and runs tests/browser
#    against it: every page in headless Chromium at 390x844 and 1366x900 (console errors,
#    sideways scrolling, axe-core WCAG 2.2 A/AA and best practice), the navigation and the
#    timeline filters by clicking, the 404 page, the Nu HTML Checker over every page, and a crawl
#    of every internal link and #anchor from /.
# Screenshots land in target/browser-screenshots/, the checked HTML in target/browser-pages/.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

step() { printf '\n==> %s\n' "$*"; }
run_start=$(date +%s)

# --- System packages, installed only when missing -------------------------------------------
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
command -v java >/dev/null || missing+=(default-jre-headless)
command -v curl >/dev/null || missing+=(curl)
command -v ss >/dev/null || missing+=(iproute2)
{ command -v node >/dev/null && command -v npm >/dev/null; } || missing+=(nodejs npm)
# Japanese glyphs, so that the Japanese edition is laid out (and printed) as readers see it.
{ command -v fc-list >/dev/null && [ -n "$(fc-list :lang=ja)" ]; } || missing+=(fonts-noto-cjk)
if [ "${#missing[@]}" -gt 0 ]; then
  step "installing ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
node_major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$node_major" -lt 20 ]; then
  echo "error: the browser tests need Node.js 20 or later; this is $(node --version)" >&2
  exit 1
fi

# --- npm packages, exactly as locked; no browser or Java is ever downloaded ------------------
step "npm ci (tests/browser)"
(
  cd tests/browser
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
)

# --- The Rust suite ---------------------------------------------------------------------------
# A one-shot build gains nothing from incremental state, which would take gigabytes of disk;
# export CARGO_INCREMENTAL=1 to keep it.
export CARGO_INCREMENTAL="${CARGO_INCREMENTAL:-0}"

step "cargo test --locked"
cargo test --locked

step "cargo build --release --locked"
cargo build --release --locked

# --- The real server on a free port -----------------------------------------------------------
port=$(node -e 'const s = require("net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });')
base="http://127.0.0.1:${port}"
server_log=target/browser-server.log
browser_start=$(date +%s)
step "serving the briefing at ${base} (log: ${server_log})"
RUST_LOG=warn target/release/summit-briefing serve --addr "127.0.0.1:${port}" >"$server_log" 2>&1 &
server_pid=$!
stop_server() {
  kill "$server_pid" 2>/dev/null || true
  wait "$server_pid" 2>/dev/null || true
}
trap stop_server EXIT

for _ in $(seq 1 100); do
  if curl -fsS --max-time 2 "${base}/healthz" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "error: the server stopped before it was ready:" >&2
    cat "$server_log" >&2
    exit 1
  fi
  sleep 0.2
done
curl -fsS --max-time 2 "${base}/healthz"
echo

# --- The browser suite ------------------------------------------------------------------------
step "browser tests (tests/browser) against ${base}"
browser_log=target/browser-tests.log
status=0
(
  cd tests/browser
  BASE_URL="$base" node --test --test-concurrency=1 --test-reporter=spec \
    test/checkers.test.js \
    test/links.test.js \
    test/html-validity.test.js \
    test/interaction.test.js \
    test/pages.test.js
) 2>&1 | tee "$browser_log" || status=$?
stop_server
trap - EXIT

end=$(date +%s)
echo
echo "browser part took $((end - browser_start)) s (whole run $((end - run_start)) s)"
echo "screenshots: target/browser-screenshots/   checked HTML: target/browser-pages/"
# End with node's own summary of the browser tests.
echo "browser tests, node:test summary:"
grep -E '^ℹ (tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) ' "$browser_log" | tail -n 8 || true
exit "$status"
