#!/usr/bin/env bash
# CI stage 2: scripts/test.sh inside a cached Debian 13 (trixie) debootstrap chroot
# (Qt 6.8, KF6 SyntaxHighlighting, Go 1.24). See scripts/ci-chroot.sh.
#   scripts/ci-trixie.sh [EXTRA CTEST ARGS...]
exec bash "$(dirname "${BASH_SOURCE[0]}")/ci-chroot.sh" trixie "$@"
