package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

type gatewayConfig struct {
	adminPort    int
	listenerPort int
	pluginName   string
	wasmFile     string
	runtime      string
	pluginConfig string
	upstreamHost string
	upstreamPort int
	upstreamSNI  string // non-empty: TLS to the upstream
	hostRewrite  string
}

const wasmTypeURL = "type.googleapis.com/envoy.extensions.filters.http.wasm.v3.Wasm"

func loadConfig(path string) (*gatewayConfig, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("unable to read file: %s", path)
	}
	root, err := parseYAML(string(data))
	if err != nil {
		return nil, fmt.Errorf("Unable to convert YAML as JSON: %v", err)
	}
	cfg := &gatewayConfig{}
	if cfg.adminPort, err = port(root, "admin", "address", "socket_address", "port_value"); err != nil {
		return nil, err
	}
	listener := lookup(root, "static_resources", "listeners", 0)
	if cfg.listenerPort, err = port(listener, "address", "socket_address", "port_value"); err != nil {
		return nil, err
	}
	hcm := lookup(listener, "filter_chains", 0, "filters", 0, "typed_config")
	filters, _ := lookup(hcm, "http_filters").([]any)
	for _, f := range filters {
		if lookupString(f, "typed_config", "type_url") != wasmTypeURL {
			continue
		}
		config := lookup(f, "typed_config", "value", "config")
		cfg.pluginName = lookupString(f, "name")
		cfg.runtime = lookupString(config, "vm_config", "runtime")
		cfg.wasmFile = lookupString(config, "vm_config", "code", "local", "filename")
		cfg.pluginConfig = lookupString(config, "configuration", "value")
	}
	route := lookup(hcm, "route_config", "virtual_hosts", 0, "routes", 0, "route")
	clusterName := lookupString(route, "cluster")
	cfg.hostRewrite = lookupString(route, "host_rewrite_literal")
	clusters, _ := lookup(root, "static_resources", "clusters").([]any)
	for _, c := range clusters {
		if lookupString(c, "name") != clusterName {
			continue
		}
		endpoint := lookup(c, "load_assignment", "endpoints", 0, "lb_endpoints", 0, "endpoint", "address", "socket_address")
		cfg.upstreamHost = lookupString(endpoint, "address")
		if cfg.upstreamPort, err = port(endpoint, "port_value"); err != nil {
			return nil, err
		}
		if lookup(c, "transport_socket") != nil {
			cfg.upstreamSNI = lookupString(c, "transport_socket", "typed_config", "sni")
			if cfg.upstreamSNI == "" {
				cfg.upstreamSNI = cfg.upstreamHost
			}
		}
	}
	if cfg.upstreamHost == "" {
		return nil, fmt.Errorf("route: unknown cluster '%s'", clusterName)
	}
	return cfg, nil
}

func port(node any, path ...any) (int, error) {
	text := lookupString(node, path...)
	p, err := strconv.Atoi(text)
	if err != nil || p <= 0 || p > 65535 {
		return 0, fmt.Errorf("invalid port_value at %v: %q", strings.Trim(fmt.Sprintf("%v", path), "[]"), text)
	}
	return p, nil
}
