#!/usr/bin/env bash
# Timing fidelity: hwb fire's TTFB against curl's time_starttransfer on the same server and endpoint.
# Requests alternate (curl, hwb, curl, hwb, ...) so both see the same conditions; the server answers
# each after DELAY_MS (default 0). Reports the median absolute difference of the pairs (target <= 1 ms)
# and the difference of the two medians. On a loaded machine the pairs differ by the server's own
# jitter, which no client can remove; the difference of medians shows the systematic offset.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/fire_common.sh
N=${N:-50}
start_server
URL="$SERVER_URL/json?delay_ms=${DELAY_MS:-0}"
BODY='{"model":"m","messages":[{"role":"user","content":"hi"}]}'
printf '%s' "$BODY" > /tmp/hwb-bench-body.json
diffs=(); curls=(); hwbs=()
for i in $(seq "$N"); do
    c=$(curl -s -o /dev/null -X POST -H 'Content-Type: application/json' -d "$BODY" -w '%{time_starttransfer}' "$URL")
    c_ms=$(awk -v s="$c" 'BEGIN {printf "%.3f", s * 1000}')
    h_ms=$("$HWB" fire "$URL" --body /tmp/hwb-bench-body.json --json | head -1 | sed -E 's/.*"ttfb_ms":([0-9.]+).*/\1/')
    curls+=("$c_ms"); hwbs+=("$h_ms")
    diffs+=("$(awk -v a="$c_ms" -v b="$h_ms" 'BEGIN {d = a - b; if (d < 0) d = -d; printf "%.3f", d}')")
done
mc=$(printf '%s\n' "${curls[@]}" | median)
mh=$(printf '%s\n' "${hwbs[@]}" | median)
md=$(printf '%s\n' "${diffs[@]}" | median)
echo "requests:                      $N each"
echo "curl time_starttransfer p50:   $mc ms"
echo "hwb fire ttfb_ms p50:          $mh ms"
echo "median |curl - hwb| per pair:  $md ms (target <= 1 ms)"
# Quantile pairing: the i-th fastest curl request against the i-th fastest hwb request. It compares the
# two distributions without the pairing noise of requests that simply were not the same request.
qq=$(paste <(printf '%s\n' "${curls[@]}" | sort -g) <(printf '%s\n' "${hwbs[@]}" | sort -g) \
    | awk '{d = $1 - $2; if (d < 0) d = -d; printf "%.3f\n", d}' | median)
echo "median |curl - hwb| by quantile: $qq ms"
echo "difference of medians:         $(awk -v a="$mc" -v b="$mh" 'BEGIN {d = a - b; if (d < 0) d = -d; printf "%.3f", d}') ms"
