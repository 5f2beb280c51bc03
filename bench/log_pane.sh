#!/usr/bin/env bash
# Log pane throughput and peak memory on 100 MB of build-like output, through what the Build page uses
# (line splitter, parsers, LogModel with 100 ms batches): `hwb build --feed-log FILE`.
# Peer: `cat FILE > /dev/null` for throughput, and the file size for memory (a pane that kept everything).
# Usage: bench/log_pane.sh [BUILD_DIR] [MB]
set -euo pipefail
BUILD=${1:-build/release}
MB=${2:-100}
HWB="$BUILD/bin/hwb"
F=$(mktemp)
trap 'rm -f "$F"' EXIT
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
OUT=$("$HWB" build --feed-log "$F" x)
echo "$OUT"
python3 - "$OUT" "$SIZE" "$CAT_MS" <<'PY'
import json, sys
r = json.loads(sys.argv[1]); size = int(sys.argv[2]); cat_ms = int(sys.argv[3])
print(f"throughput {r['mb_per_s']:.1f} MB/s over {size/1048576:.0f} MB; cat: {size/1048576/(cat_ms/1000):.0f} MB/s")
print(f"peak RSS {r['peak_rss_kb']/1024:.1f} MB = {r['peak_rss_kb']*1024/size:.3f} x the output size; "
      f"max event-loop gap {r['max_event_gap_ms']} ms; kept {r['kept_lines']} of {r['lines']} lines")
PY
