// Rejects requests without the configured Basic credentials.
// Listing-only demo for the workbench: it is read, never built.
#include <string>

#include "proxy_wasm_intrinsics.h"

class BasicAuthRoot : public RootContext {
 public:
  explicit BasicAuthRoot(uint32_t id, std::string_view root_id) : RootContext(id, root_id) {}
  bool onConfigure(size_t size) override {
    // The configuration is the expected "user:password" pair, base64-encoded.
    auto data = getBufferBytes(WasmBufferType::PluginConfiguration, 0, size);
    expected_ = "Basic " + data->toString();
    return !data->view().empty();
  }
  const std::string& expected() const { return expected_; }

 private:
  std::string expected_;
};

class BasicAuth : public Context {
 public:
  explicit BasicAuth(uint32_t id, RootContext* root) : Context(id, root) {}
  FilterHeadersStatus onRequestHeaders(uint32_t, bool) override {
    auto root = static_cast<BasicAuthRoot*>(this->root());
    if (getRequestHeader("authorization")->view() == root->expected()) {
      return FilterHeadersStatus::Continue;
    }
    sendLocalResponse(401, "", "unauthorized\n", {{"www-authenticate", "Basic realm=\"higress\""}});
    return FilterHeadersStatus::StopIteration;
  }
};

static RegisterContextFactory register_basic_auth(CONTEXT_FACTORY(BasicAuth),
                                                  ROOT_FACTORY(BasicAuthRoot));
