//! Answers every request with a greeting from the gateway itself.
//! Listing-only demo for the workbench: it is read, never built.

use proxy_wasm::traits::{Context, HttpContext, RootContext};
use proxy_wasm::types::{Action, ContextType, LogLevel};

proxy_wasm::main! {{
    proxy_wasm::set_log_level(LogLevel::Info);
    proxy_wasm::set_root_context(|_| -> Box<dyn RootContext> {
        Box::new(SayHelloRoot { name: String::from("higress") })
    });
}}

struct SayHelloRoot {
    name: String,
}

impl Context for SayHelloRoot {}

impl RootContext for SayHelloRoot {
    fn on_configure(&mut self, _size: usize) -> bool {
        // The configuration is a bare name; an empty one keeps the default.
        if let Some(bytes) = self.get_plugin_configuration() {
            if let Ok(name) = String::from_utf8(bytes) {
                if !name.trim().is_empty() {
                    self.name = name.trim().to_string();
                }
            }
        }
        true
    }

    fn create_http_context(&self, _context_id: u32) -> Option<Box<dyn HttpContext>> {
        Some(Box::new(SayHello { name: self.name.clone() }))
    }

    fn get_type(&self) -> Option<ContextType> {
        Some(ContextType::HttpContext)
    }
}

struct SayHello {
    name: String,
}

impl Context for SayHello {}

impl HttpContext for SayHello {
    fn on_http_request_headers(&mut self, _num_headers: usize, _end_of_stream: bool) -> Action {
        let body = format!("hello, {}\n", self.name);
        self.send_http_response(200, vec![("content-type", "text/plain")], Some(body.as_bytes()));
        Action::Pause
    }
}
