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
// that rewrote the body answers with, and counting it ok would hide the very bug the user is after. A body too big
// to check is malformed too, saying so: "ok" would claim what was never looked at.
class ResponseCheck
{
public:
    // requestBody: what was sent, which says what answer to expect; limit: how much of the body is kept to check it
    ResponseCheck(const QByteArray &requestBody, qsizetype limit);

    void feed(const QByteArray &bytes); // the response body as it arrives

    struct Verdict
    {
        Outcome outcome = Outcome::Ok;
        QString error;
        StreamDelta delta; // a JSON answer's content and usage
    };
    Verdict verdict(int status, const QByteArray &contentType) const;

private:
    QByteArray m_requestBody;
    qsizetype m_limit;
    QByteArray m_body;
    qint64 m_bytes = 0;
};

} // namespace hwb
