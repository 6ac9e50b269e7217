#!/usr/bin/env bash
# The first requests after midnight, at the shipped size and at SCALES (default 100) times it:
# the day's pages expire and requests to / are timed while the new day is rendered in the
# background. A measurement, not a test: see README.md, "Benchmark".
#
#   bench/midnight.sh
#   SCALES="10 100" REQUESTS=5000 bench/midnight.sh
set -euo pipefail
cd "$(dirname "$0")/.."
SCALES=${SCALES:-100}
REQUESTS=${REQUESTS:-3000}
cargo build --release --quiet --example midnight --example synth
echo "1x: $(target/release/examples/midnight --requests "$REQUESTS")"
for n in $SCALES; do
  dir=target/synth/x$n
  [ -d "$dir" ] || target/release/examples/synth --scale "$n" --out "$dir" >/dev/null
  echo "${n}x: $(target/release/examples/midnight --data "$dir" --requests "$REQUESTS")"
done
