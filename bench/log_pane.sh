#!/usr/bin/env bash
# Log pane throughput, peak memory and responsiveness on 100 MB of build-like output, as the user sees it:
# `higress-workbench --bench-log-pane FILE` shows the Build page (offscreen) and feeds the file through the page's
# own path in 64 KiB chunks (line splitter, parsers, LogModel with 100 ms batches, and the view painting them).
# A 10 ms QTimer measures the longest time the event loop stood still: how long the window froze.
# `hwb build --feed-log FILE` gives the same figures for the models without the view, to tell the two apart.
# Peer: `cat FILE > /dev/null` for throughput, and the file size for memory (a pane that kept everything).
# Usage: bench/log_pane.sh [BUILD_DIR] [MB] [WxH]
set -euo pipefail
BUILD=${1:-build/release}
MB=${2:-100}
SIZE_WH=${3:-1280x800}
HWB="$BUILD/bin/hwb"
GUI="$BUILD/bin/higress-workbench"
F=$(mktemp)
STATE=$(mktemp -d) # the page's settings and history: none of the user's
trap 'rm -rf "$F" "$STATE"' EXIT
python3 - "$F" "$MB" <<'PY'
import sys
path, mb = sys.argv[1], int(sys.argv[2])
lines = [
    "#9 12.34 github.com/alibaba/higress/plugins/wasm-go/extensions/ai-proxy-lite/provider",
    "./main.go:57:28: cannot use \"x\" (untyped string constant) as int value in return statement",
    "\x1b[32mok\x1b[0m   some/package/path   0.123s  coverage: 81.2% of statements in the package under test",
    "#7 [builder 3/5] COPY . .",
    "make: *** [Makefile:38: local-build] Error 2",
]
block = ("\n".join(lines) + "\n").encode()
with open(path, "wb") as f:
    target = mb * 1024 * 1024
    written = 0
    while written < target:
        f.write(block * 1000)
        written += len(block) * 1000
PY
SIZE=$(stat -c %s "$F")
t0=$(date +%s%N); cat "$F" > /dev/null; t1=$(date +%s%N)
CAT_MS=$(( (t1 - t0) / 1000000 + 1 ))
MODELS=$("$HWB" build --feed-log "$F" x)
PANE=$(QT_QPA_PLATFORM=offscreen XDG_DATA_HOME="$STATE/d" XDG_CONFIG_HOME="$STATE/c" XDG_CACHE_HOME="$STATE/k" \
    "$GUI" --bench-log-pane "$F" --size "$SIZE_WH")
echo "models: $MODELS"
echo "pane:   $PANE"
python3 - "$MODELS" "$PANE" "$SIZE" "$CAT_MS" "$SIZE_WH" <<'PY'
import json, sys
models, pane = json.loads(sys.argv[1]), json.loads(sys.argv[2])
size = int(sys.argv[3]); cat_ms = int(sys.argv[4]); mb = size / 1048576
cat = mb / (cat_ms / 1000)
for name, r in (("Build page log pane (view shown, %s)" % sys.argv[5], pane), ("models only (no view)", models)):
    print(f"{name}: {r['mb_per_s']:.1f} MB/s over {mb:.0f} MB = {r['mb_per_s'] / cat:.4f} x cat ({cat:.0f} MB/s); "
          f"peak RSS {r['peak_rss_kb'] / 1024:.1f} MB = {r['peak_rss_kb'] * 1024 / size:.3f} x the output size; "
          f"longest event-loop stall {r['max_event_gap_ms']} ms (watchdog every {r['watchdog_ms']} ms), "
          f"{r['stalls_over_50ms']} stalls over 50 ms; kept {r['kept_lines']} of {r['lines']} lines, "
          f"{r['diagnostics']} problems")
PY
