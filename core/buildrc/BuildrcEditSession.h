#pragma once

#include "BuildrcDocument.h"

#include <QFileSystemWatcher>
#include <QObject>

namespace hwb {

// One .buildrc open for editing: the document being edited, the bytes last read from or written to disk
// (the baseline), and a watch on the file. Nothing on disk is ever overwritten silently: when the file
// changes under unsaved edits, externalChange() is emitted and save() refuses until the user chose
// reload() (take theirs) or keepMine() (overwrite on the next save). Without unsaved edits an external
// change is simply reloaded (reloadedFromDisk()), which loses nothing.
class BuildrcEditSession : public QObject
{
    Q_OBJECT
public:
    enum class SaveResult { Saved, Conflict, Failed };

    explicit BuildrcEditSession(QObject *parent = nullptr);

    // Opens path (which may not exist yet). Returns false and sets *error when it cannot be read.
    bool open(const QString &path, QString *error = nullptr);
    void close();
    QString path() const { return m_path; }
    bool exists() const;

    const BuildrcDocument &document() const { return m_document; }
    const BuildrcEvaluation &evaluation() const { return m_evaluation; }
    void setEditorText(const QString &text);
    void setDocument(const BuildrcDocument &document);
    bool isDirty() const;
    bool hasExternalChange() const { return m_externalChange; }

    // Atomic (QSaveFile). Conflict when the file changed on disk since it was read and the user has not
    // chosen keepMine().
    SaveResult save(QString *error = nullptr);
    void reload();           // take the disk's version, dropping the edits
    void keepMine();         // keep the edits; the next save overwrites the disk's version
    QString diskEditorText() const; // the disk's version, for a diff against document().editorText()

Q_SIGNALS:
    void documentChanged();   // text or evaluation changed (edit, reload, save)
    void dirtyChanged(bool dirty);
    void externalChange();    // the file changed on disk while there are unsaved edits
    void reloadedFromDisk();  // it changed without unsaved edits and was reloaded

private:
    void onDiskChange();
    void rewatch();
    QByteArray readDisk(bool *exists) const;
    void setBaseline(const QByteArray &bytes, bool exists);
    void reevaluate();

    QString m_path;
    BuildrcDocument m_document;
    BuildrcEvaluation m_evaluation;
    QByteArray m_baseline; // what we last read or wrote
    bool m_baselineExists = false;
    bool m_externalChange = false;
    bool m_wasDirty = false;
    QFileSystemWatcher m_watcher;
};

} // namespace hwb
