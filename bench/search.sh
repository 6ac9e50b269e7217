#!/usr/bin/env bash
# Search budgets: index build time and search latency (index lookup + view + HTML) at 1x
# (shipped data) and at SCALES times (default "100") the size, synthetic data under
# target/synth/; then the server's RSS after start-up and a first search (which builds the
# index). A measurement, not a test: see README.md, "Search".
#
#   bench/search.sh
#   SCALES="10 100" ROUNDS=100 bench/search.sh
set -euo pipefail
cd "$(dirname "$0")/.."

SCALES=${SCALES:-"100"}
ROUNDS=${ROUNDS:-50}
PORT=${PORT:-18084}

if [ -z "${SKIP_BUILD:-}" ]; then
  cargo build --release --quiet --bin summit-briefing --example synth --example search_bench
fi
BIN=$PWD/target/release/summit-briefing
BENCH=$PWD/target/release/examples/search_bench

echo "scale 1:"
"$BENCH" --rounds "$ROUNDS"
for scale in $SCALES; do
  dir=target/synth/x$scale
  ./target/release/examples/synth --scale "$scale" --out "$dir" >/dev/null
  echo "scale $scale:"
  "$BENCH" --data "$dir" --rounds "$ROUNDS"
done

# The server's resident memory once it has answered a search (the index is then built).
"$BIN" serve --addr "127.0.0.1:$PORT" --no-watch >/dev/null 2>&1 &
PID=$!
trap 'kill "$PID" 2>/dev/null; wait "$PID" 2>/dev/null || true' EXIT
for _ in $(seq 50); do
  curl -fsS -o /dev/null "http://127.0.0.1:$PORT/healthz" 2>/dev/null && break
  sleep 0.1
done
before=$(awk '/^VmRSS/ {print $2}' "/proc/$PID/status")
curl -fsS -o /dev/null "http://127.0.0.1:$PORT/search?q=Kazakstan"
sleep 0.5
after=$(awk '/^VmRSS/ {print $2}' "/proc/$PID/status")
echo "server RSS (1x): ${before} KiB after start-up, ${after} KiB after the first search"
