#include "Redactor.h"

#include <QRegularExpression>

#include <algorithm>

namespace hwb {

Redactor &Redactor::global()
{
    static Redactor redactor;
    return redactor;
}

void Redactor::addSecret(const QString &value)
{
    const QMutexLocker lock(&m_mutex);
    if (value.size() >= 4 && !m_secrets.contains(value))
        m_secrets.append(value);
}

void Redactor::clearSecrets()
{
    const QMutexLocker lock(&m_mutex);
    m_secrets.clear();
}

QStringList Redactor::secrets() const
{
    const QMutexLocker lock(&m_mutex);
    return m_secrets;
}

bool Redactor::isSecretHeader(QByteArrayView name)
{
    // By what the name says rather than by a list, so a gateway's X-Auth-Token or a vendor's X-Foo-Api-Key is caught
    // as Authorization and Cookie are. Not "tokens", a count worth reading (x-ratelimit-remaining-tokens, a body's
    // max_tokens), nor "author".
    static const QRegularExpression secret(
        QStringLiteral("auth(?!ors?\\b)|token(?!s)|secret|passw(?:or)?d|api[-_]?key|cookie"),
        QRegularExpression::CaseInsensitiveOption);
    // Each alternative holds one of these words: most names (Content-Type, Date) hold none, and a run's history
    // asks this for every header of every request, so the expression runs only where it can match.
    static constexpr QByteArrayView kWords[] = {"auth", "token", "secret", "passw", "api", "cookie"};
    const QByteArray lower = name.toByteArray().toLower();
    const bool maybe = std::any_of(std::begin(kWords), std::end(kWords),
                                   [&](QByteArrayView word) { return lower.contains(word); });
    return maybe && secret.match(QString::fromLatin1(name)).hasMatch();
}

namespace {
// A key's shape, and a word every match of it contains. Checking for the word first keeps redaction cheap on the
// text that has no key (nearly all of it: a run's history redacts every stream event of every request).
struct KeyShape
{
    QLatin1String word; // in lower case
    QRegularExpression shape;
};

const KeyShape (&keyShapes())[4]
{
    static const KeyShape shapes[] = {
        // Authorization: Bearer <token>, in headers, logs and curl lines
        {QLatin1String("bearer"),
         QRegularExpression(QStringLiteral("(Bearer\\s+)(?!\\[REDACTED\\])[A-Za-z0-9._~+/=:-]{4,}"),
                            QRegularExpression::CaseInsensitiveOption)},
        // x-api-key: <key> / "api-key": "<key>" / api_key=<key>
        // and apiKey / "apiTokens": ["<key>"], as plugin configurations (ai-proxy's) write them
        {QLatin1String("api"),
         QRegularExpression(QStringLiteral("((?:x-)?api[-_]?(?:key|tokens?)\"?\\s*[:=]\\s*\\[?\\s*\"?)(?!\\[REDACTED\\])"
                                           "[^\\s\",}&\\]]{4,}"),
                            QRegularExpression::CaseInsensitiveOption)},
        // OpenAI / Anthropic style keys wherever they appear
        {QLatin1String("sk-"), QRegularExpression(QStringLiteral("\\b(sk-)(?:ant-)?[A-Za-z0-9_-]{8,}"))},
        // credentials in a URL's query, as Gemini (?key=) and signed URLs carry them: http://h/v1?key=<key>
        {QLatin1String("="),
         QRegularExpression(QStringLiteral("([?&](?:key|token|access_token|auth|apikey|password|sig|signature)=)"
                                           "(?!\\[REDACTED\\])[^&#\\s\"]{4,}"),
                            QRegularExpression::CaseInsensitiveOption)},
    };
    return shapes;
}
} // namespace

QString Redactor::redact(QString text) const
{
    const QString mask = QLatin1String(kMask);
    for (const QString &secret : secrets())
        text.replace(secret, mask);
    static const QString keepPrefix = QStringLiteral("\\1") + QLatin1String(kMask);
    // One lower-cased copy (none when the text has no capitals) and then case-sensitive searches, which are much
    // faster than case-insensitive ones over a long body.
    const QString lower = text.toLower();
    for (const KeyShape &key : keyShapes())
        if (lower.contains(key.word))
            text.replace(key.shape, keepPrefix);
    return maskUrlPasswords(text);
}

QString Redactor::maskUrlPasswords(QString text)
{
    // Checked first: most text (a build's compiler lines) has no URL with a password, and this runs on every line.
    if (!text.contains(QLatin1Char('@')) || !text.contains(QLatin1String("://")))
        return text;
    // http://alice:<password>@host/; the user name stays
    static const QRegularExpression password(QStringLiteral("(\\b[A-Za-z][A-Za-z0-9+.-]*://[^\\s/?#@:]*:)"
                                                            "(?!\\[REDACTED\\]@)[^\\s/?#@]+(?=@)"));
    return text.replace(password, QStringLiteral("\\1") + QLatin1String(kMask));
}

QByteArray Redactor::redact(const QByteArray &text) const
{
    return redact(QString::fromUtf8(text)).toUtf8();
}

QList<QPair<QByteArray, QByteArray>> Redactor::redactHeaders(const QList<QPair<QByteArray, QByteArray>> &headers) const
{
    QList<QPair<QByteArray, QByteArray>> out;
    out.reserve(headers.size());
    for (const auto &h : headers)
        out.append({h.first, isSecretHeader(h.first) ? QByteArray(kMask) : redact(h.second)});
    return out;
}

} // namespace hwb
