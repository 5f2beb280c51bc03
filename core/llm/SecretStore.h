#pragma once

#include <QHash>
#include <QObject>

namespace hwb {

// API keys for request templates (${API_KEY}). Backed by the OS keychain through QtKeychain when the
// build has it and a secret service answers; otherwise keys live in memory for this session only, and
// the store says so. Every value it sees is registered with the Redactor.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Backend { Keychain, Memory };
    explicit SecretStore(Backend preferred = Backend::Keychain, QObject *parent = nullptr);

    static SecretStore &instance();

    // Known at once from memory; load() fetches a keychain value asynchronously (then changed()).
    QString value(const QString &name) const { return m_values.value(name); }
    bool contains(const QString &name) const { return m_values.contains(name); }
    void setValue(const QString &name, const QString &secret);
    void load(const QString &name);

    bool isPersistent() const { return m_backend == Backend::Keychain; }
    QString backendDescription() const; // translated, for the UI
    QString fallbackReason() const { return m_fallbackReason; } // why there is no keychain, in the backend's words

Q_SIGNALS:
    void changed(const QString &name);
    void backendChanged();

private:
    void fallBackToMemory(const QString &reason);
    void noteKeychainAnswered();

    Backend m_backend;
    QString m_fallbackReason;
    bool m_keychainAnswered = false;
    QHash<QString, QString> m_values;
};

} // namespace hwb
