// key-auth-lite admits a request only when it carries one of the configured
// API keys; every other request gets a 401 from the gateway itself.
package main

import (
	"encoding/json"

	"github.com/higress-group/proxy-wasm-go-sdk/proxywasm"
)

func main() {}

func init() {
	proxywasm.SetNewPlugin(func(uint32) proxywasm.Plugin { return &plugin{} })
}

type plugin struct {
	Keys     []string `json:"keys"`
	InHeader string   `json:"in_header"`
	allowed  map[string]bool
}

func (p *plugin) OnConfigure(raw []byte) bool {
	p.InHeader = "x-api-key"
	if err := json.Unmarshal(raw, p); err != nil || len(p.Keys) == 0 {
		// Refusing the config beats silently letting every request through.
		proxywasm.LogError("key-auth-lite: config needs a non-empty \"keys\" list")
		return false
	}
	p.allowed = make(map[string]bool, len(p.Keys))
	for _, k := range p.Keys {
		p.allowed[k] = true
	}
	return true
}

func (p *plugin) NewHttpContext(uint32) proxywasm.HttpContext { return &httpContext{p: p} }

type httpContext struct {
	proxywasm.DefaultHttpContext
	p *plugin
}

func (h *httpContext) OnHttpRequestHeaders(int, bool) proxywasm.Action {
	key, err := proxywasm.GetHttpRequestHeader(h.p.InHeader)
	if err == nil && h.p.allowed[key] {
		// Keep the key away from the upstream.
		_ = proxywasm.RemoveHttpRequestHeader(h.p.InHeader)
		return proxywasm.ActionContinue
	}
	_ = proxywasm.SendHttpResponse(401,
		[][2]string{{"www-authenticate", `Key realm="higress"`}, {"content-type", "text/plain"}},
		[]byte("missing or unknown API key\n"))
	return proxywasm.ActionPause
}
