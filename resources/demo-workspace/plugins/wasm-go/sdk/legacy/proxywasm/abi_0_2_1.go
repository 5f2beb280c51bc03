//go:build !proxy_wasm_version_0_2_100

package proxywasm

// Without the tag the old SDK fell back to ABI 0.2.1. The module still loads,
// but the host then turns HeaderStopIteration into
// StopAllIterationAndWatermark: a plugin that pauses on request headers to
// wait for the body hangs every request (higress issue #1847).
//
//go:wasmexport proxy_abi_version_0_2_1
func proxyABIVersion0_2_1() {}
