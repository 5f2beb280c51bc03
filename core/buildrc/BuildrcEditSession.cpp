#include "BuildrcEditSession.h"

#include "common/BoundedFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace hwb {

BuildrcEditSession::BuildrcEditSession(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &BuildrcEditSession::onDiskChange);
    // Atomic saves (ours and other editors') replace the file, which drops a file watch: the folder tells.
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &BuildrcEditSession::onDiskChange);
}

bool BuildrcEditSession::open(const QString &path, QString *error)
{
    bool exists = false;
    const auto doc = BuildrcDocument::load(path, error, &exists);
    if (!doc)
        return false;
    m_path = path;
    m_document = *doc;
    m_externalChange = false;
    setBaseline(m_document.toBytes(), exists);
    rewatch();
    reevaluate();
    return true;
}

void BuildrcEditSession::close()
{
    m_path.clear();
    m_document = {};
    m_evaluation = {};
    m_externalChange = false;
    setBaseline({}, false);
    rewatch();
}

bool BuildrcEditSession::exists() const
{
    return !m_path.isEmpty() && QFileInfo::exists(m_path);
}

void BuildrcEditSession::setEditorText(const QString &text)
{
    if (text == m_document.editorText())
        return;
    m_document.setEditorText(text);
    reevaluate();
}

void BuildrcEditSession::setDocument(const BuildrcDocument &document)
{
    m_document = document;
    reevaluate();
}

bool BuildrcEditSession::isDirty() const
{
    if (m_path.isEmpty())
        return false;
    return m_document.toBytes() != m_baseline || (!m_baselineExists && !m_document.isEmpty());
}

BuildrcEditSession::SaveResult BuildrcEditSession::save(QString *error)
{
    bool exists = false;
    const QByteArray disk = readDisk(&exists);
    if (disk != m_baseline || exists != m_baselineExists) {
        // Changed since we read it (the watcher may not have told us yet): only keepMine() lets us overwrite.
        if (!m_externalChange) {
            m_externalChange = true;
            Q_EMIT externalChange();
        }
        return SaveResult::Conflict;
    }
    if (!m_document.save(m_path, error))
        return SaveResult::Failed;
    m_externalChange = false;
    setBaseline(m_document.toBytes(), true);
    rewatch();
    Q_EMIT documentChanged();
    return SaveResult::Saved;
}

void BuildrcEditSession::reload()
{
    bool exists = false;
    const QByteArray disk = readDisk(&exists);
    m_document = BuildrcDocument::fromBytes(disk);
    m_externalChange = false;
    setBaseline(disk, exists);
    rewatch();
    reevaluate();
}

void BuildrcEditSession::keepMine()
{
    bool exists = false;
    const QByteArray disk = readDisk(&exists);
    m_externalChange = false;
    // The disk's version becomes what we overwrite knowingly; a further change will ask again.
    m_baseline = disk;
    m_baselineExists = exists;
    const bool dirty = isDirty();
    if (dirty != m_wasDirty) {
        m_wasDirty = dirty;
        Q_EMIT dirtyChanged(dirty);
    }
}

QString BuildrcEditSession::diskEditorText() const
{
    bool exists = false;
    return BuildrcDocument::fromBytes(readDisk(&exists)).editorText();
}

void BuildrcEditSession::onDiskChange()
{
    rewatch();
    if (m_path.isEmpty())
        return;
    bool exists = false;
    const QByteArray disk = readDisk(&exists);
    if (disk == m_baseline && exists == m_baselineExists)
        return; // our own save, or a touch without a change
    if (!isDirty()) {
        reload();
        Q_EMIT reloadedFromDisk();
        return;
    }
    if (!m_externalChange) {
        m_externalChange = true;
        Q_EMIT externalChange();
    }
}

void BuildrcEditSession::rewatch()
{
    const QStringList watched = m_watcher.files() + m_watcher.directories();
    if (!watched.isEmpty())
        m_watcher.removePaths(watched);
    if (m_path.isEmpty())
        return;
    const QFileInfo info(m_path);
    if (info.exists())
        m_watcher.addPath(m_path);
    if (info.absoluteDir().exists())
        m_watcher.addPath(info.absolutePath());
}

QByteArray BuildrcEditSession::readDisk(bool *exists) const
{
    *exists = QFileInfo::exists(m_path);
    QString unreadable; // open() said why; a file that turns into a device later reads as empty
    return BoundedFile::read(m_path, BoundedFile::kBuildrcLimit, &unreadable).value_or(QByteArray());
}

void BuildrcEditSession::setBaseline(const QByteArray &bytes, bool exists)
{
    m_baseline = bytes;
    m_baselineExists = exists;
    const bool dirty = isDirty();
    if (dirty != m_wasDirty) {
        m_wasDirty = dirty;
        Q_EMIT dirtyChanged(dirty);
    }
}

void BuildrcEditSession::reevaluate()
{
    // As make gets it too: the page shows what a plain `make build` would take from the file (MakeSourcing), from
    // the family folder, where make runs.
    BuildrcEvaluator::Options options;
    options.checkMakeSourcing = !m_path.isEmpty();
    options.workingDirectory = QDir::cleanPath(QFileInfo(m_path).absoluteDir().absoluteFilePath(QStringLiteral("../..")));
    m_evaluation = m_document.evaluate(options);
    const bool dirty = isDirty();
    if (dirty != m_wasDirty) {
        m_wasDirty = dirty;
        Q_EMIT dirtyChanged(dirty);
    }
    Q_EMIT documentChanged();
}

} // namespace hwb
