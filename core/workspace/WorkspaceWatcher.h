#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

namespace hwb {

// Tells when a workspace changes on disk: plugins added or removed (plugins/, plugins/wasm-*/,
// .../extensions/ and each plugin folder are watched) and edits to the files the scanner reads
// (README*.md, VERSION, go.mod, .buildrc, option.yaml). Bursts (a git checkout, an editor's save dance)
// are debounced into one changed() signal; the owner rescans, and PluginListModel keeps rows and selection.
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
    void changed();

private:
    void rewatch();
    void onChange();

    QString m_root;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer m_debounce;
};

} // namespace hwb
