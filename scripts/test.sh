#!/usr/bin/env bash
# README "command 2": from a fresh clone, install what is needed, build, and run
# every test (labels unit, gui, integration, docker). Exit code = ctest's.
#
#   scripts/test.sh [EXTRA CTEST ARGS...]      e.g. scripts/test.sh -L unit
#
# Env: HWB_PRESET (default dev: configure, build and test preset of that name),
#      HWB_SKIP_DEPS=1 (skip apt), HWB_NO_DOCKERD=1 (use an existing daemon only),
#      HWB_DOCKER (docker client), HWB_GO (go binary), CI.
set -euo pipefail
{ # parsed whole before it runs, so editing this file mid-run cannot break the run
# shellcheck disable=SC2034  # read by lib/common.sh
HWB_LOG_TAG="test"
# shellcheck source=lib/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
cd "$HWB_ROOT"

PRESET="${HWB_PRESET:-dev}"
t_start=$(hwb_now)
step() { printf '\n[test] ===== %s =====\n' "$*"; }

step "dependencies ($(hwb_os))"
bash scripts/deps.sh
hwb_setup_go
hwb_setup_ccache
# Same build info on every machine: no VCS stamping (a CI clone has .git, the chroot copy not).
export GOFLAGS="${GOFLAGS:--buildvcs=false}"
hwb_log "go: $HWB_GO ($("$HWB_GO" version))"

step "docker daemon"
bash scripts/ensure-docker.sh
HWB_DOCKER="$(hwb_docker_bin)"; export HWB_DOCKER
bash scripts/docker-selftest.sh

# Tests never need a display; the demo does. Keep child tools quiet and uncoloured.
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
export NO_COLOR=1 CLICOLOR=0
export CTEST_OUTPUT_ON_FAILURE=1
export CTEST_PARALLEL_LEVEL="${CTEST_PARALLEL_LEVEL:-$(nproc)}"

step "configure (cmake --preset $PRESET)"
t=$(hwb_now)
cmake --preset "$PRESET"
hwb_log "configure took $(hwb_fmt_secs $(( $(hwb_now) - t )))"

step "build (cmake --build --preset $PRESET)"
t=$(hwb_now)
[ "${CI:-}" = true ] && [ -n "${CMAKE_CXX_COMPILER_LAUNCHER:-}" ] && ccache -z >/dev/null 2>&1 || true
cmake --build --preset "$PRESET" -j "$(nproc)"
hwb_log "build took $(hwb_fmt_secs $(( $(hwb_now) - t )))"
if [ -n "${CMAKE_CXX_COMPILER_LAUNCHER:-}" ] && command -v ccache >/dev/null 2>&1; then
    hwb_log "ccache: $(ccache -s 2>/dev/null | awk '/^  Hits:/ && !h {h=1; print} /^  Misses:/ && !m {m=1; print}' | tr -s ' ' | paste -sd';' -)"
fi

step "test (ctest --preset $PRESET --output-on-failure)"
t=$(hwb_now)
rc=0
ctest --preset "$PRESET" --output-on-failure --no-tests=error "$@" || rc=$?
hwb_log "tests took $(hwb_fmt_secs $(( $(hwb_now) - t ))); total $(hwb_fmt_secs $(( $(hwb_now) - t_start ))); ctest exit $rc"
exit "$rc"
}
