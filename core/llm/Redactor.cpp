#include "Redactor.h"

#include "SecretName.h"

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
    return SecretName::matches(name);
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
        // and apiKey / "apiTokens": ["<key>"], as plugin configurations (ai-proxy's) write them; not ${API_KEY}
        {QLatin1String("api"),
         QRegularExpression(QStringLiteral("((?:x-)?api[-_]?(?:key|tokens?)\"?\\s*[:=]\\s*\\[?\\s*\"?)(?!\\[REDACTED\\]|\\$\\{)"
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

// Every string of a JSON member SecretName calls a credential: "apiTokens": ["k1", "k2"], "keys": [...],
// "credential": "k3", and the same inside a JSON string (\"keys\":[\"k1\"]) as a plugin logs its configuration.
// A key shape alone misses the second of two keys and a key of no known shape. A placeholder (${API_KEY}) stays: it
// says which key was not filled in.
QString maskSecretMembers(const QString &text)
{
    static const QRegularExpression member(
        QStringLiteral("\\\\?\"([A-Za-z0-9_.-]{1,64})\\\\?\"\\s*:\\s*"
                       "(?=(\\[[^\\[\\]]*\\]|\\\\?\"(?:[^\"\\\\]|\\\\(?!\"))*\\\\?\"))"));
    static const QRegularExpression string(QStringLiteral("(\\\\?\")((?:[^\"\\\\]|\\\\(?!\"))+)(\\\\?\")"));
    static const QRegularExpression placeholder(QStringLiteral("^\\$\\{[A-Za-z0-9_]+\\}$"));
    const QString mask = QLatin1String(Redactor::kMask);
    QString out;
    qsizetype done = 0;
    // The value is looked at, not consumed: the value of "msg":"config {\"apiTokens\":..." ends at the quote that
    // opens the next name.
    for (auto it = member.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedStart(2) < done || !SecretName::matches(m.capturedView(1)))
            continue;
        out += QStringView(text).mid(done, m.capturedStart(2) - done);
        QString value = m.captured(2);
        qsizetype at = 0;
        for (QRegularExpressionMatch s = string.match(value); s.hasMatch(); s = string.match(value, at)) {
            const QString content = s.captured(2);
            at = s.capturedEnd(3);
            if (content == mask || placeholder.match(content).hasMatch())
                continue;
            value.replace(s.capturedStart(2), content.size(), mask);
            at += mask.size() - content.size();
        }
        out += value;
        done = m.capturedEnd(2);
    }
    return done == 0 ? text : out + QStringView(text).mid(done);
}
} // namespace

QString Redactor::redact(QString text) const
{
    return redactText(std::move(text), true);
}

QString Redactor::redactAnswer(QString text) const
{
    return redactText(std::move(text), false);
}

QByteArray Redactor::redactAnswer(const QByteArray &text) const
{
    return redactAnswer(QString::fromUtf8(text)).toUtf8();
}

QString Redactor::redactText(QString text, bool secretMembers) const
{
    const QString mask = QLatin1String(kMask);
    for (const QString &secret : secrets())
        text.replace(secret, mask);
    static const QString keepPrefix = QStringLiteral("\\1") + QLatin1String(kMask);
    // One lower-cased copy (none when the text has no capitals) and then case-sensitive searches, which are much
    // faster than case-insensitive ones over a long body.
    const QString lower = text.toLower();
    if (secretMembers && SecretName::mayOccurIn(lower))
        text = maskSecretMembers(text);
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

bool Redactor::hasKeyShape(const QString &value)
{
    static const QRegularExpression re(QStringLiteral("^(sk-(ant-)?[A-Za-z0-9_-]{16,}|AIza[0-9A-Za-z_-]{35})$"));
    return re.match(value).hasMatch();
}

} // namespace hwb
