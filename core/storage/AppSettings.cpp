#include "AppSettings.h"

#include <QDir>
#include <QSettings>

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

QString AppSettings::language()
{
    return QSettings().value(kLanguage, QStringLiteral("system")).toString();
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
