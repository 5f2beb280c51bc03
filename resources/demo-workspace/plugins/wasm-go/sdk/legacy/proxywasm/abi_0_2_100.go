//go:build proxy_wasm_version_0_2_100

package proxywasm

// With -tags proxy_wasm_version_0_2_100 (what .buildrc asks for) the module
// declares ABI 0.2.100, and the host honours HeaderStopIteration.
//
//go:wasmexport proxy_abi_version_0_2_100
func proxyABIVersion0_2_100() {}
