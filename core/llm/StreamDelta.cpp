#include "StreamDelta.h"

#include "SseParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hwb {

namespace {

QString errorText(const QJsonValue &error)
{
    if (error.isString())
        return error.toString();
    const QJsonObject o = error.toObject();
    QString message = o.value(QLatin1String("message")).toString();
    const QString type = o.value(QLatin1String("type")).toString();
    if (!type.isEmpty() && !message.isEmpty())
        message = type + QLatin1String(": ") + message;
    return message.isEmpty() ? type : message;
}

void readUsage(const QJsonObject &usage, StreamDelta &delta)
{
    // OpenAI says completion_tokens/prompt_tokens, Anthropic output_tokens/input_tokens.
    for (const auto *key : {"completion_tokens", "output_tokens"}) {
        const QJsonValue v = usage.value(QLatin1String(key));
        if (v.isDouble())
            delta.outputTokens = v.toInteger();
    }
    for (const auto *key : {"prompt_tokens", "input_tokens"}) {
        const QJsonValue v = usage.value(QLatin1String(key));
        if (v.isDouble())
            delta.inputTokens = v.toInteger();
    }
}

StreamDelta fromObject(const QJsonObject &o, bool streamed)
{
    StreamDelta delta;
    if (o.contains(QLatin1String("error"))) {
        delta.kind = StreamDelta::Kind::Error;
        delta.errorMessage = errorText(o.value(QLatin1String("error")));
        return delta;
    }
    const QString type = o.value(QLatin1String("type")).toString();
    if (o.value(QLatin1String("usage")).isObject())
        readUsage(o.value(QLatin1String("usage")).toObject(), delta);

    // Anthropic messages events.
    if (type == QLatin1String("content_block_delta")) {
        delta.text = o.value(QLatin1String("delta")).toObject().value(QLatin1String("text")).toString();
    } else if (type == QLatin1String("message_start")) {
        readUsage(o.value(QLatin1String("message")).toObject().value(QLatin1String("usage")).toObject(), delta);
        delta.outputTokens = -1; // message_start reports a placeholder output count
    } else if (type == QLatin1String("message_stop")) {
        delta.kind = StreamDelta::Kind::End;
        return delta;
    } else if (type == QLatin1String("message") && o.value(QLatin1String("content")).isArray()) {
        for (const QJsonValue &block : o.value(QLatin1String("content")).toArray())
            delta.text += block.toObject().value(QLatin1String("text")).toString();
    }

    // OpenAI chat completions (chunks carry delta, whole responses message) and legacy completions.
    const QJsonArray choices = o.value(QLatin1String("choices")).toArray();
    for (const QJsonValue &choice : choices) {
        const QJsonObject c = choice.toObject();
        const QJsonObject part = c.value(QLatin1String(streamed ? "delta" : "message")).toObject();
        delta.text += part.value(QLatin1String("content")).toString();
        delta.text += c.value(QLatin1String("text")).toString();
    }
    // Embeddings carry vectors, not text; one vector counts as one piece of content.
    if (!streamed && o.value(QLatin1String("data")).isArray() && delta.text.isEmpty()) {
        const auto n = o.value(QLatin1String("data")).toArray().size();
        if (n > 0)
            delta.text = QStringLiteral("[%1 embedding(s)]").arg(n);
    }
    delta.kind = delta.text.isEmpty() ? StreamDelta::Kind::Metadata : StreamDelta::Kind::Content;
    return delta;
}

} // namespace

StreamDelta StreamDelta::fromEvent(const SseEvent &event)
{
    if (event.done) {
        StreamDelta d;
        d.kind = Kind::End;
        return d;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(event.data, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        StreamDelta d;
        d.kind = Kind::NotJson;
        return d;
    }
    StreamDelta d = fromObject(doc.object(), true);
    if (event.type == "error" && d.kind != Kind::Error) {
        d.kind = Kind::Error;
        d.errorMessage = QString::fromUtf8(event.data.left(512));
    }
    return d;
}

StreamDelta StreamDelta::fromBody(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        StreamDelta d;
        d.kind = Kind::NotJson;
        return d;
    }
    return fromObject(doc.object(), false);
}

QString StreamDelta::errorMessageOf(const QByteArray &json)
{
    const StreamDelta d = fromBody(json);
    return d.kind == Kind::Error ? d.errorMessage : QString();
}

} // namespace hwb
