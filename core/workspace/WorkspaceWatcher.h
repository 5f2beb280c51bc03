#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace hwb {

// Tells when a workspace changes on disk: plugins added or removed (plugins/, plugins/wasm-*/,
// .../extensions/ and each plugin folder are watched) and edits to the files the scanner reads
// (README*.md, VERSION, go.mod, .buildrc, option.yaml). Bursts (a git checkout, an editor's save dance)
// are debounced into one changed() signal naming the plugin folders touched, so the owner reads only those
// (WorkspaceScanner::update), and PluginListModel keeps rows and selection.
//
// A checkout has ~6 watches per plugin (1,800 for 300 plugins), so a change adds and removes only the watches that
// follow from it: those of the plugins named, and the plugin folders when a folder of folders changed.
class WorkspaceWatcher : public QObject
{
    Q_OBJECT
public:
    explicit WorkspaceWatcher(QObject *parent = nullptr);

    void setRoot(const QString &root); // empty stops watching
    QString root() const { return m_root; }
    void setDebounceInterval(int ms) { m_debounce.setInterval(ms); }
    QStringList watchedPaths() const;

Q_SIGNALS:
    // pluginDirs: the plugin folders (absolute) whose watched files or entries changed, new ones and removed ones
    // included. A change to the folders above them (a family or extensions folder) names the plugins it added or
    // removed, and may name none.
    void changed(const QStringList &pluginDirs);

private:
    void onChange(const QString &path);
    void onSettled();
    QStringList layoutPaths(QStringList *pluginDirs) const;
    void follow(const QStringList &wanted, const QStringList &had);

    QString m_root;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer m_debounce;
    QSet<QString> m_pending;    // paths reported since the last changed()
    QStringList m_layout;       // plugins/, plugins/wasm-*/ and their extensions/ folders
    QSet<QString> m_pluginDirs; // the plugin folders watched
};

} // namespace hwb
