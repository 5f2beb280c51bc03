#!/usr/bin/env bash
# Batch throughput, CPU and memory of `hwb fire -n N -c C` against `hey` at the same concurrency on the
# same local server, both ways: one connection per request (hwb's default, hey -disable-keepalive) and
# reused connections (hwb --keep-alive, hey's default).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/fire_common.sh
N=${N:-10000}
C=${C:-16}
command -v hey > /dev/null || { echo "install hey (Debian package hey)" >&2; exit 2; }
start_server
URL="$SERVER_URL/fast"
printf '{"model":"m"}' > /tmp/hwb-bench-body.json

measure() { # prints "user+sys seconds, max RSS KB" of the command, output to /tmp/hwb-bench-out
    /usr/bin/time -f '%U %S %M' -o /tmp/hwb-bench-time "$@" > /tmp/hwb-bench-out 2>&1
    awk '{printf "%.2f %d", $1 + $2, $3}' /tmp/hwb-bench-time
}

read -r hwb_cpu hwb_rss <<< "$(measure "$HWB" fire "$URL" --body /tmp/hwb-bench-body.json -n "$N" -c "$C" --json)"
hwb_rps=$(tail -1 /tmp/hwb-bench-out | sed -E 's/.*"rps":([0-9.]+).*/\1/')
hwb_ok=$(tail -1 /tmp/hwb-bench-out | sed -E 's/.*"ok":([0-9]+).*/\1/')

read -r hwbka_cpu hwbka_rss <<< "$(measure "$HWB" fire "$URL" --body /tmp/hwb-bench-body.json -n "$N" -c "$C" --keep-alive --json)"
hwbka_rps=$(tail -1 /tmp/hwb-bench-out | sed -E 's/.*"rps":([0-9.]+).*/\1/')

read -r hey_cpu hey_rss <<< "$(measure hey -n "$N" -c "$C" -m POST -D /tmp/hwb-bench-body.json -disable-keepalive "$URL")"
hey_rps=$(awk '/Requests\/sec/ {print $2}' /tmp/hwb-bench-out)
read -r heyka_cpu heyka_rss <<< "$(measure hey -n "$N" -c "$C" -m POST -D /tmp/hwb-bench-body.json "$URL")"
heyka_rps=$(awk '/Requests\/sec/ {print $2}' /tmp/hwb-bench-out)

printf '%-34s %10s %10s %12s\n' "tool (n=$N, c=$C)" "req/s" "cpu s" "max RSS KB"
printf '%-34s %10s %10s %12s\n' "hwb fire ($hwb_ok ok)" "$hwb_rps" "$hwb_cpu" "$hwb_rss"
printf '%-34s %10s %10s %12s\n' "hey -disable-keepalive" "$hey_rps" "$hey_cpu" "$hey_rss"
printf '%-34s %10s %10s %12s\n' "hwb fire --keep-alive" "$hwbka_rps" "$hwbka_cpu" "$hwbka_rss"
printf '%-34s %10s %10s %12s\n' "hey (keep-alive)" "$heyka_rps" "$heyka_cpu" "$heyka_rss"
echo "throughput ratio hwb / hey, new connection each: $(awk -v a="$hwb_rps" -v b="$hey_rps" 'BEGIN {printf "%.2f", a / b}') (target >= 0.5)"
echo "throughput ratio hwb / hey, keep-alive:          $(awk -v a="$hwbka_rps" -v b="$heyka_rps" 'BEGIN {printf "%.2f", a / b}') (target >= 0.5)"
echo "CPU per 1000 requests: hwb $(awk -v c="$hwb_cpu" -v n="$N" 'BEGIN {printf "%.3f", c * 1000 / n}') s, hey $(awk -v c="$hey_cpu" -v n="$N" 'BEGIN {printf "%.3f", c * 1000 / n}') s (new connection each)"
echo "memory for $N requests: hwb $hwb_rss KB, hey $hey_rss KB"
