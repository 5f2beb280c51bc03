#include "ResponseCheck.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hwb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hwb::ResponseCheck", text);
}

// What the endpoint answers: one of no known dialect (the Responses API's "input", an image's "prompt", a GET) is
// checked for valid JSON only. By the path, not the body: "input" and "prompt" are words of many APIs.
enum class Expected { Anything, Chat, Embeddings, Completion };

Expected expectedFor(const QString &path, const QJsonObject &request)
{
    const bool messages = request.value(QLatin1String("messages")).isArray();
    if (messages && (path.endsWith(QLatin1String("/chat/completions")) || path.endsWith(QLatin1String("/messages"))))
        return Expected::Chat;
    if (path.endsWith(QLatin1String("/embeddings")))
        return Expected::Embeddings;
    if (path.endsWith(QLatin1String("/completions")) && request.contains(QLatin1String("prompt")))
        return Expected::Completion;
    return Expected::Anything;
}

// Empty when the answer is of the kind expected, else why not. translate() spelled out: lupdate files a tr() outside
// the class's functions under the namespace.
QString mismatch(Expected expected, const QJsonObject &answer)
{
    const bool hasChoices = answer.value(QLatin1String("choices")).isArray();
    switch (expected) {
    case Expected::Anything:
        return {};
    case Expected::Chat: // OpenAI's chat completion, or Anthropic's message
        if (hasChoices || (answer.value(QLatin1String("type")).toString() == QLatin1String("message")
                           && answer.value(QLatin1String("content")).isArray()))
            return {};
        return QCoreApplication::translate("hwb::ResponseCheck", "not a chat completion: no choices");
    case Expected::Embeddings:
        return answer.value(QLatin1String("data")).isArray()
            ? QString()
            : QCoreApplication::translate("hwb::ResponseCheck", "not an embedding response: no data");
    case Expected::Completion:
        return hasChoices ? QString() : QCoreApplication::translate("hwb::ResponseCheck", "not a completion: no choices");
    }
    return {};
}

} // namespace

ResponseCheck::ResponseCheck(const QString &path, const QByteArray &requestBody, qsizetype limit)
    : m_path(path)
    , m_requestBody(requestBody)
    , m_limit(limit)
{
}

void ResponseCheck::feed(const QByteArray &bytes)
{
    m_bytes += bytes.size();
    if (m_body.size() < m_limit)
        m_body.append(bytes.left(m_limit - m_body.size()));
}

ResponseCheck::Verdict ResponseCheck::verdict(int status, const QByteArray &contentType) const
{
    Verdict v;
    const QJsonObject request = QJsonDocument::fromJson(m_requestBody).object();
    const Expected expected = expectedFor(m_path, request);
    const bool asksForStream = expected != Expected::Anything && request.value(QLatin1String("stream")).toBool();
    if (!contentType.toLower().contains("json")) {
        if (expected != Expected::Anything) {
            v.outcome = Outcome::Malformed;
            v.error = contentType.isEmpty() ? tr("no Content-Type, not JSON")
                                            : tr("%1, not JSON").arg(QString::fromLatin1(contentType));
        }
        return v;
    }
    if (m_bytes > m_body.size())
        return v; // too big to keep for the check: unjudged, not malformed
    v.delta = StreamDelta::fromBody(m_body);
    if (v.delta.kind == StreamDelta::Kind::NotJson) {
        v.outcome = Outcome::Malformed;
        v.error = tr("The response says JSON but is not valid JSON.");
    } else if (v.delta.kind == StreamDelta::Kind::Error) {
        v.outcome = Outcome::HttpError;
        v.error = tr("HTTP %1 carrying an error: %2").arg(status).arg(v.delta.errorMessage);
    } else if (asksForStream) {
        v.outcome = Outcome::Malformed;
        v.error = tr("asked for a stream (stream:true) but got %1").arg(QString::fromLatin1(contentType));
    } else if (const QString why = mismatch(expected, QJsonDocument::fromJson(m_body).object()); !why.isEmpty()) {
        v.outcome = Outcome::Malformed;
        v.error = why;
    }
    return v;
}

} // namespace hwb
