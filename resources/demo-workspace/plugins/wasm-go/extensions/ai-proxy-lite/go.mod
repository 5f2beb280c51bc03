module github.com/alibaba/higress/plugins/wasm-go/extensions/ai-proxy-lite

// Era 1: the go directive of the TinyGo days. The workbench builds this with
// Go's wasip1 port, which accepts the older language version.
go 1.19

require github.com/tetratelabs/proxy-wasm-go-sdk v0.0.0-20240105000000-000000000000

replace github.com/tetratelabs/proxy-wasm-go-sdk => ../../sdk/legacy
