#include "SecretName.h"

#include <QRegularExpression>

#include <algorithm>
#include <iterator>

namespace hwb {

namespace {
// Each alternative of the rule holds one of these words (in lower case).
constexpr QLatin1String kWords[] = {
    QLatin1String("key"),   QLatin1String("token"),     QLatin1String("secret"),  QLatin1String("auth"),
    QLatin1String("passw"), QLatin1String("signature"), QLatin1String("session"), QLatin1String("cookie"),
    QLatin1String("credential"),
};
} // namespace

bool SecretName::mayOccurIn(QStringView lowerText)
{
    return std::any_of(std::begin(kWords), std::end(kWords),
                       [&](QLatin1String word) { return lowerText.contains(word); });
}

bool SecretName::matches(QStringView name)
{
    // By what the name says rather than by a list, so a gateway's X-Auth-Token, Azure's Ocp-Apim-Subscription-Key,
    // ai-proxy's apiTokens and key-auth's keys are caught as Authorization and Cookie are. "key(s)" as a word's end
    // (cacheKeyFrom is not a key); not "tokens", a count worth reading (x-ratelimit-remaining-tokens, a body's
    // max_tokens), unless it is an API's; nor "author".
    static const QRegularExpression secret(
        QStringLiteral("keys?(?![a-z])|token(?!s)|api[-_]?tokens|secret|auth(?!ors?\\b)|passw(?:or)?d|signature|"
                       "session|cookie|credential"),
        QRegularExpression::CaseInsensitiveOption);
    // A run's history asks this for every header of every request, so the expression runs only where it can match.
    const QString text = name.toString();
    return mayOccurIn(text.toLower()) && secret.match(text).hasMatch();
}

} // namespace hwb
