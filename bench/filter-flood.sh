#!/usr/bin/env bash
# The unique-filter flood of issue 18: 8 connections asking for timeline filters nobody asked
# for before (bench/unique-filters.lua) while 32 normal clients load the overview. Prints the
# normal clients' requests per second and p99 without and with the flood, and what the flood
# got (mostly 429 once its allowance is spent). BIN=path measures another build.
# Needs wrk. A measurement, not a test: nothing is asserted.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${SECONDS_EACH:-10}
if [ -z "${BIN:-}" ]; then
  cargo build --release --quiet
  BIN=target/release/summit-briefing
fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
RUST_LOG=warn "$BIN" serve --addr "127.0.0.1:$port" >/dev/null 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 0.1; done
sleep 3 # let the background compression finish
normal() { wrk -t2 -c32 -d"${SECONDS_EACH}s" --latency -H 'Accept-Encoding: gzip' "http://127.0.0.1:$port/"; }
summary() { awk '/Requests\/sec/ {rps=$2} /99%/ {p99=$2} /Non-2xx/ {bad=$4} END {printf "%s req/s, p99 %s%s\n", rps, p99, (bad ? ", non-2xx " bad : "")}'; }
echo "normal clients alone:        $(normal | summary)"
wrk -t1 -c8 -d"$((SECONDS_EACH + 2))s" -s bench/unique-filters.lua "http://127.0.0.1:$port/" >/tmp/flood.$$ 2>&1 &
flood=$!
sleep 1
echo "normal clients during flood: $(normal | summary)"
wait $flood || true
echo "the flood itself:            $(summary </tmp/flood.$$)"
rm -f /tmp/flood.$$
