#!/usr/bin/env bash
# Installs the build and test dependencies for this OS (see scripts/packages/).
#
#   scripts/deps.sh [--check] [--print] [EXTRA_PACKAGE...]
#     --check   only report what is missing (exit 1 if anything is)
#     --print   print the package names for this OS and exit
#
# Idempotent and quick when everything is there: dpkg-query decides, and apt-get
# runs only for missing packages ('apt-get update' only when apt cannot find them).
# Env: HWB_SKIP_DEPS=1 skips everything; HWB_DEPS_DOCKER=cli installs the docker
# client only (docker-cli instead of docker.io, Debian 13).
set -euo pipefail
# shellcheck disable=SC2034  # read by lib/common.sh
HWB_LOG_TAG=deps
# shellcheck source=lib/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

mode=install
extra=()
for a in "$@"; do
    case "$a" in
        --check) mode=check ;;
        --print) mode=print ;;
        -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
        -*) hwb_die "unknown option $a" ;;
        *) extra+=("$a") ;;
    esac
done

if [ "${HWB_SKIP_DEPS:-0}" = 1 ]; then hwb_log "HWB_SKIP_DEPS=1: skipping"; exit 0; fi

list="$(hwb_package_list)"
[ -n "$list" ] || hwb_die "unsupported OS ($(hwb_os)); supported: Debian 12, Debian 13 (lists for Ubuntu 24.04 and Fedora in scripts/packages/ are documentation)"
mapfile -t pkgs < <(hwb_read_list "$list")
if [ "${HWB_DEPS_DOCKER:-full}" = cli ]; then
    for i in "${!pkgs[@]}"; do [ "${pkgs[$i]}" = docker.io ] && pkgs[$i]=docker-cli; done
fi
pkgs+=("${extra[@]+"${extra[@]}"}")

if [ "$mode" = print ]; then printf '%s\n' "${pkgs[@]}"; exit 0; fi

read -r os_id _ _ <<<"$(hwb_os)"
if [ "$os_id" = fedora ]; then
    missing=()
    for p in "${pkgs[@]}"; do rpm -q --whatprovides "$p" >/dev/null 2>&1 || missing+=("$p"); done
    [ ${#missing[@]} = 0 ] && { hwb_log "all ${#pkgs[@]} packages installed ($(basename "$list"))"; exit 0; }
    [ "$mode" = check ] && { hwb_log "missing: ${missing[*]}"; exit 1; }
    hwb_warn "Fedora support is untested; installing with dnf: ${missing[*]}"
    hwb_as_root dnf install -y "${missing[@]}"
    exit 0
fi

# --- Debian family -----------------------------------------------------------
missing_pkgs() {
    local installed
    installed="$(dpkg-query -W -f='${Package}\t${db:Status-Status}\n' "${pkgs[@]}" 2>/dev/null \
                 | awk -F'\t' '$2 == "installed" {print $1}' | sort -u || true)"  # unknown names: exit 1
    local p
    for p in "${pkgs[@]}"; do
        grep -qxF -- "$p" <<<"$installed" || echo "$p"
    done
}

mapfile -t missing < <(missing_pkgs)
if [ ${#missing[@]} = 0 ]; then
    hwb_log "all ${#pkgs[@]} packages installed ($(basename "$list"))"
    exit 0
fi
hwb_log "missing (${#missing[@]}/${#pkgs[@]}, $(basename "$list")): ${missing[*]}"
[ "$mode" = check ] && exit 1

export DEBIAN_FRONTEND=noninteractive
apt_opts=(-o DPkg::Lock::Timeout=900 -o Acquire::Retries=3 -o APT::Color=0)

# 'apt-get update', retrying while another apt/dpkg holds the lists lock.
apt_update() {
    local i out
    for i in $(seq 1 90); do
        if out="$(hwb_as_root apt-get "${apt_opts[@]}" update 2>&1)"; then
            printf '%s\n' "$out" | tail -n 3; return 0
        fi
        if grep -qE 'Could not get lock|Unable to lock|is held by process' <<<"$out"; then
            [ "$i" = 1 ] && hwb_log "waiting for another apt/dpkg to finish..."
            sleep 10; continue
        fi
        printf '%s\n' "$out" >&2; return 1
    done
    hwb_die "apt lists lock still held after 15 minutes"
}

lists_present() { compgen -G '/var/lib/apt/lists/*_Packages*' >/dev/null; }

apt_install() {
    local log rc
    log="$(mktemp)"
    set +e
    hwb_as_root apt-get "${apt_opts[@]}" install -y --no-install-recommends "$@" 2>&1 | tee "$log" \
        | grep -vE '^(Get:|Selecting previously|Preparing to unpack|Unpacking|Setting up|Processing triggers|\(Reading database)' 
    rc=${PIPESTATUS[0]}
    set -e
    if [ "$rc" != 0 ] && grep -qE 'Unable to locate package|has no installation candidate|Failed to fetch|404 +Not Found' "$log"; then
        rc=100   # stale or missing package lists: caller updates and retries
    fi
    rm -f "$log"
    return "$rc"
}

if ! lists_present; then
    hwb_log "no apt package lists yet: apt-get update"
    apt_update
fi
t0=$(hwb_now)
rc=0; apt_install "${missing[@]}" || rc=$?
if [ "$rc" = 100 ]; then
    hwb_log "apt could not find/fetch some packages: apt-get update and retry"
    apt_update
    rc=0; apt_install "${missing[@]}" || rc=$?
fi
[ "$rc" = 0 ] || hwb_die "apt-get install failed (exit $rc) for: ${missing[*]}"

mapfile -t still < <(missing_pkgs)
[ ${#still[@]} = 0 ] || hwb_die "still missing after install: ${still[*]}"
hwb_log "installed ${#missing[@]} packages in $(hwb_fmt_secs $(( $(hwb_now) - t0 )))"
