#pragma once

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QString>
#include <QStringList>

namespace hwb {

// Removes API keys from everything the workbench writes: logs, CLI output, exports and run history.
// It knows the keys the SecretStore handed out (exact values) and the usual shapes of keys
// (Authorization/x-api-key headers, "Bearer ...", "sk-...", a URL's user:password@ and ?key=), so a key typed
// into a header or a URL is caught too. Safe to use from several threads (a run is stored on a worker thread while
// the window redacts what it shows).
class Redactor
{
public:
    static Redactor &global();

    void addSecret(const QString &value); // values shorter than 4 characters are ignored
    void clearSecrets();

    QString redact(QString text) const;
    QByteArray redact(const QByteArray &text) const;
    // A model's answer: the keys handed out, key shapes and URL passwords are masked, but not JSON members by their
    // names, which in an answer are data: logprobs' "token", a tool call's {"key": …}, a thinking block's signature.
    QString redactAnswer(QString text) const;
    QByteArray redactAnswer(const QByteArray &text) const;
    QList<QPair<QByteArray, QByteArray>> redactHeaders(const QList<QPair<QByteArray, QByteArray>> &headers) const;
    static bool isSecretHeader(QByteArrayView name); // also a JSON member's name, in a template's body
    static QString maskUrlPasswords(QString text);    // scheme://user:[REDACTED]@host
    // A whole value shaped like a provider's key (OpenAI's and Anthropic's sk-…, Google's AIza…): a key wherever
    // it is written, whatever the name it is written under.
    static bool hasKeyShape(const QString &value);

    static constexpr const char *kMask = "[REDACTED]";

private:
    QString redactText(QString text, bool secretMembers) const;
    QStringList secrets() const;

    mutable QMutex m_mutex;
    QStringList m_secrets;
};

} // namespace hwb
