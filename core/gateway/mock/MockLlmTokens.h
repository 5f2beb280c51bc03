#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace hwb {

// The mock's reply text: the same prompt always gives the same tokens, so a test or a demo can compare
// runs, and a Chinese prompt gets a Chinese reply.
class MockLlmTokens
{
public:
    static QStringList forPrompt(const QString &prompt, int count);
    // The last user message of an OpenAI or Anthropic "messages" array (string or text parts).
    static QString lastUserText(const QJsonValue &messages);
    // A rough token count for usage: one per CJK character, one per other word.
    static int estimate(const QString &text);
};

} // namespace hwb
