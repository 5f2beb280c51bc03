#!/usr/bin/env bash
# Batch throughput, CPU and memory of `hwb fire -n N -c C` against `hey` at the same concurrency on the
# same local server. hwb opens one connection per request (Connection: close), so hey runs both with
# -disable-keepalive (like for like) and with keep-alive (its default) for reference.
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

read -r hey_cpu hey_rss <<< "$(measure hey -n "$N" -c "$C" -m POST -D /tmp/hwb-bench-body.json -disable-keepalive "$URL")"
hey_rps=$(awk '/Requests\/sec/ {print $2}' /tmp/hwb-bench-out)
read -r heyka_cpu heyka_rss <<< "$(measure hey -n "$N" -c "$C" -m POST -D /tmp/hwb-bench-body.json "$URL")"
heyka_rps=$(awk '/Requests\/sec/ {print $2}' /tmp/hwb-bench-out)

printf '%-34s %10s %10s %12s\n' "tool (n=$N, c=$C)" "req/s" "cpu s" "max RSS KB"
printf '%-34s %10s %10s %12s\n' "hwb fire ($hwb_ok ok)" "$hwb_rps" "$hwb_cpu" "$hwb_rss"
printf '%-34s %10s %10s %12s\n' "hey -disable-keepalive" "$hey_rps" "$hey_cpu" "$hey_rss"
printf '%-34s %10s %10s %12s\n' "hey (keep-alive)" "$heyka_rps" "$heyka_cpu" "$heyka_rss"
echo "throughput ratio hwb / hey (no keep-alive): $(awk -v a="$hwb_rps" -v b="$hey_rps" 'BEGIN {printf "%.2f", a / b}') (target >= 0.5)"
echo "throughput ratio hwb / hey (keep-alive):    $(awk -v a="$hwb_rps" -v b="$heyka_rps" 'BEGIN {printf "%.2f", a / b}')"
echo "memory for $N requests: hwb $hwb_rss KB, hey $hey_rss KB"
