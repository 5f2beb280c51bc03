#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace hwb {

// The workbench's persistent preferences. Secrets never go here: API keys live in the OS keychain.
class AppSettings
{
public:
    static constexpr int kMaxRecentWorkspaces = 8;

    static QStringList recentWorkspaces();
    static void addRecentWorkspace(const QString &path);
    static QString lastWorkspace();

    // What QSettings().value(key, fallback) gives, without making a QSettings (tens of microseconds) while the
    // settings file stays the same: every build asks for the language and the tools' paths.
    static QVariant value(const QString &key, const QVariant &fallback = {});
    // The file QSettings() reads first and writes to, without making one; empty before the application is named.
    // It follows XDG_CONFIG_HOME as it is now, where QSettings keeps the folder it found first: a process that changes
    // it after using QSettings (no part of the workbench does) would see them part.
    static QString file();

    static QString language(); // "system", "en", "zh_CN"
    static void setLanguage(const QString &language);

    // The main window's QWidget::saveGeometry() blob: where and how big it was when last closed.
    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray &geometry);

    // A splitter's QSplitter::saveState() blob, by a name that says which splitter: where the user left its handles.
    static QByteArray splitterState(const QString &name);
    static void setSplitterState(const QString &name, const QByteArray &state);
};

} // namespace hwb
