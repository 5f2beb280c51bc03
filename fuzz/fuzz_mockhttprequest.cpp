// The mock LLM's request parser reads whatever connects to its port (it may listen on the docker bridge).
// Feed arbitrary bytes in arbitrary pieces: it must never crash, hang or grow past its bounds.
#include "gateway/mock/MockHttpRequest.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    hwb::MockHttpRequestParser parser;
    // The first byte picks the piece size, so one input exercises many splits of the same stream.
    const size_t step = size ? (data[0] % 16) + 1 : 1;
    for (size_t offset = size ? 1 : 0; offset < size; offset += step) {
        const size_t n = offset + step <= size ? step : size - offset;
        const auto state = parser.feed(QByteArray(reinterpret_cast<const char *>(data + offset), qsizetype(n)));
        if (state != hwb::MockHttpRequestParser::State::Incomplete)
            break;
    }
    const hwb::MockHttpRequest &request = parser.request();
    if (request.body.size() > hwb::MockHttpRequestParser::kMaxBodyBytes)
        __builtin_trap();
    (void)request.path();
    (void)request.header("content-type");
    return 0;
}
