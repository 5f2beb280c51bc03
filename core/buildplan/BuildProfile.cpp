#include "BuildProfile.h"

#include "llm/Redactor.h"
#include "storage/AppDataFolder.h"
#include "storage/JsonStoreFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>

namespace hwb {

namespace {

QString keyOf(const QString &workspace)
{
    const QString canonical = QFileInfo(workspace).canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(QDir(workspace).absolutePath()) : canonical;
}


} // namespace

bool BuildProfile::looksSecret(const QString &name)
{
    static const QRegularExpression secret(QStringLiteral("(TOKEN|SECRET|PASSWORD|PASSWD|API_?KEY|CREDENTIAL)"),
                                           QRegularExpression::CaseInsensitiveOption);
    return secret.match(name).hasMatch();
}

bool BuildProfile::isSecret(const QString &name, const QString &value)
{
    return looksSecret(name) || Redactor::hasKeyShape(value);
}

QString BuildProfile::storePath()
{
    const QString env = qEnvironmentVariable("HWB_PROFILE_FILE");
    if (!env.isEmpty())
        return env;
    return AppDataFolder::filePath(QStringLiteral("build-profiles.json"));
}

BuildProfile BuildProfile::load(const QString &workspace, QString *error)
{
    QString why;
    const std::optional<QJsonObject> store = JsonStoreFile(storePath()).read(&why);
    if (!store && error)
        *error = QCoreApplication::translate("hwb::BuildProfile", "The build profiles in %1 could not be read (%2).")
                     .arg(storePath(), why);
    const QJsonObject o = store.value_or(QJsonObject()).value(keyOf(workspace)).toObject();
    BuildProfile p;
    p.mode = buildModeFromId(o.value(QStringLiteral("mode")).toString());
    const QJsonObject vars = o.value(QStringLiteral("variables")).toObject();
    for (auto it = vars.begin(); it != vars.end(); ++it)
        if (!isSecret(it.key(), it.value().toString()))
            p.variables.set(it.key(), it.value().toString());
    p.customCommand = o.value(QStringLiteral("custom_command")).toString();
    return p;
}

QString BuildProfile::save(const QString &workspace, const BuildProfile &profile, FrontEnd front)
{
    QJsonObject vars;
    for (const auto &[k, v] : profile.variables.values) {
        if (isSecret(k, v)) {
            const QString refusal = looksSecret(k)
                ? QCoreApplication::translate("hwb::BuildProfile", "%1 looks like a secret; profiles are plain files.").arg(k)
                : QCoreApplication::translate("hwb::BuildProfile", "The value of %1 looks like an API key; profiles are "
                                                                   "plain files.").arg(k);
            // hwb has no keychain of its own: a build inherits hwb's environment.
            const QString fix = front == FrontEnd::Window
                ? QCoreApplication::translate("hwb::BuildProfile", "Keep secrets in the keychain.")
                : QCoreApplication::translate("hwb::BuildProfile", "Export it in the shell that runs hwb build (builds "
                                                                   "inherit its environment), or pass it to one build with --set %1=….").arg(k);
            return refusal + QLatin1Char(' ') + fix;
        }
        // GOPROXY=https://user:password@proxy/: the name is harmless, the value is not.
        if (Redactor::maskUrlPasswords(v) != v) {
            const QString refusal = QCoreApplication::translate(
                "hwb::BuildProfile", "%1 holds a URL with a password; profiles are plain files.").arg(k);
            const QString netrc = QCoreApplication::translate(
                "hwb::BuildProfile", "Put the login in ~/.netrc (Go and git read it there) and the URL without it.");
            const QString once = front == FrontEnd::Window
                ? QString()
                : QLatin1Char(' ') + QCoreApplication::translate("hwb::BuildProfile", "Or pass it to one build with --set %1=….").arg(k);
            return refusal + QLatin1Char(' ') + netrc + once;
        }
        vars.insert(k, v);
    }
    // Another workspace's profile in a store that cannot be read is not dropped: the file is kept beside.
    QString why;
    QJsonObject store = JsonStoreFile(storePath()).read(&why).value_or(QJsonObject());
    QJsonObject entry{{QStringLiteral("variables"), vars}};
    if (profile.mode)
        entry.insert(QStringLiteral("mode"), buildModeId(*profile.mode));
    if (!profile.customCommand.isEmpty())
        entry.insert(QStringLiteral("custom_command"), profile.customCommand);
    if (profile.isEmpty())
        store.remove(keyOf(workspace));
    else
        store.insert(keyOf(workspace), entry);
    QString error;
    return JsonStoreFile(storePath()).write(store, &error) ? QString() : error;
}

} // namespace hwb
