#!/bin/sh
# Builds, offline, a stand-in for Higress's wasm-go-builder image: the host's Go toolchain plus
# busybox-static as /bin/sh, made with `docker import` because no registry is reachable.
# Usage: make-builder-image.sh DOCKER GO  -> prints the image reference on stdout.
# The tag is a hash of the toolchain and busybox, so reruns reuse the image.
set -eu
DOCKER=$1
GO=$2
GOROOT=$("$GO" env GOROOT)
BUSYBOX=$(command -v busybox || true)
[ -x "$BUSYBOX" ] || { echo "busybox-static is required (apt-get install busybox-static)" >&2; exit 1; }
TAG=$( { "$GO" version; echo "$GOROOT"; sha256sum "$BUSYBOX" "$GOROOT/bin/go"; echo v3; } | sha256sum | cut -c1-16)
IMAGE="hwb-test-builder:$TAG"
if "$DOCKER" image inspect "$IMAGE" >/dev/null 2>&1; then
    echo "$IMAGE"
    exit 0
fi
ROOT=$(mktemp -d)
trap 'rm -rf "$ROOT"' EXIT
mkdir -p "$ROOT/bin" "$ROOT/tmp" "$ROOT/root" "$ROOT/usr/local" "$ROOT/etc"
cp "$BUSYBOX" "$ROOT/bin/busybox"
for tool in sh ls cat mkdir rm cp mv env echo; do ln -s busybox "$ROOT/bin/$tool"; done
chmod 1777 "$ROOT/tmp"
# The toolchain keeps its own path so `go env GOROOT` inside matches the host's layout.
mkdir -p "$ROOT$(dirname "$GOROOT")"
# -L: Debian's GOROOT (/usr/lib/go-1.24) links src and pkg into /usr/share; the image needs the files.
cp -a -L "$GOROOT" "$ROOT$GOROOT"
echo "root:x:0:0:root:/root:/bin/sh" > "$ROOT/etc/passwd"
tar -C "$ROOT" -c . | "$DOCKER" import \
    --change "ENV PATH=$GOROOT/bin:/bin" \
    --change "ENV HOME=/root" \
    --change "ENV GOTOOLCHAIN=local" \
    --change 'ENV GOFLAGS="-mod=mod -buildvcs=false"' \
    --change "LABEL hwb.test=builder" \
    - "$IMAGE" >/dev/null
echo "$IMAGE"
