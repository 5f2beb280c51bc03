#!/usr/bin/env bash
# Makes sure a Docker daemon answers, starting dockerd in the background if needed.
#
#   scripts/ensure-docker.sh          ensure a daemon is up (exit 0) or explain why not (exit 1)
#   scripts/ensure-docker.sh --stop   stop the dockerd that this script started, if any
#
# Env:
#   HWB_DOCKER                 client to use (default /usr/bin/docker: Debian's docker.io,
#                              which does BuildKit builds natively)
#   HWB_NO_DOCKERD=1           never start a daemon (e.g. in a chroot that uses the host's socket)
#   HWB_DOCKERD_LOG            daemon log (default /var/log/hwb-dockerd.log)
#   HWB_DOCKER_STORAGE_DRIVER  force a storage driver (default: overlay2 if an overlay mount
#                              works on the data root's filesystem, else fuse-overlayfs if
#                              installed, else vfs)
#   HWB_DOCKERD_TIMEOUT        seconds to wait for the daemon (default 60)
set -euo pipefail
# shellcheck disable=SC2034  # read by lib/common.sh
HWB_LOG_TAG=docker
# shellcheck source=lib/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

DOCKER="$(hwb_docker_bin)"
LOG="${HWB_DOCKERD_LOG:-/var/log/hwb-dockerd.log}"
STATE_DIR=/run/hwb
PIDFILE="$STATE_DIR/dockerd.pid"        # written only for a daemon this script started
DATA_ROOT=/var/lib/docker
TIMEOUT="${HWB_DOCKERD_TIMEOUT:-60}"

docker_ok() { timeout 20 "$DOCKER" info >/dev/null 2>&1; }
# The daemon answers, but not this user (the socket is root:docker); docker info fails, so no pipefail here.
socket_refused() { local out; out="$(timeout 20 "$DOCKER" info 2>&1 || true)"; grep -qi 'permission denied' <<<"$out"; }

describe() {
    local v drv
    v="$(timeout 10 "$DOCKER" version --format '{{.Server.Version}}' 2>/dev/null || echo '?')"
    drv="$(timeout 10 "$DOCKER" info --format '{{.Driver}}' 2>/dev/null || echo '?')"
    hwb_log "daemon ready: server $v, storage $drv, client $DOCKER"
}

stop_ours() {
    [ -f "$PIDFILE" ] || { hwb_log "no dockerd started by this script"; return 0; }
    local pid; pid="$(cat "$PIDFILE")"
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && [ "$(cat /proc/"$pid"/comm 2>/dev/null)" = dockerd ]; then
        hwb_log "stopping dockerd (pid $pid)"
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
        kill -0 "$pid" 2>/dev/null && { hwb_warn "dockerd $pid did not stop in 30 s: SIGKILL"; kill -KILL "$pid" || true; }
    fi
    rm -f "$PIDFILE"
}

case "$*" in
    --stop) stop_ours; exit 0 ;;
    "") ;;
    *) hwb_die "usage: $0 [--stop]" ;;
esac

command -v "$DOCKER" >/dev/null 2>&1 || hwb_die "docker client '$DOCKER' not found (apt-get install docker.io, or set HWB_DOCKER)"
if docker_ok; then describe; exit 0; fi

if [ "${HWB_NO_DOCKERD:-0}" = 1 ]; then
    hwb_die "no Docker daemon answers at ${DOCKER_HOST:-unix:///var/run/docker.sock} and HWB_NO_DOCKERD=1 forbids starting one.
$(timeout 10 "$DOCKER" info 2>&1 | tail -n 3)"
fi
# A daemon that answers root but not this user: the socket's group, not the daemon, is the problem.
if socket_refused; then
    hwb_die "a Docker daemon is running, but user $(id -un) may not use its socket ($(stat -c '%U:%G %a' /var/run/docker.sock 2>/dev/null || echo '?')).
  Add yourself to its group: sudo usermod -aG docker $(id -un)
  then log out and in again (or run: newgrp docker), and try again."
fi
if [ "$(id -u)" != 0 ]; then
    # Starting dockerd needs root; with sudo this script starts it as root, and the check above then applies.
    command -v sudo >/dev/null 2>&1 || hwb_die "no Docker daemon answers, and starting one needs root (no sudo here). Start it yourself:
  systemctl start docker      (as root; or run this script as root)"
    hwb_log "no Docker daemon answers; starting one needs root: running this script with sudo"
    sudo --preserve-env=HWB_DOCKER,HWB_DOCKERD_LOG,HWB_DOCKER_STORAGE_DRIVER,HWB_DOCKERD_TIMEOUT,HWB_DOCKERD_FLAGS bash "$0"
    docker_ok && { describe; exit 0; }
    socket_refused && hwb_die "dockerd is up, but user $(id -un) may not use its socket. Add yourself to its group:
  sudo usermod -aG docker $(id -un)    then log out and in again (or run: newgrp docker)"
    hwb_die "the Docker daemon started as root does not answer $(id -un)"
fi
command -v dockerd >/dev/null 2>&1 || hwb_die "dockerd not found: apt-get install docker.io"

# With systemd as init, let it own the daemon.
if [ -d /run/systemd/system ] && command -v systemctl >/dev/null 2>&1; then
    hwb_log "starting docker.service via systemd"
    if systemctl start docker.service 2>&1; then
        for _ in $(seq 1 "$TIMEOUT"); do docker_ok && { describe; exit 0; }; sleep 1; done
    fi
    hwb_warn "systemd could not bring docker up; starting dockerd directly"
fi

# A dockerd may already be starting (another script, or a previous run still coming up).
if pgrep -x dockerd >/dev/null 2>&1; then
    hwb_log "a dockerd process exists but does not answer yet; waiting up to ${TIMEOUT}s"
    for _ in $(seq 1 "$TIMEOUT"); do docker_ok && { describe; exit 0; }; sleep 1; done
    hwb_die "dockerd (pid $(pgrep -x dockerd | tr '\n' ' ')) is running but does not answer; see its log or stop it"
fi

# cgroups: containers need a cgroup hierarchy mounted.
if [ -z "$(ls -A /sys/fs/cgroup 2>/dev/null)" ]; then
    hwb_log "/sys/fs/cgroup is empty: mounting cgroup2"
    mount -t cgroup2 none /sys/fs/cgroup || hwb_warn "could not mount cgroup2 on /sys/fs/cgroup"
fi

# Storage: overlay2 needs a working overlay mount on the data root's filesystem
# (not on overlayfs itself, as inside another container); otherwise fall back.
pick_storage_driver() {
    [ -n "${HWB_DOCKER_STORAGE_DRIVER:-}" ] && { echo "$HWB_DOCKER_STORAGE_DRIVER"; return; }
    mkdir -p "$DATA_ROOT"
    local t ok=1
    t="$(mktemp -d "$DATA_ROOT/.hwb-overlay-probe.XXXXXX")"
    mkdir -p "$t"/{l,u,w,m}
    if mount -t overlay overlay -o "lowerdir=$t/l,upperdir=$t/u,workdir=$t/w" "$t/m" 2>/dev/null; then
        touch "$t/m/f" 2>/dev/null && ok=0
        umount "$t/m" 2>/dev/null || umount -l "$t/m" 2>/dev/null || true
    fi
    rm -rf "$t"
    if [ $ok = 0 ]; then echo overlay2
    elif command -v fuse-overlayfs >/dev/null 2>&1 && [ -e /dev/fuse ]; then echo fuse-overlayfs
    else echo vfs
    fi
}
driver="$(pick_storage_driver)"

flags=(--storage-driver="$driver" --data-root="$DATA_ROOT" --pidfile=/var/run/docker.pid)
# Networking: NAT rules need a working iptables; without it, fall back to docker-proxy
# only (published ports and container->host still work, outbound NAT does not).
if ! iptables -t nat -S >/dev/null 2>&1; then
    if command -v iptables-legacy >/dev/null 2>&1 && iptables-legacy -t nat -S >/dev/null 2>&1; then
        hwb_warn "iptables (nft) unusable, iptables-legacy works: switch with 'update-alternatives --set iptables /usr/sbin/iptables-legacy'"
    fi
    hwb_warn "iptables NAT unavailable: starting dockerd with --iptables=false"
    flags+=(--iptables=false)
fi
if [ -n "${HWB_DOCKERD_FLAGS:-}" ]; then read -r -a more <<<"$HWB_DOCKERD_FLAGS"; flags+=("${more[@]}"); fi

# A stale pid file from a killed daemon makes dockerd refuse to start.
# (the machine may be handed on with its processes ended but its files kept).
if [ -f /var/run/docker.pid ]; then
    old="$(cat /var/run/docker.pid 2>/dev/null || true)"
    if [ -z "$old" ] || [ "$(cat "/proc/$old/comm" 2>/dev/null)" != dockerd ]; then rm -f /var/run/docker.pid; fi
fi

mkdir -p "$(dirname "$LOG")" "$STATE_DIR"
hwb_log "starting dockerd ${flags[*]} (log: $LOG)"
{ echo "=== $(date -Is) hwb ensure-docker: dockerd ${flags[*]}"; } >>"$LOG"
setsid dockerd "${flags[@]}" >>"$LOG" 2>&1 </dev/null &
pid=$!
echo "$pid" >"$PIDFILE"

for i in $(seq 1 "$TIMEOUT"); do
    if docker_ok; then hwb_log "dockerd pid $pid up after ${i}s"; describe; exit 0; fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
done
if kill -0 "$pid" 2>/dev/null; then
    why="did not answer within ${TIMEOUT}s"; kill -TERM "$pid" 2>/dev/null || true
else
    why="exited"
fi
rm -f "$PIDFILE"
{
    echo "[docker] error: dockerd $why. Last lines of $LOG:"
    tail -n 25 "$LOG" | sed 's/^/    /'
    echo "[docker] try: HWB_DOCKER_STORAGE_DRIVER=vfs $0   or   HWB_DOCKERD_FLAGS='--iptables=false' $0"
} >&2
exit 1
