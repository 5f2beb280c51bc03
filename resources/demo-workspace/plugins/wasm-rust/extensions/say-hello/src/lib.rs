//! Answers every request with a greeting from the gateway itself.
//! The configuration is a bare name; an empty one keeps the default, "higress".

mod abi;

use std::cell::RefCell;

thread_local! {
    static NAME: RefCell<String> = RefCell::new(String::from("higress"));
}

const ACTION_CONTINUE: u32 = 0;
const ACTION_PAUSE: u32 = 1;

#[no_mangle]
pub extern "C" fn proxy_abi_version_0_2_1() {}

#[no_mangle]
pub extern "C" fn proxy_on_memory_allocate(size: usize) -> *mut u8 {
    let mut buffer: Vec<u8> = Vec::with_capacity(size);
    let data = buffer.as_mut_ptr();
    std::mem::forget(buffer);
    data
}

#[no_mangle]
pub extern "C" fn proxy_on_context_create(_context_id: u32, _root_context_id: u32) {}

#[no_mangle]
pub extern "C" fn proxy_on_vm_start(_root_context_id: u32, _vm_configuration_size: usize) -> u32 {
    abi::log_info("say-hello: vm started");
    1
}

#[no_mangle]
pub extern "C" fn proxy_on_configure(_root_context_id: u32, plugin_configuration_size: usize) -> u32 {
    if let Some(bytes) = abi::plugin_configuration(plugin_configuration_size) {
        if let Ok(name) = String::from_utf8(bytes) {
            if !name.trim().is_empty() {
                NAME.with(|n| *n.borrow_mut() = name.trim().to_string());
            }
        }
    }
    1
}

#[no_mangle]
pub extern "C" fn proxy_on_request_headers(_context_id: u32, _headers: usize, _end_of_stream: u32) -> u32 {
    let body = NAME.with(|n| format!("hello, {}\n", n.borrow()));
    abi::send_response(200, &[("content-type", "text/plain")], body.as_bytes());
    ACTION_PAUSE
}

#[no_mangle]
pub extern "C" fn proxy_on_response_headers(_context_id: u32, _headers: usize, _end_of_stream: u32) -> u32 {
    ACTION_CONTINUE
}

#[no_mangle]
pub extern "C" fn proxy_on_done(_context_id: u32) -> u32 {
    1
}

#[no_mangle]
pub extern "C" fn proxy_on_log(_context_id: u32) {}

#[no_mangle]
pub extern "C" fn proxy_on_delete(_context_id: u32) {}
