#!/usr/bin/env bash
# Runs scripts/test.sh inside a fresh Debian chroot made with debootstrap (minbase,
# cached), with only what scripts/deps.sh installs. CI stage 2 is the trixie one
# (scripts/ci-trixie.sh: Qt 6.8, KF6 SyntaxHighlighting, Go 1.24); 'bookworm'
# reproduces a fresh Debian 12 machine (the host's /usr/local/go is bind-mounted in).
#
#   scripts/ci-chroot.sh SUITE [EXTRA CTEST ARGS...]      SUITE: trixie | bookworm
#   scripts/ci-chroot.sh SUITE --exec CMD [ARGS...]       debug: run CMD in $HWB_CI_SHARE/src
#                                                         inside the chroot (same mounts and env),
#                                                         reusing the last copy and build there
#
# Layout (root only):
#   $HWB_CI_CACHE/SUITE-rootfs      cached minbase rootfs (default /var/cache/hwb-ci),
#                                   rebuilt when missing, unfinished or broken
#   $HWB_CI_SHARE                   default /var/tmp/hwb-ci, bind-mounted at the SAME path
#                                   inside the chroot: src/ (copy of the tracked files),
#                                   tmp/ (TMPDIR), cache/ (Go module and build caches).
#                                   Containers are started by the HOST daemon (its socket is
#                                   bind-mounted in), which resolves '-v HOSTPATH:...' on the
#                                   host: identical paths make those mounts work.
# Env: HWB_CI_REBUILD=1 (fresh rootfs), HWB_DEBIAN_MIRROR (default: the host's apt mirror),
#      HWB_PRESET, CI.
set -euo pipefail
{ # parsed whole before it runs, so editing this file mid-run cannot break the run
SUITE="${1:?usage: $0 SUITE [ctest args...] | SUITE --exec CMD...}"; shift
EXEC=0; if [ "${1:-}" = --exec ]; then EXEC=1; shift; [ $# -gt 0 ] || { echo "usage: $0 SUITE --exec CMD..." >&2; exit 2; }; fi
# shellcheck disable=SC2034  # read by lib/common.sh
HWB_LOG_TAG="$SUITE"
# shellcheck source=lib/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
cd "$HWB_ROOT"

CACHE="${HWB_CI_CACHE:-/var/cache/hwb-ci}"
ROOT="$CACHE/$SUITE-rootfs"
SHARE="${HWB_CI_SHARE:-/var/tmp/hwb-ci}"
SRC="$SHARE/src"
TMP="$SHARE/tmp"
STAMP="$ROOT/.hwb-rootfs-ok"
PRESET="${HWB_PRESET:-dev}"
# Client only where Debian splits it out (trixie: docker-cli); bookworm's docker.io
# brings the daemon too, which policy-rc.d keeps from starting.
case "$SUITE" in bookworm) DEPS_DOCKER=full ;; *) DEPS_DOCKER=cli ;; esac
CHROOT_PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin

[ "$(id -u)" = 0 ] || hwb_die "needs root (debootstrap, mount, chroot)"
step() { printf '\n[%s] ===== %s =====\n' "$SUITE" "$*"; }
t_start=$(hwb_now)

# --- mirror: the one the host's apt uses for Debian's main archive ---------------
host_mirror() {
    local f uri code
    code="$(. /etc/os-release 2>/dev/null; echo "${VERSION_CODENAME:-bookworm}")"
    # deb822 *.sources: URIs of an enabled stanza whose Suites include the host's release.
    for f in /etc/apt/sources.list.d/*.sources; do
        [ -r "$f" ] || continue
        uri="$(awk -v code="$code" 'BEGIN{RS=""; FS="\n"}
                    { u=""; s=""; en=1
                      for (i=1;i<=NF;i++) {
                        if ($i ~ /^URIs:/)   { u=$i; sub(/^URIs:[ \t]*/,"",u); sub(/[ \t].*/,"",u) }
                        if ($i ~ /^Suites:/) { s=$i " " }
                        if ($i ~ /^Enabled:[ \t]*no/) { en=0 } }
                      if (en && u ~ /^https?:/ && index(s, " " code " ") > 0) { print u; exit } }' "$f")"
        [ -n "$uri" ] && { echo "${uri%/}"; return; }
    done
    # one-line sources.list format: deb [opts] URI SUITE COMPONENTS...
    uri="$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null \
           | awk -v code="$code" '$1=="deb" { i=2; if ($2 ~ /^\[/) { while ($i !~ /\]$/) i++; i++ }
                                  if ($i ~ /^https?:/ && $(i+1) == code) { print $i; exit } }')"
    echo "${uri:-http://deb.debian.org/debian}" | sed 's:/*$::'
}
MIRROR="${HWB_DEBIAN_MIRROR:-$(host_mirror)}"

# --- mounts -----------------------------------------------------------------------
mounts_under() {  # mount points at or below $1, deepest first
    awk -v r="$1" '{ m=$5; gsub(/\\040/," ",m); if (m==r || index(m, r"/")==1) print m }' /proc/self/mountinfo | sort -r
}
unmount_all() {  # everything mounted at or below $1 (default: the rootfs)
    local m
    while IFS= read -r m; do
        [ -n "$m" ] || continue
        umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || hwb_warn "could not unmount $m"
    done < <(mounts_under "${1:-$ROOT}")
}
kill_chroot_procs() {  # processes left running inside the chroot (started by this stage)
    local p r pids=()
    for p in /proc/[0-9]*; do
        r="$(readlink "$p/root" 2>/dev/null || true)"
        [ "$r" = "$ROOT" ] && pids+=("${p#/proc/}")
    done
    [ ${#pids[@]} = 0 ] && return 0
    hwb_log "stopping processes left in the chroot: ${pids[*]}"
    kill -TERM "${pids[@]}" 2>/dev/null || true
    sleep 2
    kill -KILL "${pids[@]}" 2>/dev/null || true
}
safe_rm_tree() {  # never follow a bind mount into the host while deleting a rootfs
    [ -e "$1" ] || return 0
    unmount_all "$1"
    [ -z "$(mounts_under "$1")" ] || hwb_die "refusing to delete $1: still has mounts: $(mounts_under "$1" | tr '\n' ' ')"
    rm -rf --one-file-system "$1"
}
cleanup() {
    local rc=$?
    set +e
    kill_chroot_procs
    unmount_all
    if [ -n "$(mounts_under "$ROOT")" ]; then
        hwb_warn "mounts left under $ROOT: $(mounts_under "$ROOT" | tr '\n' ' ')"
    fi
    rm -rf --one-file-system "$TMP"
    exit "$rc"
}

# One stage at a time per machine: the rootfs and $SHARE are shared.
mkdir -p "$CACHE" "$SHARE"
exec 9>"$CACHE/.lock"
flock -w 3600 9 || hwb_die "another ci-chroot run holds $CACHE/.lock"
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
unmount_all   # leftovers of a killed run

# --- host side: debootstrap and a Docker daemon -------------------------------------
step "host prerequisites"
bash scripts/deps.sh debootstrap
bash scripts/ensure-docker.sh
HOST_SOCK="$(readlink -f /var/run/docker.sock)"
[ -S "$HOST_SOCK" ] || hwb_die "host docker socket not found at /var/run/docker.sock"

# --- the rootfs ----------------------------------------------------------------------
rootfs_ok() {
    [ -f "$STAMP" ] || return 1
    chroot "$ROOT" /bin/true 2>/dev/null || return 1
    [ -z "$(chroot "$ROOT" dpkg --audit 2>&1)" ] || return 1
}
step "rootfs $ROOT (mirror $MIRROR)"
if [ "${HWB_CI_REBUILD:-0}" = 1 ] && [ -d "$ROOT" ]; then hwb_log "HWB_CI_REBUILD=1: removing cached rootfs"; safe_rm_tree "$ROOT"; fi
if rootfs_ok; then
    hwb_log "reusing cached rootfs (made $(cat "$STAMP"))"
else
    [ -e "$ROOT" ] && { hwb_log "cached rootfs missing its stamp or broken: rebuilding"; safe_rm_tree "$ROOT"; }
    t=$(hwb_now)
    tmproot="$ROOT.partial"
    safe_rm_tree "$tmproot"
    if ! debootstrap --variant=minbase --components=main "$SUITE" "$tmproot" "$MIRROR" >"$CACHE/debootstrap.log" 2>&1; then
        tail -n 30 "$CACHE/debootstrap.log" >&2
        [ -f "$tmproot/debootstrap/debootstrap.log" ] && tail -n 30 "$tmproot/debootstrap/debootstrap.log" >&2
        hwb_die "debootstrap $SUITE from $MIRROR failed (log: $CACHE/debootstrap.log)"
    fi
    # No service may start inside the chroot (package postinsts would try).
    printf '#!/bin/sh\nexit 101\n' >"$tmproot/usr/sbin/policy-rc.d"; chmod 755 "$tmproot/usr/sbin/policy-rc.d"
    echo "deb $MIRROR $SUITE main" >"$tmproot/etc/apt/sources.list"
    printf 'APT::Install-Recommends "false";\nAcquire::Retries "3";\n' >"$tmproot/etc/apt/apt.conf.d/90hwb"
    echo hwb-ci >"$tmproot/etc/hostname"
    mv "$tmproot" "$ROOT"
    date -Is >"$STAMP"
    hwb_log "debootstrap took $(hwb_fmt_secs $(( $(hwb_now) - t )))"
fi

# --- mounts and files from the host --------------------------------------------------
step "mounts"
mount -t proc proc "$ROOT/proc"
mount --bind /sys "$ROOT/sys"
mount -o remount,bind,ro "$ROOT/sys" 2>/dev/null || hwb_warn "could not make $ROOT/sys read-only"
mount --bind /dev "$ROOT/dev"
mount --bind /dev/pts "$ROOT/dev/pts"
[ -d /dev/shm ] && mount --bind /dev/shm "$ROOT/dev/shm"
mount -t tmpfs -o mode=755 tmpfs "$ROOT/run"
mkdir -p "$ROOT/run/lock" && chmod 1777 "$ROOT/run/lock"
touch "$ROOT/run/docker.sock"
mount --bind "$HOST_SOCK" "$ROOT/run/docker.sock"
[ "$(readlink "$ROOT/var/run")" = /run ] || [ "$(readlink "$ROOT/var/run")" = ../run ] \
    || { rm -rf "$ROOT/var/run"; ln -s /run "$ROOT/var/run"; }
mkdir -p "$ROOT$SHARE"
mount --bind "$SHARE" "$ROOT$SHARE"
# Debian 12 has no Go >= 1.24: use the host's upstream Go, as a Debian 12 machine would.
if [ "$SUITE" = bookworm ] && [ -x /usr/local/go/bin/go ]; then
    mkdir -p "$ROOT/usr/local/go"
    mount --bind /usr/local/go "$ROOT/usr/local/go"
    mount -o remount,bind,ro "$ROOT/usr/local/go" 2>/dev/null || true
fi
cp -L /etc/resolv.conf "$ROOT/etc/resolv.conf"
cp -L /etc/hosts "$ROOT/etc/hosts"
mounts_under "$ROOT" | sort | sed 's/^/  /'

# --- the source tree (tracked + untracked-not-ignored files; no build dirs) --------
copy_source() {
    rm -rf --one-file-system "$SRC" "$TMP"
    mkdir -p "$SRC" "$TMP" "$SHARE/cache"
    chmod 1777 "$TMP"
    if git -C "$HWB_ROOT" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
        git -C "$HWB_ROOT" ls-files -z --cached --others --exclude-standard \
            | (cd "$HWB_ROOT" && while IFS= read -r -d '' f; do
                   case "$f" in build/*|build-*/*) continue ;; esac   # stage 1's build trees
                   if [ -e "$f" ] || [ -L "$f" ]; then printf '%s\0' "$f"; fi   # skip deleted files
               done) \
            | tar -C "$HWB_ROOT" --null -T - -cf - | tar -C "$SRC" -xf -
    else
        hwb_warn "not a git checkout: copying everything but build/ and .git/"
        tar -C "$HWB_ROOT" --exclude=./build --exclude=./.git -cf - . | tar -C "$SRC" -xf -
    fi
    hwb_log "$(find "$SRC" -type f | wc -l) files"
}
if [ $EXEC = 1 ] && [ -d "$SRC" ]; then
    mkdir -p "$TMP" && chmod 1777 "$TMP"
else
    step "copy source to $SRC"
    copy_source
fi

# --- run inside ------------------------------------------------------------------------
in_chroot() {
    chroot "$ROOT" /usr/bin/env -i \
        PATH="$CHROOT_PATH" HOME=/root LANG=C.UTF-8 TERM="${TERM:-dumb}" USER=root \
        CI="${CI:-}" TMPDIR="$TMP" HWB_PRESET="$PRESET" \
        HWB_NO_DOCKERD=1 HWB_DEPS_DOCKER="$DEPS_DOCKER" HWB_DOCKER=/usr/bin/docker \
        GOMODCACHE="$SHARE/cache/gomod" GOCACHE="$SHARE/cache/gobuild" CCACHE_DIR="$SHARE/cache/ccache-$SUITE" \
        ${GOPROXY:+GOPROXY="$GOPROXY"} ${GOSUMDB:+GOSUMDB="$GOSUMDB"} ${GOFLAGS:+GOFLAGS="$GOFLAGS"} \
        /bin/bash -c 'cd "$0" && exec "$@"' "$SRC" "$@"
}

if [ $EXEC = 1 ]; then
    step "exec: $*"
    rc=0; in_chroot "$@" || rc=$?
    exit "$rc"
fi

step "packages (scripts/deps.sh inside the chroot)"
t=$(hwb_now)
in_chroot bash scripts/deps.sh
hwb_log "packages took $(hwb_fmt_secs $(( $(hwb_now) - t )))"

step "toolchain"
in_chroot bash -c '
    set -e
    . /etc/os-release; echo "os:      $PRETTY_NAME"
    echo "cmake:   $(cmake --version | head -n1)"
    echo "qt:      $(qmake6 -query QT_VERSION)"
    echo "go:      $(PATH="$PATH:/usr/local/go/bin" go version)"
    echo "docker:  client $(docker version --format "{{.Client.Version}}") -> host server $(docker version --format "{{.Server.Version}}")"
    kf6="/usr/lib/$(gcc -print-multiarch)/cmake/KF6SyntaxHighlighting"
    if [ -d "$kf6" ]; then echo "kf6:     $kf6"; else echo "kf6:     not installed ($kf6)"; [ "$0" != trixie ]; fi' "$SUITE"

step "scripts/test.sh (preset $PRESET) inside $SUITE"
rc=0
in_chroot bash scripts/test.sh "$@" || rc=$?
hwb_log "stage total $(hwb_fmt_secs $(( $(hwb_now) - t_start ))); test.sh exit $rc"
exit "$rc"
}
