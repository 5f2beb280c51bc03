#include "MockLlmDialect.h"

#include "MockLlmTokens.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace hwb {

namespace {

QByteArray number(qint64 value)
{
    return QByteArray::number(value);
}

class OpenAiDialect : public MockLlmDialect
{
public:
    explicit OpenAiDialect(const QJsonObject &body)
    {
        m_includeUsage = body.value(QLatin1String("stream_options")).toObject().value(QLatin1String("include_usage")).toBool();
        m_prompt = MockLlmTokens::lastUserText(body.value(QLatin1String("messages")));
        m_id = QStringLiteral("chatcmpl-mock-");
    }

    QByteArray streamStart() const override
    {
        return sseEvent(chunk(R"({"role":"assistant","content":""})", "null"));
    }
    QByteArray tokenEvent(const QString &token) const override
    {
        return sseEvent(chunk(R"({"content":)" + jsonString(token) + '}', "null"));
    }
    QByteArray malformedTokenEvent(const QString &token) const override
    {
        const QByteArray whole = chunk(R"({"content":)" + jsonString(token) + '}', "null");
        return sseEvent(whole.left(whole.size() / 2));
    }
    QByteArray streamEnd(int outputTokens, const QByteArray &comment) const override
    {
        QByteArray out = sseEvent(chunk("{}", R"("stop")"));
        if (m_includeUsage)
            out += sseEvent(head() + R"("choices":[],"usage":)" + usage(outputTokens) + '}');
        return out + comment + sseEvent("[DONE]");
    }
    QByteArray completeBody(const QString &text, int outputTokens) const override
    {
        return '{' + jsonString(QStringLiteral("id")) + ':' + jsonString(m_id)
            + R"(,"object":"chat.completion","created":)" + number(m_created) + R"(,"model":)" + jsonString(m_model)
            + R"(,"choices":[{"index":0,"message":{"role":"assistant","content":)" + jsonString(text)
            + R"(},"logprobs":null,"finish_reason":"stop"}],"usage":)" + usage(outputTokens) + "}\n";
    }
    QByteArray errorBody(int status, const QString &message) const override
    {
        const char *type = status == 429 ? "rate_limit_exceeded" : "server_error";
        return R"({"error":{"message":)" + jsonString(message) + R"(,"type":")" + type + R"(","code":)"
            + number(status) + "}}\n";
    }

private:
    QByteArray head() const
    {
        return R"({"id":)" + jsonString(m_id) + R"(,"object":"chat.completion.chunk","created":)" + number(m_created)
            + R"(,"model":)" + jsonString(m_model) + ',';
    }
    QByteArray chunk(const QByteArray &delta, const QByteArray &finishReason) const
    {
        QByteArray out = head() + R"("choices":[{"index":0,"delta":)" + delta + R"(,"logprobs":null,"finish_reason":)"
            + finishReason + "}]";
        if (m_includeUsage)
            out += R"(,"usage":null)";
        return out + '}';
    }
    QByteArray usage(int outputTokens) const
    {
        return R"({"prompt_tokens":)" + number(promptTokens()) + R"(,"completion_tokens":)" + number(outputTokens)
            + R"(,"total_tokens":)" + number(promptTokens() + outputTokens) + '}';
    }

    bool m_includeUsage = false;
};

class AnthropicDialect : public MockLlmDialect
{
public:
    explicit AnthropicDialect(const QJsonObject &body)
    {
        m_prompt = MockLlmTokens::lastUserText(body.value(QLatin1String("messages")));
        m_id = QStringLiteral("msg_mock_");
    }

    QByteArray streamStart() const override
    {
        return sseEvent(R"({"type":"message_start","message":{"id":)" + jsonString(m_id)
                            + R"(,"type":"message","role":"assistant","model":)" + jsonString(m_model)
                            + R"(,"content":[],"stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":)"
                            + number(promptTokens()) + R"(,"output_tokens":1}}})",
                        "message_start")
            + sseEvent(R"({"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}})",
                       "content_block_start")
            + sseEvent(R"({"type":"ping"})", "ping");
    }
    QByteArray tokenEvent(const QString &token) const override
    {
        return sseEvent(delta(token), "content_block_delta");
    }
    QByteArray malformedTokenEvent(const QString &token) const override
    {
        const QByteArray whole = delta(token);
        return sseEvent(whole.left(whole.size() / 2), "content_block_delta");
    }
    QByteArray streamEnd(int outputTokens, const QByteArray &comment) const override
    {
        return sseEvent(R"({"type":"content_block_stop","index":0})", "content_block_stop")
            + sseEvent(R"({"type":"message_delta","delta":{"stop_reason":"end_turn","stop_sequence":null},"usage":{"output_tokens":)"
                           + number(outputTokens) + "}}",
                       "message_delta")
            + comment + sseEvent(R"({"type":"message_stop"})", "message_stop");
    }
    QByteArray completeBody(const QString &text, int outputTokens) const override
    {
        return R"({"id":)" + jsonString(m_id) + R"(,"type":"message","role":"assistant","model":)" + jsonString(m_model)
            + R"(,"content":[{"type":"text","text":)" + jsonString(text)
            + R"(}],"stop_reason":"end_turn","stop_sequence":null,"usage":{"input_tokens":)" + number(promptTokens())
            + R"(,"output_tokens":)" + number(outputTokens) + "}}\n";
    }
    QByteArray errorBody(int status, const QString &message) const override
    {
        const char *type = status == 429 ? "rate_limit_error" : "api_error";
        return R"({"type":"error","error":{"type":")" + QByteArray(type) + R"(","message":)" + jsonString(message)
            + "}}\n";
    }

private:
    static QByteArray delta(const QString &token)
    {
        return R"({"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":)" + jsonString(token)
            + "}}";
    }
};

} // namespace

int MockLlmDialect::promptTokens() const
{
    return MockLlmTokens::estimate(m_prompt);
}

QByteArray MockLlmDialect::jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray MockLlmDialect::sseEvent(const QByteArray &data, const QByteArray &eventName)
{
    QByteArray out;
    if (!eventName.isEmpty())
        out += "event: " + eventName + '\n';
    return out + "data: " + data + "\n\n";
}

std::unique_ptr<MockLlmDialect> MockLlmDialect::forRequest(bool anthropic, const QByteArray &body, int *status,
                                                           QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject()) {
        *status = 400;
        *error = QCoreApplication::translate("hwb::MockLlmDialect", "The request body is not a JSON object: %1")
                     .arg(parseError.errorString());
        return nullptr;
    }
    const QJsonObject json = document.object();
    std::unique_ptr<MockLlmDialect> dialect;
    if (anthropic)
        dialect = std::make_unique<AnthropicDialect>(json);
    else
        dialect = std::make_unique<OpenAiDialect>(json);
    dialect->m_stream = json.value(QLatin1String("stream")).toBool();
    dialect->m_model = json.value(QLatin1String("model")).toString(QStringLiteral("mock-gpt"));
    dialect->m_maxTokens = json.value(QLatin1String("max_tokens")).toInt(-1);
    dialect->m_created = QDateTime::currentSecsSinceEpoch();
    // The id is derived from the prompt like the tokens, so identical requests give identical replies.
    dialect->m_id += QString::fromLatin1(
        QCryptographicHash::hash(dialect->m_prompt.toUtf8(), QCryptographicHash::Sha256).toHex().left(12));
    return dialect;
}

} // namespace hwb
