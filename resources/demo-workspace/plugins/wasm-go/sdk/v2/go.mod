// Demo stand-in for the era-2 SDK (Higress >= 2.1.6, Go >= 1.24 wasip1).
// Plugins reach it through a `replace` to this directory, so builds need no network.
module github.com/higress-group/proxy-wasm-go-sdk

go 1.24
