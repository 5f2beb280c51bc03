#!/usr/bin/env bash
# hwb inspect --json vs wasm-objdump -x (wabt) on the same >= 10 MB proxy-wasm module, as whole processes.
# The module is built here: the demo hello-world plugin plus a 12 MB //go:embed asset, with the Go on PATH
# (offline: the demo uses local replace directives). Reports the time ratio and both peak RSS figures.
# Targets: hwb at least 10x faster; hwb peak RSS at most file size + 20 MB.
#   usage: bash bench/inspect.sh        (HWB=path/to/hwb to pick a binary; default: release, else dev build)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
hwb=${HWB:-$here/build/release/bin/hwb}
[ -x "$hwb" ] || hwb=$here/build/dev/bin/hwb
command -v wasm-objdump >/dev/null || { echo "wasm-objdump missing: apt-get install wabt" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time missing: apt-get install time" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$here/resources/demo-workspace/plugins/wasm-go" "$work/"
plugin=$work/wasm-go/extensions/hello-world
head -c $((12 * 1024 * 1024)) /dev/urandom > "$plugin/asset.bin"
cat > "$plugin/asset.go" <<'GO'
package main

import _ "embed"

//go:embed asset.bin
var asset []byte

func init() {
	if len(asset) == 0 {
		panic("asset missing")
	}
}
GO
(cd "$plugin" && GOOS=wasip1 GOARCH=wasm GOFLAGS="-mod=mod -buildvcs=false" GOPROXY=off GOTOOLCHAIN=local \
    go build -buildmode=c-shared -o "$work/big.wasm" .)
module=$work/big.wasm
size=$(stat -c %s "$module")
echo "module: $(basename "$module"), $size bytes ($((size / 1024 / 1024)) MiB), hwb: $hwb"

# Both must read the whole module successfully before timing means anything.
"$hwb" inspect --json "$module" > "$work/hwb.json" || true
grep -q '"sha256"' "$work/hwb.json"
wasm-objdump -x "$module" > /dev/null

if command -v hyperfine >/dev/null; then
    hyperfine -N --warmup 2 --runs 10 --export-json "$work/times.json" \
        "$hwb inspect --json $module" "wasm-objdump -x $module" > /dev/null
    read -r t_hwb t_objdump < <(python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"]; print(r[0]["mean"], r[1]["mean"])' "$work/times.json")
else
    seconds() { local s; s=$(date +%s.%N); for _ in 1 2 3 4 5; do "$@" > /dev/null || true; done; echo "($(date +%s.%N) - $s) / 5" | bc -l; }
    t_hwb=$(seconds "$hwb" inspect --json "$module")
    t_objdump=$(seconds wasm-objdump -x "$module")
fi

rss() { /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F': ' '/Maximum resident set size/ {print $2}'; }
rss_hwb=$(rss "$hwb" inspect --json "$module")
rss_objdump=$(rss wasm-objdump -x "$module")
budget=$((size / 1024 + 20 * 1024))

python3 - "$t_hwb" "$t_objdump" "$rss_hwb" "$rss_objdump" "$budget" <<'PY'
import sys
t_hwb, t_obj, rss_hwb, rss_obj, budget = map(float, sys.argv[1:])
ratio = t_obj / t_hwb
print(f"time      hwb inspect --json {t_hwb*1000:8.1f} ms   wasm-objdump -x {t_obj*1000:8.1f} ms   ratio {ratio:5.1f}x  (target >= 10x: {'met' if ratio >= 10 else 'MISSED'})")
print(f"peak RSS  hwb inspect --json {rss_hwb/1024:8.1f} MiB  wasm-objdump -x {rss_obj/1024:8.1f} MiB  budget {budget/1024:.1f} MiB (file + 20 MiB: {'met' if rss_hwb <= budget else 'MISSED'})")
PY
