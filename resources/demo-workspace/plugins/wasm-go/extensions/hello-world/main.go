// hello-world adds one response header, so its effect is visible with curl -i.
package main

import (
	"encoding/json"

	"github.com/higress-group/proxy-wasm-go-sdk/proxywasm"
)

func main() {}

func init() {
	proxywasm.SetNewPlugin(func(uint32) proxywasm.Plugin {
		return &plugin{Header: "x-hello", Value: "world"}
	})
}

type plugin struct {
	Header string `json:"header"`
	Value  string `json:"value"`
}

// An empty configuration keeps the defaults, so the plugin works unconfigured.
func (p *plugin) OnConfigure(raw []byte) bool {
	if len(raw) == 0 {
		return true
	}
	if err := json.Unmarshal(raw, p); err != nil {
		proxywasm.LogError("hello-world: bad config: " + err.Error())
		return false
	}
	return true
}

func (p *plugin) NewHttpContext(uint32) proxywasm.HttpContext { return &httpContext{p: p} }

type httpContext struct {
	proxywasm.DefaultHttpContext
	p *plugin
}

func (h *httpContext) OnHttpResponseHeaders(int, bool) proxywasm.Action {
	if err := proxywasm.AddHttpResponseHeader(h.p.Header, h.p.Value); err != nil {
		proxywasm.LogWarn("hello-world: " + err.Error())
	}
	return proxywasm.ActionContinue
}
