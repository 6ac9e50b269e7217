#!/usr/bin/env bash
# How start-up, memory and throughput grow with the size of the briefing: 1x (shipped), and
# synthetic briefings SCALES (default "10 100") times larger, written under target/synth/.
# A measurement, not a test: see README.md, "Benchmark".
#
#   bench/scale.sh
#   SCALES="10 100 300" SECONDS_EACH=5 bench/scale.sh
set -euo pipefail
cd "$(dirname "$0")/.."

SCALES=${SCALES:-"10 100"}
SECONDS_EACH=${SECONDS_EACH:-3}
CONNECTIONS=${CONNECTIONS:-50}
SERVER_CPU=${SERVER_CPU:-0}
LOAD_CPU=${LOAD_CPU:-1}
PORT=${PORT:-18083}

for tool in wrk taskset curl python3; do
  command -v "$tool" >/dev/null || { echo "scale: $tool is missing (apt-get install -y wrk)" >&2; exit 1; }
done
if [ -z "${SKIP_BUILD:-}" ]; then
  cargo build --release --quiet --bin summit-briefing --example synth
fi
BIN=$PWD/target/release/summit-briefing
LOG=$(mktemp /tmp/summit-scale.XXXXXX)
PID=
cleanup() {
  [ -n "$PID" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null
  rm -f "$LOG"
}
trap cleanup EXIT

# shellcheck source=bench/quiet.sh
. bench/quiet.sh  # the scripts run from the repository root (see cd above)

load() { # path -> "req/s p99"
  wait_quiet
  taskset -c "$LOAD_CPU" wrk -t1 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency \
    -H 'Accept-Encoding: gzip' "http://127.0.0.1:$PORT$1" |
    awk 'function ms(v) { if (v ~ /us$/) return (v+0)/1000; if (v ~ /ms$/) return v+0; return (v+0)*1000 }
         /Requests\/sec/ { rps = $2 } $1 == "99%" { p99 = ms($2) }
         END { printf "%.0f %.2fms", rps, p99 }'
}

printf '%-6s %6s %9s %9s %9s %11s %10s %18s %18s %18s\n' \
  scale events start-up render compress "pages+var." "RSS" "/ (req/s p99)" "/timeline/{id}" "/timeline"
for scale in 1 $SCALES; do
  args=()
  if [ "$scale" != 1 ]; then
    dir=target/synth/x$scale
    ./target/release/examples/synth --scale "$scale" --out "$dir" >/dev/null
    "$BIN" check --data "$dir" >/dev/null
    args=(--data "$dir")
  fi
  starts=()
  for _ in 1 2 3; do
    starts+=("$(taskset -c "$SERVER_CPU" python3 bench/startup.py "$BIN" "$PORT" / -- "${args[@]}")")
  done
  startup=$(printf '%s\n' "${starts[@]}" | sort -n | sed -n 2p)

  RUST_LOG=info taskset -c "$SERVER_CPU" "$BIN" serve --addr "127.0.0.1:$PORT" "${args[@]}" 2>"$LOG" &
  PID=$!
  for _ in $(seq 1 3000); do grep -q precompressed "$LOG" && break; sleep 0.1; done
  render=$(grep -o 'rendered [0-9]* pages for [0-9-]* in [0-9.]*[mµ]*s' "$LOG" | head -1 | awk '{print $NF}')
  compress=$(grep -o 'precompressed [0-9]* pages in [0-9.]*[mµ]*s' "$LOG" | head -1 | awk '{print $NF}')
  held=$(grep -o '([0-9]* KiB' "$LOG" | tr -d '(' | head -1)
  events=$(curl -s "http://127.0.0.1:$PORT/healthz" | python3 -c 'import json,sys; print(json.load(sys.stdin)["events"])')
  event=$(curl -s "http://127.0.0.1:$PORT/timeline" | grep -o 'href="/timeline/[a-z0-9-]*"' | tail -1 | cut -d'"' -f2)
  root=$(load /)
  one=$(load "$event")
  whole=$(load /timeline)
  rss=$(awk '/VmRSS/ {printf "%.1f MiB", $2/1024}' "/proc/$PID/status")
  kill "$PID"; wait "$PID" 2>/dev/null || true; PID=
  printf '%-6s %6s %7sms %9s %9s %11s %10s %18s %18s %18s\n' \
    "${scale}x" "$events" "$startup" "$render" "$compress" "$held" "$rss" "$root" "$one" "$whole"
done
