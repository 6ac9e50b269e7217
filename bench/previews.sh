#!/usr/bin/env bash
# Preview images (`og:image`): for a sample of pages in the three editions, how long the first
# request of each page's PNG takes (it is drawn then: SVG card -> resvg -> PNG), how long the
# second takes (served from memory), and the PNG's size and dimensions. A fresh server is
# started for each round, so that every first request really draws. A measurement, not a
# test: see README.md, "Share, cite, print". The PNGs are kept in target/previews/.
#
#   bench/previews.sh
#   ROUNDS=5 bench/previews.sh
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${ROUNDS:-3}
PORT=${PORT:-18085}
OUT=target/previews
PATHS=(
  /index.png
  /brief.png
  /timeline.png
  '/timeline.png?country=kazakhstan&year=2024'
  /timeline/tokyo-summit-2025.png
  /countries/kazakhstan.png
  /powers/china.png
  /sources.png
  /ja/index.png
  /ja/timeline/tokyo-summit-2025.png
  /ru/countries/uzbekistan.png
  /ru/brief.png
)

if [ -z "${SKIP_BUILD:-}" ]; then
  cargo build --release --quiet --bin summit-briefing
fi
BIN=$PWD/target/release/summit-briefing
mkdir -p "$OUT"

PID=
stop() { [ -n "$PID" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null; PID=; }
trap stop EXIT

declare -A first second
for round in $(seq "$ROUNDS"); do
  "$BIN" serve --addr "127.0.0.1:$PORT" --no-watch >/dev/null 2>&1 &
  PID=$!
  for _ in $(seq 100); do
    curl -fsS -o /dev/null "http://127.0.0.1:$PORT/healthz" 2>/dev/null && break
    sleep 0.05
  done
  # Let the start-up's background work (editions, compression) finish first.
  sleep 3
  for p in "${PATHS[@]}"; do
    file="$OUT/$(printf '%s' "$p" | tr '/?&=' '____' | sed 's/^_//')"
    t1=$(curl -fsS -o "$file" -w '%{time_total}' "http://127.0.0.1:$PORT$p")
    t2=$(curl -fsS -o /dev/null -w '%{time_total}' "http://127.0.0.1:$PORT$p")
    first[$p]+="$(awk -v t="$t1" 'BEGIN { printf "%.1f ", t * 1000 }')"
    second[$p]+="$(awk -v t="$t2" 'BEGIN { printf "%.1f ", t * 1000 }')"
  done
  stop
done

printf '%-46s %-26s %-20s %9s  %s\n' path "first request, ms" "second, ms" bytes size
for p in "${PATHS[@]}"; do
  file="$OUT/$(printf '%s' "$p" | tr '/?&=' '____' | sed 's/^_//')"
  # Width and height from the PNG's IHDR chunk (bytes 16-23, big-endian).
  dims=$(od -An -tu1 -j16 -N8 "$file" | awk '{ printf "%dx%d", $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8 }')
  printf '%-46s %-26s %-20s %9d  %s\n' "$p" "${first[$p]}" "${second[$p]}" "$(stat -c %s "$file")" "$dims"
done
echo "(${ROUNDS} rounds, a fresh server each; load average: $(cut -d' ' -f1-3 /proc/loadavg))"
