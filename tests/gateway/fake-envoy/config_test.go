package main

import (
	"encoding/json"
	"path/filepath"
	"testing"
)

// The workbench's golden envoy.yaml files are exactly what the fake gateway must understand.
func TestGoldenConfigs(t *testing.T) {
	cases := []struct {
		file            string
		listener, admin int
		host            string
		port            int
		sni             string
	}{
		{"mock-upstream.yaml", 10000, 9901, "host.docker.internal", 18080, ""},
		{"openai-tls.yaml", 10000, 9901, "api.openai.com", 443, "api.openai.com"},
		{"custom-ports.yaml", 18000, 19901, "host.docker.internal", 18181, ""},
		{"chinese-config.yaml", 10000, 9901, "host.docker.internal", 18080, ""},
	}
	for _, c := range cases {
		cfg, err := loadConfig(filepath.Join("..", "golden", c.file))
		if err != nil {
			t.Fatalf("%s: %v", c.file, err)
		}
		if cfg.listenerPort != c.listener || cfg.adminPort != c.admin || cfg.upstreamHost != c.host ||
			cfg.upstreamPort != c.port || cfg.upstreamSNI != c.sni {
			t.Errorf("%s: got %+v", c.file, cfg)
		}
		if cfg.wasmFile != "/etc/envoy/plugin.wasm" || cfg.runtime != "envoy.wasm.runtime.v8" || cfg.pluginName != "ai-proxy-lite" {
			t.Errorf("%s: wasm filter %+v", c.file, cfg)
		}
		var anyJSON map[string]any
		if err := json.Unmarshal([]byte(cfg.pluginConfig), &anyJSON); err != nil {
			t.Errorf("%s: plugin configuration %q: %v", c.file, cfg.pluginConfig, err)
		}
	}
}

func TestRejectsUnsupportedYAML(t *testing.T) {
	for _, text := range []string{"a: [1, 2]", "a:\n  b: 1\n   c: 2", "- a\nb: 1"} {
		if _, err := parseYAML(text); err == nil {
			t.Errorf("accepted %q", text)
		}
	}
}

func TestQuotedScalars(t *testing.T) {
	root, err := parseYAML("\"@type\": \"x\\\"y\"\nlist:\n  - \"*\"\n  - plain\nlit: |-\n  {\n    \"k\": \"你好\"\n  }\n")
	if err != nil {
		t.Fatal(err)
	}
	if lookupString(root, "@type") != `x"y` || lookupString(root, "list", 0) != "*" || lookupString(root, "list", 1) != "plain" {
		t.Errorf("got %v", root)
	}
	if lookupString(root, "lit") != "{\n  \"k\": \"你好\"\n}" {
		t.Errorf("literal %q", lookupString(root, "lit"))
	}
}
