#include "WorkspaceWatcher.h"

#include <QDir>
#include <QFileInfo>

namespace hwb {

namespace {
const char *const kWatchedFiles[] = {"README.md", "README_EN.md", "VERSION", "go.mod", ".buildrc", "option.yaml"};
}

WorkspaceWatcher::WorkspaceWatcher(QObject *parent)
    : QObject(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        rewatch(); // new plugin folders and files join the watch list
        Q_EMIT changed();
    });
}

void WorkspaceWatcher::setRoot(const QString &root)
{
    m_root = root.isEmpty() ? QString() : QDir(root).absolutePath();
    rewatch();
}

QStringList WorkspaceWatcher::watchedPaths() const
{
    return m_watcher ? m_watcher->directories() + m_watcher->files() : QStringList();
}

void WorkspaceWatcher::onChange()
{
    m_debounce.start();
}

void WorkspaceWatcher::rewatch()
{
    // A fresh watcher is simpler than diffing path lists, and cheap for ~100 plugins.
    delete m_watcher;
    m_watcher = nullptr;
    if (m_root.isEmpty())
        return;
    m_watcher = new QFileSystemWatcher(this);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &WorkspaceWatcher::onChange);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &WorkspaceWatcher::onChange);
    QStringList paths;
    const QDir plugins(QDir(m_root).filePath(QStringLiteral("plugins")));
    paths.append(plugins.absolutePath());
    const QStringList families = plugins.entryList({QStringLiteral("wasm-*")}, QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &family : families) {
        paths.append(plugins.filePath(family));
        const QDir extensions(plugins.filePath(family + QStringLiteral("/extensions")));
        if (!extensions.exists())
            continue;
        paths.append(extensions.absolutePath());
        const QStringList names = extensions.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &name : names) {
            const QDir plugin(extensions.filePath(name));
            paths.append(plugin.absolutePath());
            for (const char *file : kWatchedFiles) {
                const QString path = plugin.filePath(QString::fromLatin1(file));
                if (QFileInfo::exists(path))
                    paths.append(path);
            }
        }
    }
    m_watcher->addPaths(paths);
}

} // namespace hwb
