#!/usr/bin/env bash
# Instructions and allocations per request of the release server, per case, under callgrind:
# a count, repeatable on a busy machine (unlike a wall-clock benchmark). See README.md,
# "Benchmark".
#
#   bench/callgrind.sh [BIN] [OUTDIR] [N]     # default: target/release/summit-briefing,
#                                             # target/callgrind, 1000 requests per case
#   CASES="root-304 timeline-304" bench/callgrind.sh
#
# The server runs under valgrind with instrumentation off until its background compression is
# done (a few minutes under valgrind); then, per case, 20 requests warm up, the counters are
# zeroed, N requests go over one keep-alive connection (curl), and the counts are dumped.
# Instructions are the whole process's (hyper, tokio, the allocator) divided by N; allocations
# are the calls to malloc, calloc, realloc and posix_memalign divided by N. The top frames:
#   callgrind_annotate --inclusive=yes OUTDIR/cg.root-304 | head -40
# Needs: valgrind, curl, python3.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-target/release/summit-briefing}; OUT=${2:-target/callgrind}; N=${3:-1000}; PORT=${PORT:-18095}
mkdir -p "$OUT"; rm -f "$OUT"/cg.*
RUST_LOG=info valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file="$OUT/cg.out" \
  "$BIN" serve --addr 127.0.0.1:$PORT --max-connections-per-ip 0 2> "$OUT/server.log" &
VG=$!
trap 'kill $VG 2>/dev/null; wait $VG 2>/dev/null' EXIT
for i in $(seq 1 1800); do grep -q precompressed "$OUT/server.log" && break; sleep 1; done
grep -q precompressed "$OUT/server.log" || { echo "no precompression"; exit 1; }
U=http://127.0.0.1:$PORT
CSS=$(curl -s $U/ | grep -o '/static/style[^"]*' | head -1)
etag() { curl -s -D - -o /dev/null "${@:2}" "$U$1" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}'; }
callgrind_control -i on $VG >/dev/null
run() { # name path expected-status curl-header-args...
  local name=$1 path=$2 want=$3; shift 3
  local cfg=$OUT/curl.cfg
  : > "$cfg"
  for h in "$@"; do echo "header = \"${h//\"/\\\"}\"" >> "$cfg"; done
  local got=$(curl -s -o /dev/null -w '%{http_code}' -K "$cfg" "$U$path")
  [ "$got" = "$want" ] || { echo "$name: $got, not $want"; return 1; }
  for i in $(seq 1 $N); do echo "url = \"$U$path\""; echo "output = /dev/null"; done >> "$cfg"
  # warm-up on its own connection, then the measured run
  curl -s -K <(grep header "$cfg"; for i in $(seq 1 20); do echo "url = \"$U$path\""; echo "output = /dev/null"; done)
  callgrind_control -z $VG >/dev/null
  curl -s -K "$cfg"
  callgrind_control -d "$name" $VG >/dev/null
  sleep 0.5
  local f=$(ls -t "$OUT"/cg.out.* | head -1)
  mv "$f" "$OUT/cg.$name"
  echo "== $name ($path, $want, $N requests)"
  python3 bench/callgrind-summary.py "$OUT/cg.$name" "$N"
}
GZ='Accept-Encoding: gzip'
BR='Accept-Encoding: br, gzip'
CASES=${CASES:-"root-200-gzip root-304 root-200-br timeline-200 timeline-304 filtered-200 json-200 static-200 static-304 notfound"}
for c in $CASES; do case $c in
  root-200-gzip) run $c / 200 "$GZ";;
  root-200-br) run $c / 200 "$BR";;
  root-304) run $c / 304 "$GZ" "If-None-Match: $(etag / -H "$GZ")";;
  timeline-200) run $c /timeline 200 "$GZ";;
  timeline-304) run $c /timeline 304 "$GZ" "If-None-Match: $(etag /timeline -H "$GZ")";;
  filtered-200) run $c '/timeline?country=japan' 200 "$GZ";;
  json-200) run $c /countries/japan.json 200 "$GZ";;
  static-200) run $c "$CSS" 200 "$GZ";;
  static-304) run $c "$CSS" 304 "$GZ" "If-None-Match: $(etag "$CSS" -H "$GZ")";;
  notfound) run $c /no-such-page 404 "$GZ";;
esac; done
