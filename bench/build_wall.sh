#!/usr/bin/env bash
# `hwb build PLUGIN --mode go` wall time vs the same `go build` typed in a shell (the plan's own command
# preview, run by sh). Both build with a warm Go cache, alternating, N rounds; prints medians and the ratio.
# Usage: bench/build_wall.sh [BUILD_DIR] [PLUGIN] [ROUNDS] [warm|cold]   (target: ratio <= 1.03)
# warm: Go's build cache is warm (a ~0.2 s rebuild: hwb's fixed costs, planning and the artifact
# inspection after the build, dominate). cold: each build gets an empty GOCACHE (what a first build costs).
set -euo pipefail
BUILD=${1:-build/release}
PLUGIN=${2:-ai-proxy-lite}
ROUNDS=${3:-7}
CACHE=${4:-warm}
HWB="$BUILD/bin/hwb"
WS=$(mktemp -d)
trap 'rm -rf "$WS"' EXIT
cp -r resources/demo-workspace/. "$WS/"
export GOFLAGS="-mod=mod -buildvcs=false" GOPROXY=off GOTOOLCHAIN=local
export HWB_HISTORY_FILE="$WS/history.sqlite" HWB_PROFILE_FILE="$WS/profiles.json"
CMD=$("$HWB" plan "$PLUGIN" --mode go --workspace "$WS" --no-profile --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["command_line"])')
echo "peer: $CMD"
now() { date +%s%N; }
sh -c "$CMD" >/dev/null 2>&1 # warm the Go cache
hwb_times=(); sh_times=()
for _ in $(seq "$ROUNDS"); do
    [ "$CACHE" = cold ] && export GOCACHE="$WS/gocache-hwb-$RANDOM"
    t0=$(now); "$HWB" build "$PLUGIN" --mode go --workspace "$WS" --no-profile --no-history >/dev/null; t1=$(now)
    [ "$CACHE" = cold ] && export GOCACHE="$WS/gocache-sh-$RANDOM"
    sh -c "$CMD" >/dev/null; t2=$(now)
    hwb_times+=($(( (t1 - t0) / 1000000 ))); sh_times+=($(( (t2 - t1) / 1000000 )))
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
H=$(median "${hwb_times[@]}"); S=$(median "${sh_times[@]}")
echo "hwb build: ${hwb_times[*]} ms (median $H)"
echo "shell go build: ${sh_times[*]} ms (median $S)"
awk -v h="$H" -v s="$S" 'BEGIN { printf "ratio hwb/shell = %.3f (target <= 1.03)\n", h / s }'
