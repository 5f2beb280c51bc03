package proxywasm

// Plugin is one root context: it owns the plugin configuration and creates
// a HttpContext for every request that passes through the filter.
type Plugin interface {
	OnConfigure(config []byte) bool
	NewHttpContext(contextID uint32) HttpContext
}

// HttpContext receives the callbacks of one HTTP stream.
type HttpContext interface {
	OnHttpRequestHeaders(numHeaders int, endOfStream bool) Action
	OnHttpRequestBody(bodySize int, endOfStream bool) Action
	OnHttpResponseHeaders(numHeaders int, endOfStream bool) Action
	OnHttpResponseBody(bodySize int, endOfStream bool) Action
	OnHttpStreamDone()
}

// DefaultHttpContext continues every callback; embed it and override only
// the callbacks a plugin cares about.
type DefaultHttpContext struct{}

func (DefaultHttpContext) OnHttpRequestHeaders(int, bool) Action  { return ActionContinue }
func (DefaultHttpContext) OnHttpRequestBody(int, bool) Action     { return ActionContinue }
func (DefaultHttpContext) OnHttpResponseHeaders(int, bool) Action { return ActionContinue }
func (DefaultHttpContext) OnHttpResponseBody(int, bool) Action    { return ActionContinue }
func (DefaultHttpContext) OnHttpStreamDone()                      {}

var (
	newPlugin    func(rootContextID uint32) Plugin
	plugins      = map[uint32]Plugin{}
	httpContexts = map[uint32]HttpContext{}
)

// SetNewPlugin registers the plugin factory. Call it from an init function:
// in a -buildmode=c-shared module the host runs _initialize (package init)
// but never main.main.
func SetNewPlugin(f func(rootContextID uint32) Plugin) { newPlugin = f }
