// ai-proxy-lite rewrites the "model" of OpenAI-style chat requests before
// they reach the provider. It must see the whole body, so it pauses on the
// request headers: exactly the pattern that hangs when the module is built
// without the proxy_wasm_version_0_2_100 tag from .buildrc.
package main

import (
	"encoding/json"
	"strings"

	"github.com/tetratelabs/proxy-wasm-go-sdk/proxywasm"
)

func main() {}

func init() {
	proxywasm.SetNewPlugin(func(uint32) proxywasm.Plugin { return &plugin{} })
}

type config struct {
	Provider struct {
		Type         string            `json:"type"`
		ModelMapping map[string]string `json:"modelMapping"`
	} `json:"provider"`
}

type plugin struct{ cfg config }

func (p *plugin) OnConfigure(raw []byte) bool {
	if err := json.Unmarshal(raw, &p.cfg); err != nil {
		proxywasm.LogError("ai-proxy-lite: bad config: " + err.Error())
		return false
	}
	if p.cfg.Provider.Type != "openai" {
		proxywasm.LogError("ai-proxy-lite: unsupported provider type " + p.cfg.Provider.Type)
		return false
	}
	return true
}

func (p *plugin) NewHttpContext(uint32) proxywasm.HttpContext { return &httpContext{cfg: &p.cfg} }

// mapModel follows the upstream convention: an exact key wins, "*" is the
// fallback, and an unmapped model passes through unchanged.
func (c *config) mapModel(model string) string {
	if m, ok := c.Provider.ModelMapping[model]; ok {
		return m
	}
	if m, ok := c.Provider.ModelMapping["*"]; ok {
		return m
	}
	return model
}

type httpContext struct {
	proxywasm.DefaultHttpContext
	cfg   *config
	chat  bool
	model string
}

func (h *httpContext) OnHttpRequestHeaders(_ int, endOfStream bool) proxywasm.Action {
	path, _ := proxywasm.GetHttpRequestHeader(":path")
	h.chat = strings.HasSuffix(strings.SplitN(path, "?", 2)[0], "/chat/completions")
	if !h.chat || endOfStream {
		return proxywasm.ActionContinue
	}
	// The body will change size; a stale content-length would corrupt it.
	_ = proxywasm.RemoveHttpRequestHeader("content-length")
	// HeaderStopIteration: hold the headers until the body has been rewritten.
	return proxywasm.ActionPause
}

func (h *httpContext) OnHttpRequestBody(bodySize int, endOfStream bool) proxywasm.Action {
	if !h.chat {
		return proxywasm.ActionContinue
	}
	if !endOfStream {
		return proxywasm.ActionPause // let the host buffer until the last chunk
	}
	body, err := proxywasm.GetHttpRequestBody(0, bodySize)
	if err != nil {
		proxywasm.LogError("ai-proxy-lite: reading body: " + err.Error())
		return proxywasm.ActionContinue
	}
	var req map[string]json.RawMessage
	if err := json.Unmarshal(body, &req); err != nil {
		proxywasm.LogWarn("ai-proxy-lite: body is not JSON, passing it through")
		return proxywasm.ActionContinue
	}
	var model string
	_ = json.Unmarshal(req["model"], &model)
	h.model = h.cfg.mapModel(model)
	req["model"], _ = json.Marshal(h.model)
	out, _ := json.Marshal(req)
	if err := proxywasm.ReplaceHttpRequestBody(out); err != nil {
		proxywasm.LogError("ai-proxy-lite: replacing body: " + err.Error())
	}
	proxywasm.LogInfo("ai-proxy-lite: model " + model + " -> " + h.model)
	return proxywasm.ActionContinue
}

// The response header lets a demo show at a glance that the body callback ran.
func (h *httpContext) OnHttpResponseHeaders(int, bool) proxywasm.Action {
	if h.model != "" {
		_ = proxywasm.AddHttpResponseHeader("x-ai-proxy-model", h.model)
	}
	return proxywasm.ActionContinue
}
