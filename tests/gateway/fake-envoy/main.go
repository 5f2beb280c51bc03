// fake-envoy stands in for /usr/local/bin/envoy in the offline test gateway image. It keeps the contract
// of the real Higress gateway image that the workbench relies on: it reads -c /etc/envoy/envoy.yaml, takes
// the listener and admin ports and the upstream cluster from it, validates the mounted wasm module and
// fails like Envoy when it is missing or not wasm, answers admin GET /ready with LIVE, and proxies to the
// upstream with streaming intact. It does not execute the module: that needs the real gateway.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func logf(level, component, format string, args ...any) {
	fmt.Fprintf(os.Stderr, "[%s][%d][%s][%s] %s\n", time.Now().UTC().Format("2006-01-02 15:04:05.000"),
		os.Getpid(), level, component, fmt.Sprintf(format, args...))
}

var wasmDebug bool

func debugWasm(format string, args ...any) {
	if wasmDebug {
		logf("debug", "wasm", format, args...)
	}
}

func main() {
	configPath := flag.String("c", "", "envoy configuration file")
	logLevels := flag.String("component-log-level", "", "component:level list")
	flag.String("l", "info", "log level")
	flag.String("log-level", "info", "log level")
	flag.Parse()
	wasmDebug = hasDebugWasm(*logLevels)

	if *configPath == "" {
		logf("critical", "main", "error initializing configuration '': At least one of --config-path or --config-yaml or Options::configProto() should be non-empty")
		os.Exit(1)
	}
	cfg, err := loadConfig(*configPath)
	if err != nil {
		logf("critical", "main", "error initializing configuration '%s': %v", *configPath, err)
		os.Exit(1)
	}
	logf("info", "main", "initializing epoch 0 (base id=0, hot restart version=disabled)")
	if err := checkWasm(cfg); err != nil {
		logf("critical", "main", "error initializing configuration '%s': %v", *configPath, err)
		logf("info", "main", "exiting")
		os.Exit(1)
	}

	errs := make(chan error, 2)
	go func() { errs <- serveAdmin(cfg.adminPort) }()
	go func() { errs <- serveListener(cfg) }()
	logf("info", "main", "starting main dispatch loop")

	signals := make(chan os.Signal, 1)
	signal.Notify(signals, syscall.SIGTERM, syscall.SIGINT)
	select {
	case s := <-signals:
		logf("warning", "main", "caught %v", s)
		logf("info", "main", "exiting")
	case err := <-errs:
		logf("critical", "main", "%v", err)
		os.Exit(1)
	}
}

func hasDebugWasm(levels string) bool {
	for _, part := range splitComma(levels) {
		if part == "wasm:debug" || part == "wasm:trace" {
			return true
		}
	}
	return false
}

func splitComma(s string) []string {
	var out []string
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ',' {
			if i > start {
				out = append(out, s[start:i])
			}
			start = i + 1
		}
	}
	return out
}
