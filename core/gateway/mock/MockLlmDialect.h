#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace hwb {

// The wire format of one API family: what the mock sends before, during and after the tokens.
// Field order follows the real APIs so a captured stream reads like the provider's.
class MockLlmDialect
{
public:
    virtual ~MockLlmDialect() = default;

    // Anthropic's /v1/messages, or OpenAI's /v1/chat/completions. nullptr with *status/*error set when the body is
    // not something the mock serves.
    static std::unique_ptr<MockLlmDialect> forRequest(bool anthropic, const QByteArray &body, int *status, QString *error);

    bool isStream() const { return m_stream; }
    QString prompt() const { return m_prompt; }
    int maxTokens() const { return m_maxTokens; }
    int promptTokens() const;

    virtual QByteArray streamStart() const = 0;
    virtual QByteArray tokenEvent(const QString &token) const = 0;
    // A token event whose JSON is cut short: what a broken provider or proxy produces.
    virtual QByteArray malformedTokenEvent(const QString &token) const = 0;
    // comment is an SSE comment line (": ...") carrying the server-side timings; clients ignore it.
    virtual QByteArray streamEnd(int outputTokens, const QByteArray &comment) const = 0;
    virtual QByteArray completeBody(const QString &text, int outputTokens) const = 0;
    virtual QByteArray errorBody(int status, const QString &message) const = 0;

    static QByteArray jsonString(const QString &text);
    static QByteArray sseEvent(const QByteArray &data, const QByteArray &eventName = {});

protected:
    QString m_id;
    QString m_model;
    QString m_prompt;
    qint64 m_created = 0;
    int m_maxTokens = -1;
    bool m_stream = false;
};

} // namespace hwb
