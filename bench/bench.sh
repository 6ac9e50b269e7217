#!/usr/bin/env bash
# summit-briefing against nginx serving the same pages: throughput, p99 latency, the server's
# CPU time per request, bytes on the wire, start-up time and memory. A measurement, not a test:
# see README.md, "Benchmark".
#
#   bench/bench.sh                       # shipped briefing, every case, 3 rounds of 3 s each
#   ROUNDS=5 SECONDS_EACH=5 bench/bench.sh
#   CASES="root-304 timeline-304" bench/bench.sh   # a subset (the names are listed below)
#   DATA=target/synth/x100 bench/bench.sh   # any data directory (see bench/scale.sh)
#
# Needs: nginx and wrk (apt-get install -y nginx wrk), taskset, curl, python3.
# Both servers run pinned to CPU $SERVER_CPU (default 0), one nginx worker against the tokio
# runtime on one core; wrk runs pinned to CPU $LOAD_CPU (default 1). Runs alternate A/B so that
# drift (thermal, noisy neighbours) hits both; the medians of the ratios are printed.
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${ROUNDS:-3}
SECONDS_EACH=${SECONDS_EACH:-3}
CONNECTIONS=${CONNECTIONS:-50}
SERVER_CPU=${SERVER_CPU:-0}
LOAD_CPU=${LOAD_CPU:-1}
NGINX_PORT=${NGINX_PORT:-18081}
OURS_PORT=${OURS_PORT:-18082}
PAGE=${PAGE:-/}
DATA=${DATA:-}
# Both servers' pages name the same public address (canonical links, previews): the export's
# default. Without it ours named its own port, and the pages differed by those links.
PUBLIC_URL=${PUBLIC_URL:-http://127.0.0.1:3000}

for tool in nginx wrk taskset curl python3; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing (apt-get install -y nginx wrk)" >&2; exit 1; }
done

if [ -z "${SKIP_BUILD:-}" ]; then
  cargo build --release --quiet
fi
BIN=$PWD/target/release/summit-briefing
DATA_ARGS=()
[ -n "$DATA" ] && DATA_ARGS=(--data "$DATA")

WORK=$(mktemp -d /tmp/summit-bench.XXXXXX)
chmod 755 "$WORK"
NGINX_PID= OURS_PID=
cleanup() {
  [ -n "$OURS_PID" ] && kill "$OURS_PID" 2>/dev/null && wait "$OURS_PID" 2>/dev/null
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null && wait "$NGINX_PID" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "== export"
"$BIN" export --out "$WORK/site" --public-url "$PUBLIC_URL" "${DATA_ARGS[@]}"
chmod -R a+rX "$WORK/site"

mkdir -p "$WORK/nginx/logs"
# nginx as it would be set up to serve the export well: clean URLs, precompressed gzip,
# the same caching and security headers as summit-briefing (src/security.rs), open file cache,
# no access log. add_header in a location replaces the server's, hence the include.
cat > "$WORK/nginx/security.conf" <<'EOF'
add_header Content-Security-Policy "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'" always;
add_header X-Content-Type-Options "nosniff" always;
add_header X-Frame-Options "DENY" always;
add_header Referrer-Policy "strict-origin-when-cross-origin" always;
add_header Cross-Origin-Resource-Policy "same-origin" always;
add_header Cross-Origin-Opener-Policy "same-origin" always;
add_header Permissions-Policy "accelerometer=(), autoplay=(), camera=(), display-capture=(), fullscreen=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=()" always;
EOF
cat > "$WORK/nginx/nginx.conf" <<EOF
worker_processes 1;
daemon off;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log warn;
events { worker_connections 4096; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  server_tokens off;
  sendfile on;
  tcp_nopush on;
  tcp_nodelay on;
  keepalive_requests 1000000;
  keepalive_timeout 75s;
  open_file_cache max=10000 inactive=60s;
  open_file_cache_valid 60s;
  client_body_temp_path $WORK/nginx/body;
  proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi;
  uwsgi_temp_path $WORK/nginx/uwsgi;
  scgi_temp_path $WORK/nginx/scgi;
  charset utf-8;
  server {
    listen 127.0.0.1:$NGINX_PORT reuseport;
    root $WORK/site;
    gzip_static on;
    gzip_vary on;
    error_page 404 /404.html;
    location / {
      include $WORK/nginx/security.conf;
      add_header Cache-Control "no-cache";
      try_files \$uri/index.html \$uri =404;
    }
    location /static/ {
      include $WORK/nginx/security.conf;
      add_header Cache-Control "public, max-age=31536000, immutable";
    }
  }
}
EOF

wait_for() { # url
  for _ in $(seq 1 500); do
    curl -s -o /dev/null "$1" && return 0
    sleep 0.02
  done
  echo "bench: $1 did not answer" >&2
  exit 1
}

echo "== start-up (time to the first 200 on /, median of 5, pinned to CPU $SERVER_CPU)"
STARTS=()
for _ in 1 2 3 4 5; do
  STARTS+=("$(taskset -c "$SERVER_CPU" python3 bench/startup.py "$BIN" "$OURS_PORT" / -- "${DATA_ARGS[@]}")")
done
STARTUP=$(printf '%s\n' "${STARTS[@]}" | sort -n | sed -n 3p)
echo "runs (ms): ${STARTS[*]}  median: $STARTUP ms"

taskset -c "$SERVER_CPU" nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" &
NGINX_PID=$!
RUST_LOG=info taskset -c "$SERVER_CPU" "$BIN" serve --addr "127.0.0.1:$OURS_PORT" --public-url "$PUBLIC_URL" "${DATA_ARGS[@]}" \
  2> "$WORK/ours.log" &
OURS_PID=$!
wait_for "http://127.0.0.1:$NGINX_PORT$PAGE"
wait_for "http://127.0.0.1:$OURS_PORT$PAGE"
# Measure the server as it runs once its background compression is done.
for _ in $(seq 1 1200); do
  grep -q precompressed "$WORK/ours.log" && break
  sleep 0.1
done
grep -o 'precompressed.*' "$WORK/ours.log" || { echo "bench: compression did not finish" >&2; exit 1; }

url() { if [ "$1" = nginx ]; then echo "http://127.0.0.1:$NGINX_PORT$PAGE"; else echo "http://127.0.0.1:$OURS_PORT$PAGE"; fi; }
etag() { curl -s -D - -o /dev/null -H 'Accept-Encoding: gzip' "$(url "$1")" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}'; }

echo "== bytes on the wire for $PAGE (headers + body, Accept-Encoding: gzip)"
declare -A BYTES
for s in nginx ours; do
  tag=$(etag $s)
  BYTES[$s.200]=$(curl -s -o /dev/null -w '%{size_header} %{size_download}' -H 'Accept-Encoding: gzip' "$(url $s)" | awk '{print $1+$2}')
  BYTES[$s.304]=$(curl -s -o /dev/null -w '%{size_header} %{size_download}' -H 'Accept-Encoding: gzip' -H "If-None-Match: $tag" "$(url $s)" | awk '{print $1+$2}')
  echo "$s: 200 ${BYTES[$s.200]} B, 304 ${BYTES[$s.304]} B"
  echo "  headers: $(curl -s -D - -o /dev/null -H 'Accept-Encoding: gzip' "$(url $s)" | tr -d '\r' | tail -n +2 | cut -d: -f1 | tr '\n' ' ')"
done
# The pages must be the same: nginx serves the export, which is what we serve. Compared
# decompressed (the page itself), then as sent (the export's .gz and our gzip variant come from
# the same compressor at the same level, so they should match byte for byte too).
curl -s -H 'Accept-Encoding: gzip' "$(url nginx)" > "$WORK/nginx.gz"
curl -s -H 'Accept-Encoding: gzip' "$(url ours)" > "$WORK/ours.gz"
if cmp -s <(gzip -dc "$WORK/nginx.gz") <(gzip -dc "$WORK/ours.gz"); then
  echo "pages identical once decompressed ($(gzip -dc "$WORK/ours.gz" | wc -c) bytes of $PAGE)"
else
  echo "bench: the pages differ once decompressed: $(cmp <(gzip -dc "$WORK/nginx.gz") <(gzip -dc "$WORK/ours.gz") 2>&1)" >&2
fi
if cmp -s "$WORK/nginx.gz" "$WORK/ours.gz"; then
  echo "gzip bodies identical as sent ($(wc -c < "$WORK/ours.gz") bytes)"
else
  echo "gzip bodies differ as sent: $(cmp "$WORK/nginx.gz" "$WORK/ours.gz" 2>&1)"
fi

# The cases: what each server is asked (path and Accept-Encoding), the status both must give,
# and where nginx is not asked the same thing, why.
STYLESHEET=$(curl -s "http://127.0.0.1:$OURS_PORT/" | grep -o '/static/style\.[0-9a-f]*\.css' | head -1)
[ -n "$STYLESHEET" ] || { echo "bench: no hashed stylesheet linked from /" >&2; exit 1; }
ALL_CASES="root-200-gzip root-200-br root-304 timeline-200-gzip timeline-200-br timeline-304 filtered-200 json-200 static-200 static-304 404"
CASES=${CASES:-$ALL_CASES}
for c in $CASES; do
  [[ " $ALL_CASES " == *" $c "* ]] || { echo "bench: unknown case $c (cases: $ALL_CASES)" >&2; exit 1; }
done
case_path() { # server case
  case $2 in
    root-*) echo / ;;
    timeline-*) echo /timeline ;;
    # Cached after its first request by us; nginx has no filters and serves the plain timeline.
    filtered-*) if [ "$1" = nginx ]; then echo /timeline; else echo '/timeline?country=japan'; fi ;;
    json-*) echo /countries/japan.json ;;
    static-*) echo "$STYLESHEET" ;;
    404) echo /no-such-page ;;
  esac
}
case_encoding() { # server case: nginx has gzip_static only, so it is asked for gzip when we are asked for brotli
  case $2 in
    *-br) if [ "$1" = nginx ]; then echo gzip; else echo 'br, gzip'; fi ;;
    *) echo gzip ;;
  esac
}
case_status() { case $1 in *-304) echo 304 ;; 404) echo 404 ;; *) echo 200 ;; esac; }
case_note() {
  case $1 in
    *-br) echo "nginx has only gzip_static: our brotli against its gzip" ;;
    filtered-*) echo "nginx has no filters: it serves the plain /timeline file" ;;
  esac
}
case_url() { # server case
  if [ "$1" = nginx ]; then echo "http://127.0.0.1:$NGINX_PORT$(case_path "$@")"; else echo "http://127.0.0.1:$OURS_PORT$(case_path "$@")"; fi
}
case_etag() { # server case
  curl -s -D - -o /dev/null -H "Accept-Encoding: $(case_encoding "$@")" "$(case_url "$@")" \
    | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}'
}
# Each server must answer each case with the expected status (a 304 to its own ETag) before it
# is loaded; the first request of a filtered timeline renders it, later ones find it cached.
declare -A TAG
for c in $CASES; do
  for s in nginx ours; do
    extra=()
    if [ "$(case_status "$c")" = 304 ]; then
      TAG[$s.$c]=$(case_etag $s "$c")
      extra=(-H "If-None-Match: ${TAG[$s.$c]}")
    fi
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "Accept-Encoding: $(case_encoding $s "$c")" "${extra[@]}" "$(case_url $s "$c")")
    [ "$code" = "$(case_status "$c")" ] || { echo "bench: $s answers $code, not $(case_status "$c"), for case $c ($(case_url $s "$c"))" >&2; exit 1; }
  done
done

# shellcheck source=bench/quiet.sh
. bench/quiet.sh  # the scripts run from the repository root (see cd above)

# CPU time (jiffies) used by the whole machine, and by one process tree.
HZ=$(getconf CLK_TCK)
busy_jiffies() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat; }
tree_jiffies() { # pid...
  local total=0 p
  for p in "$@"; do
    [ -r "/proc/$p/stat" ] || continue
    total=$((total + $(awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$p/stat")))
    # nginx's worker is a child of the master.
    for c in $(cat /proc/"$p"/task/*/children 2>/dev/null); do total=$((total + $(tree_jiffies "$c"))); done
  done
  echo "$total"
}
# CPU time of this shell's finished children (wrk) in jiffies, from the `times` builtin
# (run in this shell, not in a command substitution, which would be a new process).
children_jiffies() { # file
  times > "$1"
  tail -1 "$1" | awk -v hz="$HZ" '{ split($1, u, /[ms]/); split($2, s, /[ms]/); printf "%d\n", (u[1]*60 + u[2] + s[1]*60 + s[2]) * hz }'
}
server_pid() { if [ "$1" = nginx ]; then echo "$NGINX_PID"; else echo "$OURS_PID"; fi; }

# One wrk run; prints "requests/s p99-microseconds unexpected-answers foreign-cpu-percent
# cpu-microseconds-per-request". foreign is the CPU that processes other than the server and wrk
# used meanwhile (another job on a shared machine), in percent of one core; the CPU per request
# is the user+system time of the server's process tree (/proc/PID/stat) over the requests wrk
# counted.
load_once() { # server case
  local extra=() out="$WORK/wrk.out" b0 s0 c0 b1 s1 c1
  [ "$(case_status "$2")" = 304 ] && extra=(-H "If-None-Match: ${TAG[$1.$2]}")
  b0=$(busy_jiffies); s0=$(tree_jiffies "$(server_pid "$1")"); children_jiffies "$WORK/times" > "$WORK/c0"
  taskset -c "$LOAD_CPU" wrk -t1 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency \
    -H "Accept-Encoding: $(case_encoding "$1" "$2")" "${extra[@]}" "$(case_url "$1" "$2")" > "$out"
  b1=$(busy_jiffies); s1=$(tree_jiffies "$(server_pid "$1")"); children_jiffies "$WORK/times" > "$WORK/c1"
  c0=$(cat "$WORK/c0"); c1=$(cat "$WORK/c1")
  local foreign=$(( (b1 - b0) - (s1 - s0) - (c1 - c0) ))
  [ "$foreign" -lt 0 ] && foreign=0
  awk -v foreign="$foreign" -v secs="$SECONDS_EACH" -v server=$((s1 - s0)) -v hz="$HZ" \
      -v want="$(case_status "$2")" '
      function us(v) { if (v ~ /us$/) return v+0; if (v ~ /ms$/) return (v+0)*1000; if (v ~ /s$/) return (v+0)*1000000; return v }
      / requests in / { n = $1 }
      /Requests\/sec/ { rps = $2 }
      $1 == "99%" { p99 = us($2) }
      /Non-2xx or 3xx/ { non2xx = $NF }  # wrk counts statuses >= 400 here
      END {
        # A 404 case expects every answer there, any other case none.
        bad = (want >= 400) ? n - non2xx : non2xx
        printf "%.0f %.0f %s %.0f %.2f\n", rps, p99, bad+0, foreign * 100 / hz / secs, (n > 0) ? server * 1000000 / hz / n : 0
      }' "$out"
}

# A run during which another job took more than NOISE_LIMIT % of a core is run again (up to
# four tries); the last try is kept and marked.
NOISE_LIMIT=${NOISE_LIMIT:-10}
load() { # server case
  local result try
  for try in 1 2 3 4; do
    wait_quiet >/dev/null || true  # still busy after 30 s: run anyway, the noise is measured
    result=$(load_once "$@")
    [ "$(echo "$result" | awk '{print $4}')" -le "$NOISE_LIMIT" ] && break
  done
  echo "$result"
}

median() { sort -g | awk '{a[NR]=$1} END { print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{ if (b > 0) printf "%.3f", a/b; else print "nan" }'; }

echo "== load: $ROUNDS rounds x ${SECONDS_EACH}s per server and case, $CONNECTIONS connections, keep-alive"
echo "   (cpu: the server's user+system CPU time per request, microseconds; all figures ours/nginx in the ratios)"
declare -A RATIO_RPS RATIO_P99 RATIO_CPU CPU_N CPU_O
for case in $CASES; do
  note=$(case_note "$case")
  echo "-- $case: ours $(case_path ours "$case") ($(case_encoding ours "$case")), nginx $(case_path nginx "$case") ($(case_encoding nginx "$case")), $(case_status "$case")${note:+; $note}"
  # Warm both (connections, caches) before measuring.
  SECONDS_EACH=1 load nginx "$case" >/dev/null
  SECONDS_EACH=1 load ours "$case" >/dev/null
  rps_ratios=() p99_ratios=() cpu_ratios=() cpus_n=() cpus_o=()
  for round in $(seq 1 "$ROUNDS"); do
    if [ $((round % 2)) = 1 ]; then order="nginx ours"; else order="ours nginx"; fi
    declare -A R=()
    for s in $order; do R[$s]=$(load $s "$case"); done
    read -r n_rps n_p99 n_bad n_noise n_cpu <<<"${R[nginx]}"
    read -r o_rps o_p99 o_bad o_noise o_cpu <<<"${R[ours]}"
    noisy=""
    [ "$n_noise" -gt "$NOISE_LIMIT" ] && noisy+=" nginx run: ${n_noise}%"
    [ "$o_noise" -gt "$NOISE_LIMIT" ] && noisy+=" our run: ${o_noise}%"
    if [ "$n_bad" != 0 ] || [ "$o_bad" != 0 ]; then
      echo "bench: answers other than $(case_status "$case") during the run (nginx $n_bad, ours $o_bad)" >&2
    fi
    rps_ratios+=("$(ratio "$o_rps" "$n_rps")")
    p99_ratios+=("$(ratio "$o_p99" "$n_p99")")
    cpu_ratios+=("$(ratio "$o_cpu" "$n_cpu")")
    cpus_n+=("$n_cpu") cpus_o+=("$o_cpu")
    printf '%s round %d: nginx %7d req/s p99 %6d us cpu %6.2f us | ours %7d req/s p99 %6d us cpu %6.2f us | ratio %s, p99 %s, cpu %s | other jobs %s%%/%s%% %s\n' \
      "$case" "$round" "$n_rps" "$n_p99" "$n_cpu" "$o_rps" "$o_p99" "$o_cpu" "${rps_ratios[-1]}" "${p99_ratios[-1]}" "${cpu_ratios[-1]}" "$n_noise" "$o_noise" \
      "${noisy:+(noisy: other jobs used a core:$noisy)}"
  done
  RATIO_RPS[$case]=$(printf '%s\n' "${rps_ratios[@]}" | median)
  RATIO_P99[$case]=$(printf '%s\n' "${p99_ratios[@]}" | median)
  RATIO_CPU[$case]=$(printf '%s\n' "${cpu_ratios[@]}" | median)
  CPU_N[$case]=$(printf '%s\n' "${cpus_n[@]}" | median)
  CPU_O[$case]=$(printf '%s\n' "${cpus_o[@]}" | median)
done

RSS=$(awk '/VmRSS/ {print $2}' "/proc/$OURS_PID/status")

echo
echo "== summary: medians over $ROUNDS rounds (ratios ours/nginx: req/s wants >= 1.0; p99, CPU per request and bytes want <= 1.0)"
printf '%-18s %11s %11s %9s %9s %9s\n' "case" "nginx cpu" "ours cpu" "cpu" "req/s" "p99"
for case in $CASES; do
  printf '%-18s %8s us %8s us %8sx %8sx %8sx %s\n' "$case" "${CPU_N[$case]}" "${CPU_O[$case]}" \
    "${RATIO_CPU[$case]}" "${RATIO_RPS[$case]}" "${RATIO_P99[$case]}" "$(n=$(case_note "$case"); echo "${n:+($n)}")"
done
echo
printf '%-36s %s\n' "data" "${DATA:-shipped (embedded)}"
printf '%-36s %s\n' "bytes on the wire for $PAGE, 200" "${BYTES[ours.200]} vs ${BYTES[nginx.200]} ($(ratio "${BYTES[ours.200]}" "${BYTES[nginx.200]}")x)"
printf '%-36s %s\n' "bytes on the wire for $PAGE, 304" "${BYTES[ours.304]} vs ${BYTES[nginx.304]} ($(ratio "${BYTES[ours.304]}" "${BYTES[nginx.304]}")x)"
printf '%-36s %s\n' "start-up to first page (median)" "$STARTUP ms"
printf '%-36s %s\n' "RSS after the load runs" "$((RSS / 1024)) MiB ($RSS KiB)"
