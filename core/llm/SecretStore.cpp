#include "SecretStore.h"

#include "Redactor.h"
#include "hwb_config.h"

#include <QCoreApplication>
#if HWB_HAVE_QTKEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace hwb {

namespace {
const QString kService = QStringLiteral("higress-workbench");
}

SecretStore::SecretStore(Backend preferred, QObject *parent)
    : QObject(parent)
    , m_backend(HWB_HAVE_QTKEYCHAIN ? preferred : Backend::Memory)
{
    if (!HWB_HAVE_QTKEYCHAIN)
        m_fallbackReason = QCoreApplication::translate("hwb::SecretStore", "this build has no QtKeychain");
}

SecretStore &SecretStore::instance()
{
    static SecretStore *store = new SecretStore(Backend::Keychain, QCoreApplication::instance());
    return *store;
}

QString SecretStore::backendDescription() const
{
    // Said only once the keychain has answered: until then a key typed in is held in memory like any other.
    if (m_backend == Backend::Keychain && m_keychainAnswered)
        return QCoreApplication::translate("hwb::SecretStore", "API keys are kept in the system keychain.");
    if (m_backend == Backend::Keychain)
        return QCoreApplication::translate("hwb::SecretStore", "Asking the system keychain…");
    if (m_fallbackReason.isEmpty())
        return QCoreApplication::translate("hwb::SecretStore",
                                           "API keys are kept in memory for this session only.");
    // The reason (QtKeychain's words, untranslated) is fallbackReason(), for a tooltip.
    return QCoreApplication::translate("hwb::SecretStore",
                                       "No keychain available: API keys are kept in memory for this session only.");
}

void SecretStore::noteKeychainAnswered()
{
    if (m_keychainAnswered)
        return;
    m_keychainAnswered = true;
    Q_EMIT backendChanged();
}

void SecretStore::fallBackToMemory(const QString &reason)
{
    if (m_backend == Backend::Memory)
        return;
    m_backend = Backend::Memory;
    m_fallbackReason = reason;
    Q_EMIT backendChanged();
}

void SecretStore::setValue(const QString &name, const QString &secret)
{
    Redactor::global().addSecret(secret);
    m_values.insert(name, secret);
    Q_EMIT changed(name);
#if HWB_HAVE_QTKEYCHAIN
    if (m_backend != Backend::Keychain)
        return;
    auto *job = new QKeychain::WritePasswordJob(kService, this);
    job->setKey(name);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError)
            fallBackToMemory(j->errorString());
        else
            noteKeychainAnswered();
    });
    job->start();
#endif
}

void SecretStore::load(const QString &name)
{
#if HWB_HAVE_QTKEYCHAIN
    if (m_backend != Backend::Keychain)
        return;
    auto *job = new QKeychain::ReadPasswordJob(kService, this);
    job->setKey(name);
    connect(job, &QKeychain::Job::finished, this, [this, name](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound) {
            fallBackToMemory(j->errorString());
            return;
        }
        noteKeychainAnswered(); // "no such entry" is an answer too
        if (j->error() == QKeychain::EntryNotFound)
            return;
        const QString secret = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
        Redactor::global().addSecret(secret);
        m_values.insert(name, secret);
        Q_EMIT changed(name);
    });
    job->start();
#else
    Q_UNUSED(name);
#endif
}

} // namespace hwb
