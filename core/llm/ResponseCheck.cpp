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

// What the request's body says the answer is: a request of no known dialect (a GET, an arbitrary --body) is
// checked for valid JSON only.
enum class Expected { Anything, Chat, Embeddings, Completion };

Expected expectedFor(const QJsonObject &request)
{
    if (request.value(QLatin1String("messages")).isArray())
        return Expected::Chat;
    if (request.contains(QLatin1String("input")))
        return Expected::Embeddings;
    if (request.contains(QLatin1String("prompt")))
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

ResponseCheck::ResponseCheck(const QByteArray &requestBody, qsizetype limit)
    : m_requestBody(requestBody)
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
    const Expected expected = expectedFor(request);
    const bool asksForStream = request.value(QLatin1String("stream")).toBool();
    if (!contentType.toLower().contains("json")) {
        if (expected != Expected::Anything || asksForStream) {
            v.outcome = Outcome::Malformed;
            v.error = contentType.isEmpty() ? tr("no Content-Type, not JSON")
                                            : tr("%1, not JSON").arg(QString::fromLatin1(contentType));
        }
        return v;
    }
    if (m_bytes > m_body.size()) {
        v.outcome = Outcome::Malformed;
        v.error = tr("body too big to check: %1 bytes").arg(m_bytes);
        return v;
    }
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
