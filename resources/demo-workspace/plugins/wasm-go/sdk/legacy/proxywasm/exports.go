package proxywasm

// Lifecycle and stream callbacks the host calls, with the ABI 0.2.x
// signatures. Booleans travel as i32: 1 is true.

func boolToU32(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

//go:wasmexport proxy_on_context_create
func proxyOnContextCreate(contextID, parentID uint32) {
	if parentID == 0 { // a root context: one per plugin configuration
		if newPlugin == nil {
			LogError("proxywasm: SetNewPlugin was not called in init")
			return
		}
		plugins[contextID] = newPlugin(contextID)
		return
	}
	if p, ok := plugins[parentID]; ok {
		httpContexts[contextID] = p.NewHttpContext(contextID)
	}
}

//go:wasmexport proxy_on_vm_start
func proxyOnVMStart(rootContextID, vmConfigSize uint32) uint32 { return 1 }

//go:wasmexport proxy_on_configure
func proxyOnConfigure(rootContextID, configSize uint32) uint32 {
	p, ok := plugins[rootContextID]
	if !ok {
		return 0
	}
	var config []byte
	if configSize > 0 {
		var err error
		if config, err = getBuffer(bufferPluginConfiguration, 0, configSize); err != nil {
			LogError("proxywasm: reading plugin configuration: " + err.Error())
			return 0
		}
	}
	return boolToU32(p.OnConfigure(config))
}

func stream(contextID uint32, call func(HttpContext) Action) uint32 {
	if c, ok := httpContexts[contextID]; ok {
		return uint32(call(c))
	}
	return uint32(ActionContinue)
}

//go:wasmexport proxy_on_request_headers
func proxyOnRequestHeaders(contextID, numHeaders, endOfStream uint32) uint32 {
	return stream(contextID, func(c HttpContext) Action {
		return c.OnHttpRequestHeaders(int(numHeaders), endOfStream != 0)
	})
}

//go:wasmexport proxy_on_request_body
func proxyOnRequestBody(contextID, bodySize, endOfStream uint32) uint32 {
	return stream(contextID, func(c HttpContext) Action {
		return c.OnHttpRequestBody(int(bodySize), endOfStream != 0)
	})
}

//go:wasmexport proxy_on_response_headers
func proxyOnResponseHeaders(contextID, numHeaders, endOfStream uint32) uint32 {
	return stream(contextID, func(c HttpContext) Action {
		return c.OnHttpResponseHeaders(int(numHeaders), endOfStream != 0)
	})
}

//go:wasmexport proxy_on_response_body
func proxyOnResponseBody(contextID, bodySize, endOfStream uint32) uint32 {
	return stream(contextID, func(c HttpContext) Action {
		return c.OnHttpResponseBody(int(bodySize), endOfStream != 0)
	})
}

// proxy_on_done asks whether the context may be deleted now; 1 means yes.
//
//go:wasmexport proxy_on_done
func proxyOnDone(contextID uint32) uint32 { return 1 }

//go:wasmexport proxy_on_log
func proxyOnLog(contextID uint32) {}

//go:wasmexport proxy_on_delete
func proxyOnDelete(contextID uint32) {
	if c, ok := httpContexts[contextID]; ok {
		c.OnHttpStreamDone()
		delete(httpContexts, contextID)
		return
	}
	delete(plugins, contextID)
}
