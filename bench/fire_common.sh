# Shared by the hwb fire benchmarks: finds the binaries and starts the fault server (tests/llm), a small
# Qt HTTP server that is far faster than python3 http.server.
BUILD_DIR=${BUILD_DIR:-build/release}
[ -x "$BUILD_DIR/bin/hwb" ] || BUILD_DIR=build/dev
HWB="$BUILD_DIR/bin/hwb"
SERVER_BIN="$BUILD_DIR/tests/hwb-fault-server"
[ -x "$HWB" ] && [ -x "$SERVER_BIN" ] || { echo "build hwb and hwb-fault-server first ($BUILD_DIR)" >&2; exit 2; }

start_server() {
    coproc SERVER { exec "$SERVER_BIN"; }
    read -r PORT <&"${SERVER[0]}"
    SERVER_URL="http://127.0.0.1:$PORT"
    trap 'kill $SERVER_PID 2>/dev/null' EXIT
}

median() { sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
