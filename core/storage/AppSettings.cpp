#include "AppSettings.h"

#include "common/ParsedFileCache.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace hwb {

namespace {
const QString kRecent = QStringLiteral("workspace/recent");
const QString kLanguage = QStringLiteral("ui/language");
const QString kWindowGeometry = QStringLiteral("ui/windowGeometry");
const QString kSplitters = QStringLiteral("ui/splitters/");
} // namespace

QStringList AppSettings::recentWorkspaces()
{
    return QSettings().value(kRecent).toStringList();
}

void AppSettings::addRecentWorkspace(const QString &path)
{
    const QString clean = QDir::cleanPath(QDir(path).absolutePath());
    QStringList recent = recentWorkspaces();
    recent.removeAll(clean);
    recent.prepend(clean);
    while (recent.size() > kMaxRecentWorkspaces)
        recent.removeLast();
    QSettings().setValue(kRecent, recent);
}

QString AppSettings::lastWorkspace()
{
    const QStringList recent = recentWorkspaces();
    return recent.isEmpty() ? QString() : recent.constFirst();
}

QString AppSettings::file()
{
    // As QSettings documents it for Unix (NativeFormat): <config>/<organization>/<application>.conf.
    const QString organization = QCoreApplication::organizationName();
    const QString application = QCoreApplication::applicationName();
    if (organization.isEmpty() || application.isEmpty())
        return {};
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QLatin1Char('/') + organization
        + QLatin1Char('/') + application + QStringLiteral(".conf");
}

QVariant AppSettings::value(const QString &key, const QVariant &fallback)
{
    // Keyed on the user's file (or, while there is none, the folder it would be in). A value only a fallback file
    // sets (~/.config/higress-workbench.conf, /etc/xdg/...) is read again when the user's file changes, not when
    // the fallback does; nothing of the workbench writes those.
    const QString settings = file();
    if (settings.isEmpty())
        return QSettings().value(key, fallback);
    static ParsedFileCache<QVariant> cache;
    const QVariant value = cache.get(settings, key, [&key] { return QSettings().value(key); });
    return value.isValid() ? value : fallback;
}

QString AppSettings::language()
{
    return value(kLanguage, QStringLiteral("system")).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    QSettings().setValue(kLanguage, language);
}

QByteArray AppSettings::windowGeometry()
{
    return QSettings().value(kWindowGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    QSettings().setValue(kWindowGeometry, geometry);
}

QByteArray AppSettings::splitterState(const QString &name)
{
    return QSettings().value(kSplitters + name).toByteArray();
}

void AppSettings::setSplitterState(const QString &name, const QByteArray &state)
{
    QSettings().setValue(kSplitters + name, state);
}

} // namespace hwb
