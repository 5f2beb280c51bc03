//! The slice of the proxy-wasm ABI 0.2.1 this plugin uses: host calls it imports and helpers around them.
//! See https://github.com/proxy-wasm/spec/tree/main/abi-versions/v0.2.1.

#[link(wasm_import_module = "env")]
extern "C" {
    fn proxy_log(level: u32, message_data: *const u8, message_size: usize) -> u32;
    fn proxy_get_buffer_bytes(
        buffer_type: u32,
        start: usize,
        max_size: usize,
        return_buffer_data: *mut *mut u8,
        return_buffer_size: *mut usize,
    ) -> u32;
    fn proxy_send_local_response(
        status_code: u32,
        status_code_details_data: *const u8,
        status_code_details_size: usize,
        body_data: *const u8,
        body_size: usize,
        headers_data: *const u8,
        headers_size: usize,
        grpc_status: i32,
    ) -> u32;
}

const STATUS_OK: u32 = 0;
const LOG_INFO: u32 = 2;
const BUFFER_PLUGIN_CONFIGURATION: u32 = 7;

pub fn log_info(message: &str) {
    unsafe {
        proxy_log(LOG_INFO, message.as_ptr(), message.len());
    }
}

/// The plugin's configuration bytes; the host allocates them through proxy_on_memory_allocate.
pub fn plugin_configuration(size: usize) -> Option<Vec<u8>> {
    let mut data: *mut u8 = std::ptr::null_mut();
    let mut len: usize = 0;
    let status = unsafe { proxy_get_buffer_bytes(BUFFER_PLUGIN_CONFIGURATION, 0, size, &mut data, &mut len) };
    if status != STATUS_OK || data.is_null() {
        return None;
    }
    Some(unsafe { Vec::from_raw_parts(data, len, len) })
}

/// Header maps travel as: pair count, then (key length, value length) per pair, then each key and value
/// NUL-terminated, all integers little-endian u32.
fn serialize_headers(headers: &[(&str, &str)]) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(&(headers.len() as u32).to_le_bytes());
    for (k, v) in headers {
        out.extend_from_slice(&(k.len() as u32).to_le_bytes());
        out.extend_from_slice(&(v.len() as u32).to_le_bytes());
    }
    for (k, v) in headers {
        out.extend_from_slice(k.as_bytes());
        out.push(0);
        out.extend_from_slice(v.as_bytes());
        out.push(0);
    }
    out
}

pub fn send_response(status: u32, headers: &[(&str, &str)], body: &[u8]) {
    let headers = serialize_headers(headers);
    unsafe {
        proxy_send_local_response(status, std::ptr::null(), 0, body.as_ptr(), body.len(), headers.as_ptr(),
                                  headers.len(), -1);
    }
}
