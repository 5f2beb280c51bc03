#include "Redactor.h"

#include <QRegularExpression>

namespace hwb {

Redactor &Redactor::global()
{
    static Redactor redactor;
    return redactor;
}

void Redactor::addSecret(const QString &value)
{
    if (value.size() >= 4 && !m_secrets.contains(value))
        m_secrets.append(value);
}

void Redactor::clearSecrets()
{
    m_secrets.clear();
}

bool Redactor::isSecretHeader(QByteArrayView name)
{
    // By what the name says rather than by a list, so a gateway's X-Auth-Token or a vendor's X-Foo-Api-Key is caught
    // as Authorization and Cookie are. Not "tokens", a count worth reading (x-ratelimit-remaining-tokens, a body's
    // max_tokens), nor "author".
    static const QRegularExpression secret(
        QStringLiteral("auth(?!ors?\\b)|token(?!s)|secret|passw(?:or)?d|api[-_]?key|cookie"),
        QRegularExpression::CaseInsensitiveOption);
    return secret.match(QString::fromLatin1(name)).hasMatch();
}

QString Redactor::redact(QString text) const
{
    const QString mask = QLatin1String(kMask);
    for (const QString &secret : m_secrets)
        text.replace(secret, mask);
    static const QRegularExpression patterns[] = {
        // Authorization: Bearer <token>, in headers, logs and curl lines
        QRegularExpression(QStringLiteral("(Bearer\\s+)(?!\\[REDACTED\\])[A-Za-z0-9._~+/=:-]{4,}"),
                           QRegularExpression::CaseInsensitiveOption),
        // x-api-key: <key> / "api-key": "<key>" / api_key=<key>
        // and apiKey / "apiTokens": ["<key>"], as plugin configurations (ai-proxy's) write them
        QRegularExpression(QStringLiteral("((?:x-)?api[-_]?(?:key|tokens?)\"?\\s*[:=]\\s*\\[?\\s*\"?)(?!\\[REDACTED\\])"
                                          "[^\\s\",}&\\]]{4,}"),
                           QRegularExpression::CaseInsensitiveOption),
        // OpenAI / Anthropic style keys wherever they appear
        QRegularExpression(QStringLiteral("\\b(sk-)(?:ant-)?[A-Za-z0-9_-]{8,}")),
        // credentials in a URL's query, as Gemini (?key=) and signed URLs carry them: http://h/v1?key=<key>
        QRegularExpression(QStringLiteral("([?&](?:key|token|access_token|auth|apikey|password|sig|signature)=)"
                                          "(?!\\[REDACTED\\])[^&#\\s\"]{4,}"),
                           QRegularExpression::CaseInsensitiveOption),
    };
    for (const QRegularExpression &re : patterns)
        text.replace(re, QStringLiteral("\\1") + mask);
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
