// Demo stand-in for the era-1 SDK (Higress <= 2.1.5, where plugins were built
// with TinyGo and picked the ABI with a build tag from .buildrc).
// Plugins reach it through a `replace` to this directory, so builds need no network.
module github.com/tetratelabs/proxy-wasm-go-sdk

go 1.19
