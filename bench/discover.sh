#!/usr/bin/env bash
# Discover and evaluate a 100-plugin Higress-shaped tree with hwb, against the shell doing the evaluation:
#   find … -name .buildrc -exec sh -c '. "$0"; echo "$EXTRA_TAGS"' {} \;
# Prints wall times (best of RUNS) and the ratios. Usage: bash bench/discover.sh [path/to/hwb or a build folder]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
hwb=${1:-$here/build/release/bin/hwb}
[ -d "$hwb" ] && hwb=$hwb/bin/hwb # a build folder, as the other benchmarks take
[ -f "$hwb" ] && [ -x "$hwb" ] || hwb=$here/build/dev/bin/hwb
"$hwb" --version >/dev/null || { echo "no usable hwb at $hwb" >&2; exit 1; }
runs=${RUNS:-5}
tree=$(mktemp -d)
trap 'rm -rf "$tree"' EXIT

bash "$here/bench/make-tree.sh" "$tree" 100

now() { date +%s%N; }
best() { # best wall time in ms of running "$@" RUNS times, output discarded
    local best=999999999 t0 t1
    for _ in $(seq "$runs"); do
        t0=$(now); "$@" >/dev/null 2>&1 || true; t1=$(now)
        (( (t1 - t0) / 1000 < best )) && best=$(( (t1 - t0) / 1000 ))
    done
    echo "$best"
}

peer() { find "$tree/plugins" -name .buildrc -exec sh -c '. "$0"; echo "$0: $EXTRA_TAGS"' {} \; ; }
one_process() { "$hwb" plugins --workspace "$tree" --json --buildrc; }
per_file() {
    "$hwb" plugins --workspace "$tree" --json
    find "$tree/plugins" -name .buildrc -exec "$hwb" buildrc eval {} --json \;
}

files=$(find "$tree/plugins" -name .buildrc | wc -l)
t_peer=$(best peer)
t_one=$(best one_process)
t_per=$(best per_file)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
echo "tree: 100 plugins, $files .buildrc files (best of $runs runs, microseconds)"
echo "peer  find -exec sh -c '. \$0' (evaluate only):          $t_peer"
echo "hwb   plugins --json --buildrc (discover + evaluate):    $t_one   ratio peer/hwb = $(ratio "$t_peer" "$t_one")"
echo "hwb   plugins --json + buildrc eval per file:            $t_per   ratio peer/hwb = $(ratio "$t_peer" "$t_per")"
