#pragma once

#include "FireOutcome.h"
#include "StreamDelta.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace hwb {

// Whether a complete 2xx response that did not stream answers the request that was sent: a chat request gets a
// chat completion (or an Anthropic message), an embeddings request embeddings, a request for a stream a stream.
// An HTML page, {"hello":"world"}, or plain JSON where SSE was asked for is what a misrouted gateway or a plugin
// that rewrote the body answers with, and counting it ok would hide the very bug the user is after. What answer to
// expect comes from the endpoint (…/chat/completions, …/messages, …/embeddings, …/completions); any other (the
// Responses API, images, speech, Ollama's) is checked for being JSON if it says so, nothing more. A body too big to
// keep in memory for the check (batch embeddings) is left unjudged rather than called malformed.
class ResponseCheck
{
public:
    // path: the endpoint's; requestBody: what was sent (stream:true); limit: how much of the body is kept to check it
    ResponseCheck(const QString &path, const QByteArray &requestBody, qsizetype limit);

    void feed(const QByteArray &bytes); // the response body as it arrives

    struct Verdict
    {
        Outcome outcome = Outcome::Ok;
        QString error;
        StreamDelta delta; // a JSON answer's content and usage
    };
    Verdict verdict(int status, const QByteArray &contentType) const;

private:
    QString m_path;
    QByteArray m_requestBody;
    qsizetype m_limit;
    QByteArray m_body;
    qint64 m_bytes = 0;
};

} // namespace hwb
