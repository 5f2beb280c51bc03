package proxywasm

// The host reads the ABI version from the name of this empty export. The
// era-2 SDK always speaks 0.2.100, whatever build tags are given.
//
//go:wasmexport proxy_abi_version_0_2_100
func proxyABIVersion0_2_100() {}
