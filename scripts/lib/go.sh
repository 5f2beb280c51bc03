# shellcheck shell=bash
# Finding, and if need be fetching, a Go >= 1.24 for the scripts. Sourced by common.sh.
#
# Debian 12 ships Go 1.19 (1.23 in bookworm-backports), and era-2 plugins need 1.24. Go publishes its toolchains
# as modules (golang.org/toolchain), so the Go module proxy serves them; that is what `GOTOOLCHAIN=go1.24.4`
# would download. We fetch the same zip, check it against the checksum below, and unpack it into the app's data
# folder, where higress-workbench and hwb also look for a Go (core/common/ToolLocator.cpp).

# The Go of Higress's wasm-go-builder image (BUILDER in plugins/wasm-go/Makefile).
HWB_GO_VERSION=1.24.4
# sha256 of proxy.golang.org/golang.org/toolchain/@v/v0.0.1-go1.24.4.linux-<arch>.zip. The checksum database
# (sum.golang.org) records the amd64 zip as h1:nm4Il5pypT+vEB1UPY4e+r1p/0HoRr/2jjj+dwb8KhA=.
hwb_go_zip_sha256() {
    case "$1" in
        amd64) echo a44b3b07ab40a14e785eb421dc6b09cf6a136eb46c9c8a334f8b752184875866 ;;
        *) return 1 ;;
    esac
}

# Where a fetched toolchain lives: the app's data folder, so no root is needed and nothing system-wide changes.
hwb_go_home() { echo "${XDG_DATA_HOME:-$HOME/.local/share}/higress-workbench/toolchains/go$HWB_GO_VERSION"; }

# "go1.24.4" -> 0 if >= the wanted minor (default 24) of Go 1.
hwb_go_new_enough() {
    local v="${1#go}" want="${2:-24}" major minor
    major="${v%%.*}"; minor="${v#*.}"; minor="${minor%%[!0-9]*}"
    [ "$major" = 1 ] && [ -n "$minor" ] && [ "$minor" -ge "$want" ]
}

# Prints the path of a Go >= 1.24, or returns 1. Order: $HWB_GO, /usr/local/go, a toolchain fetched by
# hwb_fetch_go, go on PATH, Debian's versioned /usr/lib/go-1.NN (newest first).
hwb_find_go() {
    local c v cands=()
    [ -n "${HWB_GO:-}" ] && cands+=("$HWB_GO" "$HWB_GO/go")
    cands+=(/usr/local/go/bin/go "$(hwb_go_home)/bin/go")
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

hwb_go_arch() {
    case "$(uname -m)" in
        x86_64) echo amd64 ;;
        aarch64|arm64) echo arm64 ;;
        *) uname -m ;;
    esac
}

# Downloads Go $HWB_GO_VERSION from the Go module proxy into hwb_go_home, checked against its sha256.
hwb_fetch_go() {
    local arch sha proxy home tmp
    arch="$(hwb_go_arch)"
    sha="$(hwb_go_zip_sha256 "$arch")" || return 1
    proxy="${GOPROXY:-https://proxy.golang.org}"; proxy="${proxy%%[,|]*}"
    case "$proxy" in off|direct) proxy=https://proxy.golang.org ;; esac
    home="$(hwb_go_home)"
    tmp="$(mktemp -d)"
    local url="$proxy/golang.org/toolchain/@v/v0.0.1-go$HWB_GO_VERSION.linux-$arch.zip"
    hwb_log "fetching Go $HWB_GO_VERSION (about 80 MB) from $url"
    if ! curl -fSL --retry 3 -o "$tmp/go.zip" "$url"; then rm -rf "$tmp"; return 1; fi
    if ! echo "$sha  $tmp/go.zip" | sha256sum -c --quiet -; then
        rm -rf "$tmp"; hwb_warn "the Go zip from $url does not have the expected sha256; not using it"; return 1
    fi
    # Python's zipfile drops the file modes; they are put back from the zip (the tools must stay executable).
    python3 - "$tmp/go.zip" "$tmp/x" <<'PY' || { rm -rf "$tmp"; return 1; }
import os, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    for info in z.infolist():
        path = z.extract(info, sys.argv[2])
        mode = (info.external_attr >> 16) & 0o777
        if mode and not info.is_dir():
            os.chmod(path, mode)
PY
    mkdir -p "$(dirname "$home")"
    rm -rf "$home"
    mv "$tmp/x/golang.org/toolchain@v0.0.1-go$HWB_GO_VERSION.linux-$arch" "$home"
    rm -rf "$tmp"
    hwb_log "Go $HWB_GO_VERSION is in $home"
}

# Puts a suitable go first on PATH and exports HWB_GO (path of the go binary). Without one, fetches Go
# $HWB_GO_VERSION (HWB_FETCH_GO=0 says not to).
hwb_setup_go() {
    local go
    if ! go="$(hwb_find_go)"; then
        if [ "${HWB_FETCH_GO:-1}" = 0 ] || ! hwb_fetch_go || ! go="$(hwb_find_go)"; then
            hwb_die "no Go >= 1.24 found (tried \$HWB_GO, /usr/local/go/bin/go, $(hwb_go_home), PATH, /usr/lib/go-1.*),
  and Go $HWB_GO_VERSION could not be fetched for $(hwb_go_arch) from the Go module proxy.
  Install an upstream Go >= 1.24 from https://go.dev/dl into /usr/local/go (or point HWB_GO at one).
  Debian 13: apt-get install golang-go."
        fi
    fi
    export HWB_GO="$go"
    # Prepend even if already on PATH, so this go wins over an older one earlier on it.
    PATH="$(dirname "$go"):$PATH"; export PATH
    # Build with the Go we found, never a toolchain fetched because a go.mod asks for a newer one.
    export GOTOOLCHAIN="${GOTOOLCHAIN:-local}"
}
