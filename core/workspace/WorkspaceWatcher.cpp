#include "WorkspaceWatcher.h"

#include <QDir>
#include <QFileInfo>

namespace hwb {

namespace {

const char *const kWatchedFiles[] = {"README.md", "README_EN.md", "VERSION", "go.mod", ".buildrc", "option.yaml"};

// The plugin folder itself and the files of it the scanner reads that exist now.
QStringList pluginPaths(const QString &dir)
{
    QStringList paths{dir};
    for (const char *file : kWatchedFiles) {
        const QString path = dir + QLatin1Char('/') + QLatin1String(file);
        if (QFileInfo::exists(path))
            paths.append(path);
    }
    return paths;
}

} // namespace

WorkspaceWatcher::WorkspaceWatcher(QObject *parent)
    : QObject(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &WorkspaceWatcher::onSettled);
}

void WorkspaceWatcher::setRoot(const QString &root)
{
    // A fresh watcher: nothing of the last workspace's watches, or of its pending changes, carries over.
    delete m_watcher;
    m_watcher = nullptr;
    m_pending.clear();
    m_layout.clear();
    m_pluginDirs.clear();
    m_debounce.stop();
    m_root = root.isEmpty() ? QString() : QDir(root).absolutePath();
    if (m_root.isEmpty())
        return;
    m_watcher = new QFileSystemWatcher(this);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &WorkspaceWatcher::onChange);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &WorkspaceWatcher::onChange);
    QStringList dirs;
    m_layout = layoutPaths(&dirs);
    QStringList paths = m_layout;
    for (const QString &dir : std::as_const(dirs))
        paths += pluginPaths(dir);
    m_pluginDirs = QSet<QString>(dirs.cbegin(), dirs.cend());
    m_watcher->addPaths(paths);
}

QStringList WorkspaceWatcher::watchedPaths() const
{
    return m_watcher ? m_watcher->directories() + m_watcher->files() : QStringList();
}

void WorkspaceWatcher::onChange(const QString &path)
{
    m_pending.insert(path);
    m_debounce.start();
}

QStringList WorkspaceWatcher::layoutPaths(QStringList *pluginDirs) const
{
    QStringList paths;
    const QDir plugins(QDir(m_root).filePath(QStringLiteral("plugins")));
    paths.append(plugins.absolutePath());
    const QStringList families = plugins.entryList({QStringLiteral("wasm-*")}, QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &family : families) {
        paths.append(plugins.absoluteFilePath(family));
        const QDir extensions(plugins.absoluteFilePath(family + QStringLiteral("/extensions")));
        if (!extensions.exists())
            continue;
        paths.append(extensions.absolutePath());
        for (const QString &name : extensions.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            pluginDirs->append(extensions.absoluteFilePath(name));
    }
    return paths;
}

// Adds the paths of `wanted` not watched and removes those of `had` not wanted. What the watcher watches is asked
// each time, not remembered: it drops a file that is deleted or renamed over (an editor's save), and that file,
// saved again, must be watched again.
void WorkspaceWatcher::follow(const QStringList &wanted, const QStringList &had)
{
    const QStringList watchedList = watchedPaths();
    const QSet<QString> watched(watchedList.cbegin(), watchedList.cend());
    const QSet<QString> keep(wanted.cbegin(), wanted.cend());
    QStringList add;
    for (const QString &path : wanted)
        if (!watched.contains(path))
            add.append(path);
    QStringList remove;
    for (const QString &path : had)
        if (!keep.contains(path) && watched.contains(path))
            remove.append(path);
    if (!remove.isEmpty())
        m_watcher->removePaths(remove);
    if (!add.isEmpty())
        m_watcher->addPaths(add);
}

void WorkspaceWatcher::onSettled()
{
    if (!m_watcher)
        return;
    const QSet<QString> pending = std::exchange(m_pending, {});
    QSet<QString> touched;
    bool layoutChanged = false;
    for (const QString &path : pending) {
        if (m_pluginDirs.contains(path))
            touched.insert(path); // an entry of the plugin's folder was added, removed or renamed
        else if (const QString parent = QFileInfo(path).path(); m_pluginDirs.contains(parent))
            touched.insert(parent); // one of its watched files
        else
            layoutChanged = true;
    }
    QStringList wanted;
    QStringList had;
    if (layoutChanged) {
        QStringList dirs;
        const QStringList layout = layoutPaths(&dirs);
        wanted += layout;
        had += std::exchange(m_layout, layout);
        const QSet<QString> now(dirs.cbegin(), dirs.cend());
        for (const QString &dir : std::as_const(m_pluginDirs))
            if (!now.contains(dir))
                touched.insert(dir); // removed
        for (const QString &dir : std::as_const(dirs))
            if (!m_pluginDirs.contains(dir))
                touched.insert(dir); // new
        m_pluginDirs = now;
    }
    for (const QString &dir : std::as_const(touched)) {
        had.append(dir); // what may be watched of it: itself and the files the scanner reads
        for (const char *file : kWatchedFiles)
            had.append(dir + QLatin1Char('/') + QLatin1String(file));
        if (m_pluginDirs.contains(dir) && QFileInfo(dir).isDir())
            wanted += pluginPaths(dir);
    }
    follow(wanted, had);
    QStringList dirs(touched.cbegin(), touched.cend());
    dirs.sort();
    Q_EMIT changed(dirs);
}

} // namespace hwb
