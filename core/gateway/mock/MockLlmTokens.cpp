#include "MockLlmTokens.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>

namespace hwb {

namespace {

const char *const kEnglish[] = {"the", "gateway", "plugin", "streams", "tokens", "quickly", "and", "mock",
                                "upstream", "replies", "with", "steady", "timing", "for", "every", "request",
                                "wasm", "filter", "route", "cluster", "latency", "budget", "is", "fine"};
// UTF-8 literals: the strict-cast build only allows explicit conversions.
const char *const kChinese[] = {"网关", "插件", "正在", "流式", "返回", "令牌", "模型", "请求", "响应", "延迟",
                                "稳定", "测试", "构建", "上游", "路由", "集群", "。", "，"};

bool isCjk(QChar c)
{
    return c.unicode() >= 0x3400 && c.unicode() <= 0x9fff;
}

bool hasCjk(const QString &text)
{
    for (QChar c : text) {
        if (isCjk(c))
            return true;
    }
    return false;
}

} // namespace

QStringList MockLlmTokens::forPrompt(const QString &prompt, int count)
{
    const QByteArray digest = QCryptographicHash::hash(prompt.toUtf8(), QCryptographicHash::Sha256);
    quint64 state = 0;
    for (int i = 0; i < 8; ++i)
        state = (state << 8) | quint8(digest.at(i));
    state |= 1; // xorshift needs a non-zero state
    const bool chinese = hasCjk(prompt);
    QStringList tokens;
    tokens.reserve(count);
    for (int i = 0; i < count; ++i) {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        if (chinese) {
            tokens << QString::fromUtf8(kChinese[state % std::size(kChinese)]);
        } else {
            const QString word = QLatin1String(kEnglish[state % std::size(kEnglish)]);
            tokens << (i == 0 ? word : QLatin1Char(' ') + word);
        }
    }
    return tokens;
}

QString MockLlmTokens::lastUserText(const QJsonValue &messages)
{
    const QJsonArray array = messages.toArray();
    for (qsizetype i = array.size() - 1; i >= 0; --i) {
        const QJsonObject message = array.at(i).toObject();
        if (message.value(QLatin1String("role")).toString() != QLatin1String("user"))
            continue;
        const QJsonValue content = message.value(QLatin1String("content"));
        if (content.isString())
            return content.toString();
        QString text;
        for (const QJsonValue &part : content.toArray())
            text += part.toObject().value(QLatin1String("text")).toString();
        return text;
    }
    return {};
}

int MockLlmTokens::estimate(const QString &text)
{
    int count = 0;
    bool inWord = false;
    for (QChar c : text) {
        if (isCjk(c)) {
            ++count;
            inWord = false;
        } else if (c.isLetterOrNumber()) {
            if (!inWord)
                ++count;
            inWord = true;
        } else {
            inWord = false;
        }
    }
    return count;
}

} // namespace hwb
