# Sourced by bench/bench.sh and bench/scale.sh. The machine may be shared: before each run,
# wait (up to 30 s) until the CPUs are idle.

busy() { # busy share of all CPUs over half a second, percent
  local a b idle
  read -r _ a1 a2 a3 a4 a5 a6 a7 _ < /proc/stat; sleep 0.5
  read -r _ b1 b2 b3 b4 b5 b6 b7 _ < /proc/stat
  a=$((a1 + a2 + a3 + a6 + a7)); b=$((b1 + b2 + b3 + b6 + b7)); idle=$((b4 + b5 - a4 - a5))
  echo $(( 100 * (b - a) / (b - a + idle + 1) ))
}

wait_quiet() {
  for _ in $(seq 1 60); do
    [ "$(busy)" -le 10 ] && return 0
  done
}
