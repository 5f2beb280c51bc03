package main

import (
	"crypto/tls"
	"fmt"
	"net"
	"net/http"
	"net/http/httputil"
	"strconv"
	"time"
)

func serveAdmin(port int) error {
	mux := http.NewServeMux()
	mux.HandleFunc("/ready", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("content-type", "text/plain; charset=UTF-8")
		fmt.Fprintln(w, "LIVE")
	})
	mux.HandleFunc("/server_info", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("content-type", "application/json")
		fmt.Fprintln(w, `{"state":"LIVE","version":"fake-envoy"}`)
	})
	return listenAndServe("admin", port, mux)
}

func serveListener(cfg *gatewayConfig) error {
	upstream := net.JoinHostPort(cfg.upstreamHost, strconv.Itoa(cfg.upstreamPort))
	scheme := "http"
	transport := http.DefaultTransport.(*http.Transport).Clone()
	transport.DisableCompression = true
	if cfg.upstreamSNI != "" {
		scheme = "https"
		transport.TLSClientConfig = &tls.Config{ServerName: cfg.upstreamSNI}
	}
	proxy := &httputil.ReverseProxy{
		Rewrite: func(r *httputil.ProxyRequest) {
			r.Out.URL.Scheme = scheme
			r.Out.URL.Host = upstream
			r.Out.Host = r.In.Host
			if cfg.hostRewrite != "" {
				r.Out.Host = cfg.hostRewrite
			}
		},
		Transport:     transport,
		FlushInterval: -1, // flush every write: SSE must reach the client as it is produced
		ModifyResponse: func(resp *http.Response) error {
			resp.Header.Set("server", "envoy")
			return nil
		},
		ErrorHandler: func(w http.ResponseWriter, r *http.Request, err error) {
			logf("debug", "router", "upstream %s: %v", upstream, err)
			w.Header().Set("content-type", "text/plain")
			w.WriteHeader(http.StatusServiceUnavailable)
			fmt.Fprint(w, "upstream connect error or disconnect/reset before headers. reset reason: connection failure")
		},
	}
	handler := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		recorder := &statusRecorder{ResponseWriter: w, status: 200}
		defer func() {
			logf("info", "http", "\"%s %s %s\" %d upstream=%s %dms", r.Method, r.URL.RequestURI(), r.Proto,
				recorder.status, upstream, time.Since(start).Milliseconds())
		}()
		debugWasm("wasm log %s: [fake-envoy] request %s %s passes the plugin filter", cfg.pluginName, r.Method, r.URL.Path)
		proxy.ServeHTTP(recorder, r)
	})
	logf("info", "upstream", "cluster llm_upstream: %s://%s", scheme, upstream)
	return listenAndServe("listener_0", cfg.listenerPort, handler)
}

type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (s *statusRecorder) WriteHeader(code int) {
	s.status = code
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusRecorder) Flush() {
	if f, ok := s.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

// Unwrap lets http.ResponseController reach the real writer.
func (s *statusRecorder) Unwrap() http.ResponseWriter { return s.ResponseWriter }

func listenAndServe(name string, port int, handler http.Handler) error {
	listener, err := net.Listen("tcp", net.JoinHostPort("0.0.0.0", strconv.Itoa(port)))
	if err != nil {
		return fmt.Errorf("listener '%s' failed to bind or apply socket options: %v", name, err)
	}
	logf("info", "config", "%s listening on 0.0.0.0:%d", name, port)
	server := &http.Server{Handler: handler, ReadHeaderTimeout: 30 * time.Second}
	return server.Serve(listener)
}
