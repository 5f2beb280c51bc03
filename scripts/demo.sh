#!/usr/bin/env bash
# README "command 1": install what is needed, build, and open the app on its demo workspace.
#
#   scripts/demo.sh [APP ARGS...]     default APP ARGS: --demo
#   scripts/demo.sh --demo --screenshot out.png [--page NAME]   (works without a display)
#
# Env: HWB_PRESET (default dev, the build that scripts/test.sh reuses), HWB_SKIP_DEPS=1, HWB_DEMO_DOCKER=0 (don't start dockerd).
set -euo pipefail
# shellcheck disable=SC2034  # read by lib/common.sh
HWB_LOG_TAG=demo
# shellcheck source=lib/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

PRESET="${HWB_PRESET:-dev}"
args=("$@"); [ ${#args[@]} -gt 0 ] || args=(--demo)
screenshot=0
for a in "${args[@]}"; do [ "$a" = --screenshot ] && screenshot=1; done
# The app runs from here, so that relative paths in its arguments (a checkout, --screenshot out.png) are the user's.
start_dir="$PWD"
cd "$HWB_ROOT"

bash scripts/deps.sh # xvfb too, so that the advice below can be followed
if [ $screenshot = 0 ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    # Fail before the long build, with the two ways that work without a screen.
    hwb_die "no display (\$DISPLAY and \$WAYLAND_DISPLAY are unset), so the window cannot open. Either:
  xvfb-run -a -s '-screen 0 1600x1000x24' bash scripts/demo.sh     (a virtual X server)
  bash scripts/demo.sh --demo --screenshot demo.png [--page NAME]  (render to a PNG offscreen)"
fi
hwb_setup_go
hwb_setup_ccache
if [ "${HWB_DEMO_DOCKER:-1}" != 0 ]; then
    bash scripts/ensure-docker.sh || hwb_warn "no Docker daemon: the local gateway page will not work"
fi

cmake --preset "$PRESET"
cmake --build --preset "$PRESET" -j "$(nproc)"

app=""
for c in "build/$PRESET/bin/higress-workbench" "build/$PRESET/app/higress-workbench" "build/$PRESET/app/gui/higress-workbench"; do
    [ -x "$c" ] && { app="$c"; break; }
done
[ -n "$app" ] || hwb_die "built, but no higress-workbench binary under build/$PRESET/bin"

if [ $screenshot = 1 ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
fi
hwb_log "running $app ${args[*]}"
cd "$start_dir"
exec "$HWB_ROOT/$app" "${args[@]}"
