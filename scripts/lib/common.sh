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

# "go1.24.4" -> 0 if >= the wanted minor (default 24) of Go 1.
hwb_go_new_enough() {
    local v="${1#go}" want="${2:-24}" major minor
    major="${v%%.*}"; minor="${v#*.}"; minor="${minor%%[!0-9]*}"
    [ "$major" = 1 ] && [ -n "$minor" ] && [ "$minor" -ge "$want" ]
}

# Prints the path of a Go >= 1.24, or returns 1. Order: $HWB_GO, /usr/local/go,
# go on PATH, Debian's versioned /usr/lib/go-1.NN (newest first).
hwb_find_go() {
    local c v cands=()
    [ -n "${HWB_GO:-}" ] && cands+=("$HWB_GO" "$HWB_GO/go")
    cands+=(/usr/local/go/bin/go)
    c="$(command -v go 2>/dev/null || true)"; [ -n "$c" ] && cands+=("$c")
    while IFS= read -r c; do cands+=("$c"); done < <(ls -1d /usr/lib/go-1.*/bin/go 2>/dev/null | sort -t. -k2,2nr)
    for c in "${cands[@]}"; do
        [ -f "$c" ] && [ -x "$c" ] || continue
        # GOTOOLCHAIN=local and cwd=/ so that asking the version never downloads a toolchain.
        v="$(cd / && GOTOOLCHAIN=local "$c" env GOVERSION 2>/dev/null || true)"
        if hwb_go_new_enough "$v"; then echo "$c"; return 0; fi
    done
    return 1
}

# Puts a suitable go first on PATH and exports HWB_GO (path of the go binary).
hwb_setup_go() {
    local go
    if ! go="$(hwb_find_go)"; then
        hwb_die "no Go >= 1.24 found (tried \$HWB_GO, /usr/local/go/bin/go, PATH, /usr/lib/go-1.*).
  Debian 12 ships Go 1.19 and bookworm-backports only 1.23, so install an upstream Go >= 1.24
  into /usr/local/go (or point HWB_GO at one). Debian 13: apt-get install golang-go."
    fi
    export HWB_GO="$go"
    # Prepend even if already on PATH, so this go wins over an older one earlier on it.
    PATH="$(dirname "$go"):$PATH"; export PATH
    # Build with the Go we found, never a toolchain fetched because a go.mod asks for a newer one.
    export GOTOOLCHAIN="${GOTOOLCHAIN:-local}"
}

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
