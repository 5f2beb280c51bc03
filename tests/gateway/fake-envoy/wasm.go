package main

import (
	"bytes"
	"fmt"
	"os"
	"regexp"
)

var abiExport = regexp.MustCompile(`proxy_abi_version_[0-9_]+`)

// checkWasm fails where Envoy fails before serving: an unreadable module or bytes that are not wasm.
// The messages follow Envoy's so the workbench's log parsing sees the same lines as with the real image.
func checkWasm(cfg *gatewayConfig) error {
	if cfg.wasmFile == "" {
		logf("warning", "main", "no wasm filter in the configuration; proxying without a plugin")
		return nil
	}
	if cfg.runtime != "envoy.wasm.runtime.v8" {
		return fmt.Errorf("Unable to create Wasm HTTP filter %s: unknown wasm runtime '%s'", cfg.pluginName, cfg.runtime)
	}
	info, err := os.Stat(cfg.wasmFile)
	if err != nil || info.IsDir() {
		logf("error", "wasm", "Failed to load Wasm code from %s: unable to read file", cfg.wasmFile)
		return fmt.Errorf("Unable to create Wasm HTTP filter %s: Failed to load Wasm code from %s", cfg.pluginName, cfg.wasmFile)
	}
	code, err := os.ReadFile(cfg.wasmFile)
	if err != nil {
		return fmt.Errorf("Unable to create Wasm HTTP filter %s: unable to read file %s", cfg.pluginName, cfg.wasmFile)
	}
	if len(code) < 8 || !bytes.Equal(code[:4], []byte("\x00asm")) {
		logf("error", "wasm", "Failed to load Wasm module due to a missing import or an invalid binary: %s is not a WebAssembly module", cfg.wasmFile)
		return fmt.Errorf("Unable to create Wasm HTTP filter %s", cfg.pluginName)
	}
	debugWasm("wasm module %s loaded: %d bytes, runtime %s", cfg.wasmFile, len(code), cfg.runtime)
	abis := abiExport.FindAll(code, -1)
	if len(abis) == 0 {
		logf("warning", "wasm", "Wasm module %s exports no proxy_abi_version_*", cfg.wasmFile)
	}
	for _, abi := range uniq(abis) {
		debugWasm("wasm module %s: proxy-wasm ABI %s", cfg.wasmFile, abi)
	}
	debugWasm("wasm log %s: plugin configuration (%d bytes): %s", cfg.pluginName, len(cfg.pluginConfig), oneLine(cfg.pluginConfig))
	logf("info", "wasm", "fake envoy: module validated, not executed (the offline test image has no wasm runtime)")
	return nil
}

func uniq(items [][]byte) []string {
	seen := map[string]bool{}
	var out []string
	for _, i := range items {
		if !seen[string(i)] {
			seen[string(i)] = true
			out = append(out, string(i))
		}
	}
	return out
}

func oneLine(s string) string {
	return string(bytes.Join(bytes.Fields([]byte(s)), []byte(" ")))
}
