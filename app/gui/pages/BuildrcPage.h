#pragma once

#include "PageRegistry.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QToolButton;

namespace hwb {
class BuildrcDiagnosticsModel;
class BuildrcEditSession;
class BuildrcValuesModel;
}

namespace hwb::gui {

class ElidedLabel;

class AppContext;
class BuildrcEditor;
class EmptyViewHint;
class MessageBar;
class TagListWidget;

// The .buildrc of the selected plugin: a shell-aware editor with diagnostics underlined and listed, a
// key/value table in sync with the text both ways, EXTRA_TAGS as checked tags, atomic save, and
// non-destructive handling of changes made on disk while editing. Selecting another plugin keeps unsaved edits,
// with their watch on the file, until the user comes back to save or drop them.
class BuildrcPage : public QWidget, public UnsavedWork
{
    Q_OBJECT
public:
    explicit BuildrcPage(AppContext &context, QWidget *parent = nullptr);

    BuildrcEditor *editor() const { return m_editor; }
    BuildrcEditSession *session() const { return m_session; }
    MessageBar *messageBar() const { return m_bar; }

    bool save();           // false on conflict or error (shown inline)
    void reloadFromDisk();  // "Reload"
    void keepMine();        // "Keep mine"
    void showDiff();        // "Show diff"

    QStringList unsavedFiles() const override; // the shown one first
    bool saveUnsaved(QString *error) override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void setUpKeyboard(); // BuildrcPageKeyboard.cpp
    void retranslateAccessibleNames();
    void onPluginChanged();
    void onDocumentChanged();
    void onExternalChange();
    void createBuildrc();
    void applyValueEdit(const QString &key, const QString &value);
    void updateState();
    BuildrcEditSession *newSession();
    void showKeptEdits();

    AppContext &m_context;
    BuildrcEditSession *m_session; // the shown plugin's
    QHash<QString, BuildrcEditSession *> m_kept; // of other plugins, with unsaved edits, by file path
    BuildrcValuesModel *m_values;
    BuildrcDiagnosticsModel *m_diagnostics;
    MessageBar *m_bar;
    ElidedLabel *m_pathLabel;
    QPushButton *m_create;
    QPushButton *m_save;
    QToolButton *m_undo;
    QToolButton *m_redo;
    QToolButton *m_reload;
    QToolButton *m_keepMine;
    QToolButton *m_diffButton;
    BuildrcEditor *m_editor;
    QPlainTextEdit *m_diff;
    TagListWidget *m_tags;
    QTableView *m_table;
    QListView *m_list;
    EmptyViewHint *m_listHint;
    QWidget *m_evaluationPane = nullptr; // what make gets, and the diagnostics
    QLabel *m_valuesTitle;
    QLabel *m_diagnosticsTitle;
    bool m_applyingDocument = false;
    QString m_openError; // why the selected plugin's .buildrc could not be read (a folder, a FIFO), or empty
};

} // namespace hwb::gui
