// Feeds untrusted bytes to the HTTP/1.1 response parser of the request engine, whole and in pieces:
// the decoded body, status and final state must not depend on how the bytes were split, and the
// header buffer must stay within its limit.
#include "llm/HttpResponseParser.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const qsizetype step = 1 + data[0] % 13;
    const QByteArrayView input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    hwb::HttpResponseParser whole;
    QByteArray wholeBody;
    whole.feed(input, wholeBody);
    whole.finish();

    hwb::HttpResponseParser pieces;
    QByteArray pieceBody;
    for (qsizetype i = 0; i < input.size(); i += step) {
        pieces.feed(input.sliced(i, qMin(step, input.size() - i)), pieceBody);
        if (pieces.headers().size() > hwb::HttpResponseParser::kMaxHeaderBytes)
            abort();
    }
    pieces.finish();
    if (whole.state() != pieces.state() || whole.status() != pieces.status())
        abort();
    if (whole.state() != hwb::HttpResponseParser::State::Error && wholeBody != pieceBody)
        abort();
    if (wholeBody.size() > input.size())
        abort();
    return 0;
}
