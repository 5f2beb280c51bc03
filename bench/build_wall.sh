#!/usr/bin/env bash
# `hwb build PLUGIN --mode go` wall time (as users run it: plan, build, inspection, history record) vs the same
# `go build` typed in a shell (the plan's own command preview, run by sh), N rounds; prints both medians and the
# median of the per-round ratios. As users run it means through the build server (docs/build-server.md), which
# the warm-up build starts; HWB_BUILD_SERVER=0 measures a fresh hwb-cli per build instead.
# Usage: bench/build_wall.sh [BUILD_DIR] [PLUGIN] [ROUNDS] [cold|edit|warm] [WORKSPACE]   (target: ratio <= 1.03)
# WORKSPACE defaults to the bundled demo workspace; pass a Higress checkout to measure a real plugin (its
# modules must already be in the Go module cache, as the bench runs with GOPROXY=off). It is copied first.
# cold: each build gets an empty GOCACHE (a first build, tens of seconds).
# edit: the plugin's main.go changes before every build (the edit-build loop: Go recompiles the plugin
#       package and relinks, ~0.2 s).
# warm: nothing changed (a no-op rebuild, ~50 ms: hwb's fixed costs, start-up, planning and the artifact
#       inspection, are all that is measured besides Go's own up-to-date check).
set -euo pipefail
BUILD=${1:-build/release}
PLUGIN=${2:-ai-proxy-lite}
CACHE=${4:-warm}
# Enough rounds that the median is known to about +-0.01 (the interval below says): a no-op build takes ~50 ms, so
# 401 rounds take about a minute; an edit-build ~0.2 s; a cold one tens of seconds.
case "$CACHE" in warm) DEFAULT_ROUNDS=401 ;; edit) DEFAULT_ROUNDS=101 ;; *) DEFAULT_ROUNDS=5 ;; esac
ROUNDS=${3:-$DEFAULT_ROUNDS}
SOURCE_WS=${5:-resources/demo-workspace}
HWB="$BUILD/bin/hwb"
# Each side builds its own copy: Go touches an output it finds up to date, and hwb must not take the shell's
# touch for a change of the file it judged last time (it would read the module again). Both copies share
# GOCACHE, and Go keys compiles by folder, so each does the same work.
WS=$(mktemp -d)
# The bench's own runtime folder: its server is the one measured, and it is stopped at the end.
mkdir -m 700 "$WS/runtime"
export XDG_RUNTIME_DIR="$WS/runtime"
trap '"$HWB" build-server stop >/dev/null 2>&1; rm -rf "$WS"' EXIT
mkdir "$WS/hwb" "$WS/sh"
cp -r "$SOURCE_WS/." "$WS/hwb/"
cp -r "$SOURCE_WS/." "$WS/sh/"
export GOFLAGS="-mod=mod -buildvcs=false" GOPROXY=off GOTOOLCHAIN=local
export HWB_HISTORY_FILE="$WS/history.sqlite" HWB_PROFILE_FILE="$WS/profiles.json"
plan_field() { "$HWB" plan "$PLUGIN" --mode go --workspace "$WS/$1" --no-profile --json \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)[sys.argv[1]])' "$2"; }
CMD=$(plan_field sh command_line)
echo "peer: $CMD"
now() { date +%s%N; }
sh -c "$CMD" >/dev/null 2>&1 # warm the Go cache, for both copies
"$HWB" build "$PLUGIN" --mode go --workspace "$WS/hwb" --no-profile >/dev/null
server_running() { "$HWB" build-server status --json | python3 -c 'import json,sys; sys.exit(not json.load(sys.stdin)["running"])'; }
if [ "${HWB_BUILD_SERVER:-1}" != 0 ]; then
    for _ in $(seq 50); do server_running && break; sleep 0.1; done
    server_running || { echo "the build server did not start" >&2; exit 1; }
    echo "hwb: through the build server (pid $("$HWB" build-server status --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["pid"])'))"
    # A server's first builds fault in the code and data a build touches; a user's server has done that long ago.
    for _ in 1 2 3; do "$HWB" build "$PLUGIN" --mode go --workspace "$WS/hwb" --no-profile >/dev/null; done
else
    echo "hwb: a fresh hwb-cli per build (HWB_BUILD_SERVER=0)"
fi
HWB_PLUGIN_DIR=$(dirname "$(plan_field hwb artifact)")
SH_PLUGIN_DIR=$(dirname "$(plan_field sh artifact)")
# A different comment each time changes the package's content hash, so Go must recompile it.
touch_source() { [ "$CACHE" = edit ] && echo "// bench edit $RANDOM$RANDOM" >> "$1/main.go"; return 0; }
run_hwb() {
    [ "$CACHE" = cold ] && export GOCACHE="$WS/gocache-hwb-$RANDOM"
    touch_source "$HWB_PLUGIN_DIR"
    local t0; t0=$(now); "$HWB" build "$PLUGIN" --mode go --workspace "$WS/hwb" --no-profile >/dev/null
    hwb_times+=($(( ($(now) - t0) / 100000 )))
}
run_sh() {
    [ "$CACHE" = cold ] && export GOCACHE="$WS/gocache-sh-$RANDOM"
    touch_source "$SH_PLUGIN_DIR"
    local t0; t0=$(now); sh -c "$CMD" >/dev/null
    sh_times+=($(( ($(now) - t0) / 100000 )))
}
# Each round runs both, in a random order, back to back: on a machine whose speed drifts (a shared VM swings
# by 2x within a minute), the ratio within a round is what the drift leaves alone, so its median is the figure.
hwb_times=(); sh_times=()
for _ in $(seq "$ROUNDS"); do
    if (( RANDOM % 2 )); then run_hwb; run_sh; else run_sh; run_hwb; fi
done
tenths() { printf '%s\n' "$@" | awk '{printf "%s%.1f", (NR > 1 ? " " : ""), $1 / 10}'; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "hwb build: $(tenths "${hwb_times[@]}") ms (median $(printf '%s\n' "${hwb_times[@]}" | median | awk '{print $1 / 10}'))"
echo "shell go build: $(tenths "${sh_times[@]}") ms (median $(printf '%s\n' "${sh_times[@]}" | median | awk '{print $1 / 10}'))"
# The median's 95% interval without assuming a distribution: the order statistics k and n+1-k of the sorted ratios,
# k = n/2 - 0.98 sqrt(n), as the binomial count of rounds below the true median gives it; its real coverage is
# 1 - 2 P(Bin(n, 1/2) <= k-1), printed as such (below 6 rounds no k reaches 95%). Per-round ratios on a shared VM
# scatter by +-10%; the interval says how far the median itself may be off.
paste <(printf '%s\n' "${hwb_times[@]}") <(printf '%s\n' "${sh_times[@]}") | awk '{print $1 / $2}' | sort -g \
    | awk '{r[NR] = $1} END {
        n = NR; k = int(n / 2 - 0.98 * sqrt(n)); if (k < 1) k = 1
        p = 0.5 ^ n; below = 0
        for (i = 0; i < k; i++) { below += p; p = p * (n - i) / (i + 1) } # P(Bin(n, 1/2) <= k-1)
        printf "ratio hwb/shell = %.3f, the median of %d rounds (%.0f%% interval %.3f-%.3f; target <= 1.03)\n",
            r[int((n + 1) / 2)], n, 100 * (1 - 2 * below), r[k], r[n + 1 - k] }'
