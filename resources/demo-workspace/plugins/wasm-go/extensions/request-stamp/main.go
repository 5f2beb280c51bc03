// request-stamp tags each request with an id the upstream can log, and
// echoes it on the response so the client can quote it in a bug report.
package main

import (
	"encoding/json"
	"strconv"

	"github.com/higress-group/proxy-wasm-go-sdk/proxywasm"
)

func main() {}

func init() {
	proxywasm.SetNewPlugin(func(uint32) proxywasm.Plugin {
		return &plugin{Header: "x-request-stamp", Prefix: "hwb"}
	})
}

type plugin struct {
	Header string `json:"header"`
	Prefix string `json:"prefix"`
	issued uint64 // per VM; enough to tell requests apart in a demo
}

func (p *plugin) OnConfigure(raw []byte) bool {
	if len(raw) == 0 {
		return true
	}
	if err := json.Unmarshal(raw, p); err != nil || p.Header == "" {
		proxywasm.LogError("request-stamp: config needs a non-empty \"header\"")
		return false
	}
	return true
}

func (p *plugin) NewHttpContext(uint32) proxywasm.HttpContext {
	p.issued++
	return &httpContext{p: p, stamp: p.Prefix + "-" + strconv.FormatUint(p.issued, 10)}
}

type httpContext struct {
	proxywasm.DefaultHttpContext
	p     *plugin
	stamp string
}

func (h *httpContext) OnHttpRequestHeaders(int, bool) proxywasm.Action {
	// Replace, not add: a client must not be able to pick its own stamp.
	_ = proxywasm.ReplaceHttpRequestHeader(h.p.Header, h.stamp)
	return proxywasm.ActionContinue
}

func (h *httpContext) OnHttpResponseHeaders(int, bool) proxywasm.Action {
	_ = proxywasm.ReplaceHttpResponseHeader(h.p.Header, h.stamp)
	return proxywasm.ActionContinue
}
