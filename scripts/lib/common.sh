# shellcheck shell=bash
# Shared helpers for scripts/*.sh. Source it; it defines functions only
# (plus HWB_ROOT, the repository root) and changes no shell options.

HWB_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

hwb_log()  { printf '[%s] %s\n' "${HWB_LOG_TAG:-hwb}" "$*"; }
hwb_warn() { printf '[%s] warning: %s\n' "${HWB_LOG_TAG:-hwb}" "$*" >&2; }
hwb_die()  { printf '[%s] error: %s\n' "${HWB_LOG_TAG:-hwb}" "$*" >&2; exit 1; }

# Prints "<id> <version_id> <codename>" from /etc/os-release (or $HWB_OS_RELEASE).
hwb_os() {
    local f="${HWB_OS_RELEASE:-/etc/os-release}" ID="" VERSION_ID="" VERSION_CODENAME=""
    [ -r "$f" ] || { echo "unknown unknown unknown"; return; }
    # shellcheck disable=SC1090  # /etc/os-release
    ID="$(. "$f"; echo "${ID:-unknown}")"
    # shellcheck disable=SC1090
    VERSION_ID="$(. "$f"; echo "${VERSION_ID:-}")"
    # shellcheck disable=SC1090
    VERSION_CODENAME="$(. "$f"; echo "${VERSION_CODENAME:-}")"
    echo "$ID ${VERSION_ID:-none} ${VERSION_CODENAME:-none}"
}

# Package list file for this OS, or empty if none fits.
hwb_package_list() {
    local id ver code
    read -r id ver code <<<"$(hwb_os)"
    case "$id:$ver:$code" in
        debian:12:*|debian:*:bookworm) echo "$HWB_ROOT/scripts/packages/debian12.txt" ;;
        # trixie as 13, and testing/sid images without VERSION_ID (newer names are a superset)
        debian:13:*|debian:*:trixie|debian:none:*) echo "$HWB_ROOT/scripts/packages/debian13.txt" ;;
        ubuntu:24.04:*) echo "$HWB_ROOT/scripts/packages/ubuntu-24.04.txt" ;;
        fedora:*) echo "$HWB_ROOT/scripts/packages/fedora.txt" ;;
        *) echo "" ;;
    esac
}

# Package names from a list file (comments and blank lines dropped).
hwb_read_list() { sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^[[:space:]]*$/d' "$1"; }

# The docker client to use: $HWB_DOCKER, else Debian's /usr/bin/docker (BuildKit
# built in), else whatever is on PATH.
hwb_docker_bin() {
    if [ -n "${HWB_DOCKER:-}" ]; then echo "$HWB_DOCKER"
    elif [ -x /usr/bin/docker ]; then echo /usr/bin/docker
    else command -v docker 2>/dev/null || echo docker
    fi
}

# Runs a command as root (directly, or through sudo when available).
hwb_as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"
    elif command -v sudo >/dev/null 2>&1; then sudo "$@"
    else hwb_die "need root for: $* (run as root or install sudo)"
    fi
}

hwb_now() { date +%s; }
hwb_fmt_secs() { printf '%dm%02ds' $(( $1 / 60 )) $(( $1 % 60 )); }

# Compiler cache for the C++ build (first configure of a build dir only: CMake reads
# CMAKE_CXX_COMPILER_LAUNCHER from the environment). HWB_CCACHE=0 turns it off.
hwb_setup_ccache() {
    [ "${HWB_CCACHE:-1}" != 0 ] && command -v ccache >/dev/null 2>&1 || return 0
    export CMAKE_CXX_COMPILER_LAUNCHER="${CMAKE_CXX_COMPILER_LAUNCHER:-ccache}"
    export CMAKE_C_COMPILER_LAUNCHER="${CMAKE_C_COMPILER_LAUNCHER:-ccache}"
    # Hits across clones in different folders: paths below the checkout become relative.
    export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$HWB_ROOT}" CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-1}"
    export CCACHE_MAXSIZE="${CCACHE_MAXSIZE:-3G}"
}

# shellcheck source=scripts/lib/go.sh
. "$HWB_ROOT/scripts/lib/go.sh"
