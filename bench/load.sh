#!/usr/bin/env bash
# Load test of the release binary, on loopback only, every phase bounded in time and count:
#
#   1. burst:     wrk, 256 connections, BURST_SECONDS: tens of thousands of requests, 0 errors
#   2. baseline:  wrk, 32 connections, PHASE_SECONDS: requests per second of normal clients
#   3. slowloris: STALLED stalled connections (bench/slowloris.py) while the same wrk runs:
#                 normal clients must keep at least 80% of the baseline
#   4. memory:    MEMORY_REQUESTS requests (a million by default); the server's RSS, sampled
#                 every second, must stay flat once warm
#   5. reload:    a server on a copy of data/; an edit must be served within a second
#
# Needs wrk (apt-get install -y wrk), python3 and curl. Exits non-zero if a check fails.
set -euo pipefail
cd "$(dirname "$0")/.."

BURST_SECONDS=${BURST_SECONDS:-10}
PHASE_SECONDS=${PHASE_SECONDS:-10}
STALLED=${STALLED:-500}
MEMORY_REQUESTS=${MEMORY_REQUESTS:-1000000}
MEMORY_MAX_SECONDS=${MEMORY_MAX_SECONDS:-300}
HOST=127.0.0.1

for tool in wrk python3 curl; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is needed (apt-get install -y wrk curl)" >&2; exit 2; }
done

cargo build --release --quiet
BIN=target/release/summit-briefing
WORK=$(mktemp -d)
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
json() { python3 -c "import json,sys; print(json.loads(sys.argv[1])$2)" "$1"; }
rss_kib() { awk '/^VmRSS/ {print $2}' "/proc/$1/status"; }
wait_up() {
  for _ in $(seq 200); do curl -fs "http://$HOST:$1/healthz" >/dev/null && return 0; sleep 0.05; done
  echo "bench: server on port $1 did not start" >&2; exit 1
}

PORT=$(free_port)
RUST_LOG=warn "$BIN" serve --addr "$HOST:$PORT" 2>"$WORK/server.log" &
SERVER=$!
PIDS+=("$SERVER")
wait_up "$PORT"
BASE="http://$HOST:$PORT"
CSS=$(curl -fs "$BASE/" | grep -o '/static/style\.[0-9a-f]*\.css' | head -1)
PATHS=(/ /timeline "/timeline?country=japan&area=connectivity" /timeline/tokyo-summit-2025
       /countries /countries/kazakhstan /areas /powers /sources /people /about "$CSS" /healthz)

# run_wrk CONNECTIONS SECONDS -> the JSON line of bench/mix.lua
run_wrk() {
  timeout $(( $2 + 60 )) \
    wrk -t2 -c"$1" -d"$2"s --timeout 5s -s bench/mix.lua "$BASE" -- "${PATHS[@]}" \
    | grep '^JSON ' | cut -c6-
}
errors_of() { python3 -c 'import json,sys; j=json.loads(sys.argv[1]); print(j["connect"]+j["read"]+j["write"]+j["timeout"]+j["status"])' "$1"; }
rps_of() { python3 -c 'import json,sys; j=json.loads(sys.argv[1]); print(round(j["requests"]/(j["duration_us"]/1e6)))' "$1"; }

FAIL=0
check() { # check "what" TEST-COMMAND...
  local what=$1; shift
  if "$@"; then echo "  PASS: $what"; else echo "  FAIL: $what"; FAIL=1; fi
}

echo "== 1. burst: 256 connections for ${BURST_SECONDS}s"
R=$(run_wrk 256 "$BURST_SECONDS")
N=$(json "$R" '["requests"]'); E=$(errors_of "$R")
echo "  $N requests, $(rps_of "$R") req/s, p99 $(( $(json "$R" '["p99_us"]') / 1000 )) ms, errors $E"
check "tens of thousands of requests ($N)" [ "$N" -ge 20000 ]
check "no errors ($E)" [ "$E" -eq 0 ]

echo "== 2. baseline: 32 connections for ${PHASE_SECONDS}s"
R=$(run_wrk 32 "$PHASE_SECONDS")
BASE_RPS=$(rps_of "$R")
echo "  $(json "$R" '["requests"]') requests, $BASE_RPS req/s, errors $(errors_of "$R")"

echo "== 3. slowloris: $STALLED stalled connections, the same 32 clients for ${PHASE_SECONDS}s"
python3 bench/slowloris.py --port "$PORT" --conns "$STALLED" --duration $(( PHASE_SECONDS + 8 )) \
  >"$WORK/slowloris.json" &
LORIS=$!
PIDS+=("$LORIS")
sleep 4
R=$(run_wrk 32 "$PHASE_SECONDS")
wait "$LORIS" || true
LORIS_RPS=$(rps_of "$R"); E=$(errors_of "$R")
S=$(cat "$WORK/slowloris.json")
echo "  stalled: $S"
echo "  $(json "$R" '["requests"]') requests, $LORIS_RPS req/s ($(( 100 * LORIS_RPS / BASE_RPS ))% of baseline), errors $E"
check "normal clients keep >= 80% of their throughput" [ $(( 100 * LORIS_RPS )) -ge $(( 80 * BASE_RPS )) ]
HELD=$(json "$S" '["held_mean"]')
check "hundreds of stalled connections held (mean $HELD)" [ "$HELD" -ge $(( STALLED * 8 / 10 )) ]
check "no errors for normal clients ($E)" [ "$E" -eq 0 ]

echo "== 4. memory: $MEMORY_REQUESTS requests, 64 connections (at most ${MEMORY_MAX_SECONDS}s)"
RSS_BEFORE=$(rss_kib "$SERVER")
( while kill -0 "$SERVER" 2>/dev/null; do rss_kib "$SERVER"; sleep 1; done ) >"$WORK/rss.txt" &
SAMPLER=$!
PIDS+=("$SAMPLER")
# wrk runs for a time, not a count: run it in chunks until the count is reached (or the time
# cap), the last chunk sized from the rate measured so far.
N=0; E=0; SECONDS_SPENT=0; RATE=0
while [ "$N" -lt "$MEMORY_REQUESTS" ] && [ "$SECONDS_SPENT" -lt "$MEMORY_MAX_SECONDS" ]; do
  CHUNK=10
  if [ "$RATE" -gt 0 ]; then
    LEFT=$(( (MEMORY_REQUESTS - N + RATE - 1) / RATE ))
    if [ "$LEFT" -lt "$CHUNK" ]; then CHUNK=$(( LEFT > 0 ? LEFT : 1 )); fi
  fi
  R=$(run_wrk 64 "$CHUNK")
  N=$(( N + $(json "$R" '["requests"]') )); E=$(( E + $(errors_of "$R") ))
  SECONDS_SPENT=$(( SECONDS_SPENT + CHUNK )); RATE=$(( N / SECONDS_SPENT ))
done
kill "$SAMPLER" 2>/dev/null || true
RSS_AFTER=$(rss_kib "$SERVER")
read -r RSS_WARM RSS_PEAK < <(python3 -c '
import sys
s = [int(x) for x in open(sys.argv[1]) if x.strip()]
print(s[len(s) // 10] if s else 0, max(s) if s else 0)' "$WORK/rss.txt")
echo "  $N requests in ${SECONDS_SPENT}s, $RATE req/s, errors $E"
echo "  RSS (MiB): before $((RSS_BEFORE / 1024)), after 10% $((RSS_WARM / 1024)), peak $((RSS_PEAK / 1024)), after $((RSS_AFTER / 1024))"
check "$MEMORY_REQUESTS requests served ($N)" [ "$N" -ge "$MEMORY_REQUESTS" ]
check "no errors ($E)" [ "$E" -eq 0 ]
GROWTH=$(( RSS_AFTER - RSS_WARM ))
LIMIT=$(( RSS_WARM / 10 > 8192 ? RSS_WARM / 10 : 8192 ))
check "RSS flat once warm (grew $((GROWTH / 1024)) MiB, limit $((LIMIT / 1024)) MiB)" [ "$GROWTH" -le "$LIMIT" ]

echo "== 5. reload: an edit to a watched data directory"
cp -r data "$WORK/data"
RPORT=$(free_port)
RUST_LOG=warn "$BIN" serve --data "$WORK/data" --addr "$HOST:$RPORT" 2>>"$WORK/server.log" &
PIDS+=("$!")
wait_up "$RPORT"
WORST=0
for round in 1 2 3 4 5; do
  MS=$(python3 - "$WORK/data/events.toml" "$HOST" "$RPORT" "$round" <<'PY'
import re, sys, time, urllib.request
path, host, port, round_ = sys.argv[1:]
text = open(path, encoding="utf-8").read()
m = re.search(r'^id = "([a-z0-9-]+)"\ndate = [^\n]*\n(?:end = [^\n]*\n)?title = "([^"]*)"', text, re.M)
event, title = m.group(1), m.group(2)
marker = f"Reload check {round_}"
start = time.monotonic()
with open(path + ".tmp", "w", encoding="utf-8") as f:
    f.write(text.replace(f'title = "{title}"', f'title = "{marker}"', 1))
import os; os.replace(path + ".tmp", path)
url = f"http://{host}:{port}/timeline/{event}"
while time.monotonic() - start < 10:
    if marker in urllib.request.urlopen(url).read().decode():
        print(round((time.monotonic() - start) * 1000)); break
    time.sleep(0.01)
else:
    print(99999)
PY
)
  echo "  round $round: served after $MS ms"
  if [ "$MS" -gt "$WORST" ]; then WORST=$MS; fi
done
check "every edit served within a second (worst $WORST ms)" [ "$WORST" -lt 1000 ]

not() { ! "$@"; }
check "no panic in the server log" not grep -qi "panicked" "$WORK/server.log"
echo
if [ "$FAIL" -eq 0 ]; then echo "bench: all checks passed"; else echo "bench: some checks FAILED"; fi
exit "$FAIL"
