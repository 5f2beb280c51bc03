#!/usr/bin/env bash
# Checks the container path the tests rely on, offline, in a few seconds:
#   1. 'docker import' of a busybox rootfs, 'docker run' of it
#   2. a '-p 127.0.0.1:PORT:PORT' published port reachable from the host
#   3. a host server on 0.0.0.0 reachable from a container via
#      '--add-host host.docker.internal:host-gateway'
# Needs busybox-static (scripts/packages/*) and a running daemon (scripts/ensure-docker.sh).
# Note: busybox 1.35's 'wget -T N' segfaults (exit 139); it is not used here.
set -euo pipefail
# shellcheck disable=SC2034  # read by lib/common.sh
HWB_LOG_TAG=docker-selftest
# shellcheck source=lib/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

DOCKER="$(hwb_docker_bin)"
BB="$(command -v busybox || true)"
[ -n "$BB" ] || hwb_die "busybox not found (apt-get install busybox-static)"
# The image has no libc: busybox must be static ('ldd' exits 1 for static binaries).
case "$(ldd "$BB" 2>&1 || true)" in
    *"not a dynamic"*|*"statically linked"*) ;;
    *) hwb_die "$BB is not static; install busybox-static" ;;
esac

IMG=hwb-selftest/busybox:latest
NAME="hwb-selftest-$$"
work="$(mktemp -d "${TMPDIR:-/tmp}/hwb-selftest.XXXXXX")"
host_pid=""
cleanup() {
    "$DOCKER" rm -f "$NAME" >/dev/null 2>&1 || true
    [ -n "$host_pid" ] && kill "$host_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

free_port() {  # a free TCP port on the host, from a random start
    local p=$(( 20000 + RANDOM % 20000 ))
    while (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; do p=$((p + 1)); done
    echo "$p"
}

mkdir -p "$work/root/bin" "$work/root/www" "$work/host"
cp "$BB" "$work/root/bin/busybox"
ln -s busybox "$work/root/bin/sh"
echo from-container >"$work/root/www/index.html"
tar -C "$work/root" -cf "$work/rootfs.tar" .
"$DOCKER" import "$work/rootfs.tar" "$IMG" >/dev/null
out="$(timeout 60 "$DOCKER" run --rm "$IMG" /bin/busybox echo ok)"
[ "$out" = ok ] || hwb_die "docker run printed '$out', expected 'ok'"
hwb_log "import + run: ok"

p="$(free_port)"
"$DOCKER" run -d --name "$NAME" -p "127.0.0.1:$p:$p" "$IMG" /bin/busybox httpd -f -p "$p" -h /www >/dev/null
got=""
for _ in $(seq 1 50); do
    got="$(curl -fsS -m 2 "http://127.0.0.1:$p/index.html" 2>/dev/null || true)"
    [ "$got" = from-container ] && break; sleep 0.2
done
[ "$got" = from-container ] || hwb_die "published port 127.0.0.1:$p not reachable from the host"
"$DOCKER" rm -f "$NAME" >/dev/null
hwb_log "published port 127.0.0.1:$p -> container: ok"

hp="$(free_port)"
echo from-host >"$work/host/index.html"
"$BB" httpd -f -p "0.0.0.0:$hp" -h "$work/host" &
host_pid=$!
sleep 0.3
got="$(timeout 30 "$DOCKER" run --rm --add-host host.docker.internal:host-gateway "$IMG" \
        /bin/busybox sh -c "grep host.docker.internal /etc/hosts | cut -f1 | cut -d' ' -f1; /bin/busybox wget -q -O - http://host.docker.internal:$hp/index.html" 2>&1 || true)"
gw="$(head -n1 <<<"$got")"
[ "$(tail -n1 <<<"$got")" = from-host ] || hwb_die "container could not reach the host at host.docker.internal:$hp (host-gateway=$gw): $got"
hwb_log "container -> host via host.docker.internal (host-gateway = $gw) :$hp: ok"
"$DOCKER" rmi "$IMG" >/dev/null 2>&1 || true
