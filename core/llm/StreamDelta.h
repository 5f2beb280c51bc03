#pragma once

#include <QByteArray>
#include <QString>

namespace hwb {

struct SseEvent;

// What one LLM stream event (OpenAI chat chunk or Anthropic messages event) or one whole non-streamed
// response body means for the measurements: the text it adds, token usage, the end of the stream, errors.
struct StreamDelta
{
    enum class Kind { Content, Metadata, End, Error, NotJson };
    Kind kind = Kind::Metadata;
    QString text;             // the content this event adds; may be empty
    qint64 outputTokens = -1; // from usage, when the event carries it
    qint64 inputTokens = -1;
    QString errorMessage;     // Kind::Error: the provider's message

    static StreamDelta fromEvent(const SseEvent &event);
    // A complete non-streamed body: chat completion, Anthropic message, embeddings or an error object.
    static StreamDelta fromBody(const QByteArray &json);
    // The message of an OpenAI ({"error":{"message"}}) or Anthropic ({"type":"error","error":{...}}) error
    // body; empty when the body is neither.
    static QString errorMessageOf(const QByteArray &json);
};

} // namespace hwb
