// Feeds untrusted bytes to the SSE parser, the LLM event decoder and the UTF-8 validator. The first byte
// picks a split size, and the same input is parsed whole and in pieces: both must give the same events,
// and buffers must stay within the limits.
#include "llm/SseParser.h"
#include "llm/StreamDelta.h"
#include "llm/Utf8Validator.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const qsizetype step = 1 + data[0] % 17;
    const QByteArrayView input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    hwb::SseParser::Limits limits;
    limits.maxLineBytes = 512;
    limits.maxEventBytes = 2048;

    hwb::SseParser whole(limits);
    QList<hwb::SseEvent> wholeEvents;
    whole.feed(input, wholeEvents);

    hwb::SseParser pieces(limits);
    QList<hwb::SseEvent> pieceEvents;
    hwb::Utf8Validator utf8Pieces;
    for (qsizetype i = 0; i < input.size(); i += step) {
        const QByteArrayView piece = input.sliced(i, qMin(step, input.size() - i));
        pieces.feed(piece, pieceEvents);
        utf8Pieces.feed(piece);
        if (pieces.bufferedBytes() > limits.maxLineBytes + limits.maxEventBytes)
            abort();
    }
    hwb::Utf8Validator utf8Whole;
    utf8Whole.feed(input);
    if (utf8Whole.isValid() != utf8Pieces.isValid() || utf8Whole.finish() != utf8Pieces.finish())
        abort();
    // A valid verdict must agree with Qt's decoder.
    if (utf8Whole.finish() && QString::fromUtf8(input).toUtf8() != input.toByteArray())
        abort();

    // A BOM split across pieces is kept when fed in pieces, so only compare inputs without one.
    if (!input.startsWith("\xEF") && whole.error() == pieces.error()) {
        if (wholeEvents.size() != pieceEvents.size())
            abort();
        for (qsizetype i = 0; i < wholeEvents.size(); ++i) {
            if (wholeEvents[i].data != pieceEvents[i].data || wholeEvents[i].type != pieceEvents[i].type)
                abort();
        }
    }
    for (const hwb::SseEvent &event : std::as_const(pieceEvents))
        (void)hwb::StreamDelta::fromEvent(event);
    whole.finish();
    pieces.finish();
    (void)hwb::StreamDelta::fromBody(input.toByteArray());
    return 0;
}
