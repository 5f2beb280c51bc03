#include "BuildrcPage.h"

#include "AppContext.h"
#include "PageRegistry.h"
#include "widgets/BuildrcEditor.h"
#include "widgets/EmptyViewHint.h"
#include "widgets/ElidedLabel.h"
#include "widgets/KeyShortcuts.h"
#include "widgets/MessageBar.h"
#include "widgets/SeverityIconProxy.h"
#include "widgets/SplitterMemory.h"
#include "widgets/TagListWidget.h"

#include "buildrc/BuildrcDiagnosticsModel.h"
#include "buildrc/BuildrcEditSession.h"
#include "buildrc/BuildrcKeys.h"
#include "buildrc/BuildrcValuesModel.h"
#include "buildrc/LineDiff.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace hwb::gui {

namespace {
const PageRegistration registration{
    {"buildrc", 20, QT_TRANSLATE_NOOP("hwb::gui::Pages", ".buildrc"),
     [](AppContext &context, QWidget *parent) { return new BuildrcPage(context, parent); }}};
} // namespace

BuildrcPage::BuildrcPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_session(newSession())
    , m_values(new BuildrcValuesModel(this))
    , m_diagnostics(new BuildrcDiagnosticsModel(this))
    , m_bar(new MessageBar(this))
    , m_pathLabel(new ElidedLabel(this))
    , m_create(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_undo(new QToolButton(this))
    , m_redo(new QToolButton(this))
    , m_reload(new QToolButton(this))
    , m_keepMine(new QToolButton(this))
    , m_diffButton(new QToolButton(this))
    , m_editor(new BuildrcEditor(this))
    , m_diff(new QPlainTextEdit(this))
    , m_tags(new TagListWidget(this))
    , m_table(new QTableView(this))
    , m_list(new QListView(this))
    , m_listHint(new EmptyViewHint(m_list))
    , m_valuesTitle(new QLabel(this))
    , m_diagnosticsTitle(new QLabel(this))
{
    m_bar->hide();
    m_diff->setReadOnly(true);
    m_diff->setFont(m_editor->font());
    m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_diff->hide();
    m_editor->setObjectName(QStringLiteral("buildrcEditor"));
    m_table->setModel(m_values);
    m_table->setObjectName(QStringLiteral("buildrcValues"));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setWordWrap(false); // notes stay one line; the tooltip has all of it
    m_table->setTextElideMode(Qt::ElideRight);
    m_list->setModel(new SeverityIconProxy(m_diagnostics, BuildrcDiagnosticsModel::SeverityRole,
                                           &SeverityIconProxy::fromBuildrcSeverityId, this));
    m_list->setIconSize(QSize(1, 1) * style()->pixelMetric(QStyle::PM_SmallIconSize));
    m_list->setObjectName(QStringLiteral("buildrcDiagnostics"));
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    for (QLabel *title : {m_valuesTitle, m_diagnosticsTitle}) {
        QFont font = title->font();
        font.setBold(true);
        title->setFont(font);
    }

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_pathLabel, 1);
    for (QWidget *w : std::initializer_list<QWidget *>{m_create, m_undo, m_redo, m_save})
        toolbar->addWidget(w);
    auto *choices = new QHBoxLayout;
    choices->addStretch(1);
    for (QToolButton *b : {m_reload, m_keepMine, m_diffButton})
        choices->addWidget(b);

    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_editor);
    left->addWidget(m_diff);
    left->setObjectName(QStringLiteral("buildrcDiffSplit"));
    rememberSplitterSizes(left);
    auto *right = m_evaluationPane = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_valuesTitle);
    rightLayout->addWidget(m_tags);
    rightLayout->addWidget(m_table, 3);
    rightLayout->addWidget(m_diagnosticsTitle);
    rightLayout->addWidget(m_list, 2);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setObjectName(QStringLiteral("buildrcSplit"));
    rememberSplitterSizes(split);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_bar);
    layout->addLayout(choices);
    layout->addWidget(split, 1);

    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_create, &QPushButton::clicked, this, &BuildrcPage::createBuildrc);
    connect(m_undo, &QToolButton::clicked, m_editor, &QPlainTextEdit::undo);
    connect(m_redo, &QToolButton::clicked, m_editor, &QPlainTextEdit::redo);
    connect(m_editor, &QPlainTextEdit::undoAvailable, m_undo, &QToolButton::setEnabled);
    connect(m_editor, &QPlainTextEdit::redoAvailable, m_redo, &QToolButton::setEnabled);
    connect(m_reload, &QToolButton::clicked, this, &BuildrcPage::reloadFromDisk);
    connect(m_keepMine, &QToolButton::clicked, this, &BuildrcPage::keepMine);
    connect(m_diffButton, &QToolButton::clicked, this, &BuildrcPage::showDiff);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_applyingDocument)
            m_session->setEditorText(m_editor->toPlainText());
    });
    connect(m_values, &BuildrcValuesModel::valueEditRequested, this, &BuildrcPage::applyValueEdit);
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        m_editor->goToLine(index.data(BuildrcDiagnosticsModel::LineRole).toInt(),
                           index.data(BuildrcDiagnosticsModel::ColumnRole).toInt());
    });
    connect(m_list, &QListView::clicked, m_list, &QListView::activated);
    connect(&context, &AppContext::currentPluginChanged, this, &BuildrcPage::onPluginChanged);

    m_undo->setEnabled(false);
    m_redo->setEnabled(false);
    setUpKeyboard();
    retranslate();
    onPluginChanged();
}

void BuildrcPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BuildrcPage::retranslate()
{
    m_create->setText(tr("Create .buildrc"));
    m_save->setText(tr("Save"));
    KeyShortcuts::bind(m_save, KeyShortcuts::save(), tr("Save the .buildrc (atomically: a crash leaves the old or the new file)"));
    m_undo->setText(tr("Undo"));
    m_redo->setText(tr("Redo"));
    m_reload->setText(tr("Reload from disk"));
    m_reload->setToolTip(tr("Take the version on disk and drop your unsaved edits."));
    m_keepMine->setText(tr("Keep mine"));
    m_keepMine->setToolTip(tr("Keep your edits; the next save replaces the version on disk."));
    m_diffButton->setText(tr("Show diff"));
    m_valuesTitle->setText(tr("What &make gets when it sources this file"));
    m_diagnosticsTitle->setText(tr("&Diagnostics"));
    retranslateAccessibleNames();
    updateState();
}

// Sessions of plugins not shown stay connected, so that they keep watching their file; only the shown one's
// signals reach the page.
BuildrcEditSession *BuildrcPage::newSession()
{
    auto *session = new BuildrcEditSession(this);
    const auto shown = [this, session] { return session == m_session; };
    connect(session, &BuildrcEditSession::documentChanged, this, [this, shown] {
        if (shown())
            onDocumentChanged();
    });
    connect(session, &BuildrcEditSession::dirtyChanged, this, [this, shown] {
        if (shown())
            updateState();
    });
    connect(session, &BuildrcEditSession::externalChange, this, [this, shown] {
        if (shown())
            onExternalChange();
    });
    connect(session, &BuildrcEditSession::reloadedFromDisk, this, [this, shown] {
        if (shown())
            m_bar->showInfo(tr("The file changed on disk and was reloaded (you had no unsaved edits)."));
    });
    return session;
}

void BuildrcPage::onPluginChanged()
{
    const auto &plugin = m_context.currentPlugin();
    const QString path = plugin ? plugin->path : QString();
    m_bar->hide();
    m_diff->hide();
    m_openError.clear();
    const QString file = path.isEmpty() ? QString() : QDir(path).filePath(QStringLiteral(".buildrc"));
    if (m_session->isDirty()) {
        m_kept.insert(m_session->path(), m_session);
        m_session = nullptr;
    }
    if (BuildrcEditSession *kept = m_kept.take(file)) {
        delete m_session;
        m_session = kept;
    } else {
        if (!m_session)
            m_session = newSession();
        QString error;
        if (file.isEmpty())
            m_session->close();
        else if (!m_session->open(file, &error))
            m_bar->showError(tr("Cannot read .buildrc: %1").arg(error));
        m_openError = error;
    }
    m_applyingDocument = true;
    m_editor->setPlainText(m_session->document().editorText()); // a new plugin starts a fresh undo history
    m_applyingDocument = false;
    onDocumentChanged();
    if (m_session->hasExternalChange())
        onExternalChange(); // it changed on disk while another plugin was shown
    else
        showKeptEdits();
}

// Where the edits went: a plugin whose edits are kept looks untouched in the list.
void BuildrcPage::showKeptEdits()
{
    if (m_kept.isEmpty() || (m_bar->kind() == MessageBar::Kind::Error && m_bar->isVisibleTo(this)))
        return;
    QStringList plugins;
    for (const QString &file : m_kept.keys())
        plugins.append(QFileInfo(file).dir().dirName());
    plugins.sort();
    m_bar->showInfo(tr("Unsaved edits to the .buildrc of %1 are kept: select the plugin again to save or drop them.")
                        .arg(plugins.join(QStringLiteral(", "))));
}

QStringList BuildrcPage::unsavedFiles() const
{
    QStringList files;
    if (m_session->isDirty())
        files.append(m_session->path());
    QStringList kept = m_kept.keys();
    kept.sort();
    return files + kept;
}

bool BuildrcPage::saveUnsaved(QString *error)
{
    if (m_session->isDirty() && !save()) {
        *error = m_bar->text();
        return false;
    }
    QStringList files = m_kept.keys();
    files.sort();
    for (const QString &file : std::as_const(files)) {
        BuildrcEditSession *session = m_kept.value(file);
        QString saveError;
        if (session->save(&saveError) != BuildrcEditSession::SaveResult::Saved) {
            // Shown where it can be resolved: its plugin, with the conflict or the error in the bar.
            m_context.setCurrentPlugin(QFileInfo(file).absolutePath());
            if (!saveError.isEmpty())
                m_bar->showError(tr("Could not save: %1").arg(saveError));
            *error = m_bar->text();
            return false;
        }
        delete m_kept.take(file);
    }
    m_context.rescan();
    return true;
}

void BuildrcPage::onDocumentChanged()
{
    const QString text = m_session->document().editorText();
    if (text != m_editor->toPlainText()) {
        m_applyingDocument = true;
        m_editor->replaceTextUndoably(text);
        m_applyingDocument = false;
    }
    const BuildrcEvaluation &e = m_session->evaluation();
    m_values->setEvaluation(e);
    m_table->resizeColumnToContents(BuildrcValuesModel::KeyColumn);
    m_table->resizeColumnToContents(BuildrcValuesModel::ValueColumn);
    m_table->setColumnWidth(BuildrcValuesModel::ValueColumn,
                            std::min(m_table->columnWidth(BuildrcValuesModel::ValueColumn), 220));
    m_diagnostics->setDiagnostics(e.diagnostics);
    m_editor->setDiagnostics(e.diagnostics);
    const QString tagsKey = QStringLiteral("EXTRA_TAGS");
    const bool present = e.values.contains(tagsKey) || e.unknownKeys.contains(tagsKey);
    // What make gets is what its `. .buildrc && echo $EXTRA_TAGS` gives (MakeSourcing), which a failing last command
    // or output while sourced makes other than the assignment: the tags shown are make's, the assignment beside them.
    const QString assigned = e.values.value(tagsKey);
    if (e.makeTags && BuildrcKeys::splitTags(*e.makeTags) != BuildrcKeys::splitTags(assigned))
        m_tags->setTags(*e.makeTags, true, true, assigned);
    else
        m_tags->setTags(assigned, e.values.contains(tagsKey), present);
    updateState();
}

void BuildrcPage::updateState()
{
    const bool open = !m_session->path().isEmpty();
    const bool exists = m_session->exists();
    const auto &plugin = m_context.currentPlugin();
    const bool goPlugin = plugin && plugin->family == PluginFamily::WasmGo;
    if (!m_openError.isEmpty())
        m_editor->setPlaceholderText(tr("The .buildrc cannot be read, so it is not shown: %1").arg(m_openError));
    else if (!goPlugin)
        m_editor->setPlaceholderText(plugin && plugin->family == PluginFamily::WasmRust
                                         ? tr("No .buildrc: wasm-rust builds do not read one. They source .prebuild "
                                              "before cargo runs.")
                                         : tr("No .buildrc: only wasm-go builds read one."));
    else
        m_editor->setPlaceholderText(plugin->era == PluginEra::GoWasip1
                                         ? tr("No .buildrc. Era-2 (Go wasip1) builds do not read one; era-1 Makefiles "
                                              "take EXTRA_TAGS from it.")
                                         : tr("No .buildrc. The era-1 Makefile sources it with /bin/sh and takes "
                                              "EXTRA_TAGS from it."));
    const QString unreadable = plugin ? QDir(plugin->path).filePath(QStringLiteral(".buildrc")) : QString();
    m_pathLabel->setFullText(open ? QDir::toNativeSeparators(m_session->path())
                                    + (m_session->isDirty() ? tr(" (modified)") : QString())
                             : !m_openError.isEmpty() ? tr("%1 (cannot be read)").arg(QDir::toNativeSeparators(unreadable))
                                                      : tr("Select a plugin to edit its .buildrc."));
    // An empty white box under "Diagnostics" read as not done yet; "no problems" of a file there is none of, as
    // a verdict on it.
    m_listHint->setText(exists || m_session->isDirty() ? tr("No problems: sh reads every line as the table above shows.")
                                                       : tr("No .buildrc yet: nothing to check."));
    m_create->setVisible(open && !exists && !m_session->isDirty() && goPlugin);
    // What make gets from a file no build of this family reads, when there is none: an empty table that asks a
    // question nobody has. A .buildrc someone put there anyway is still shown and judged.
    m_evaluationPane->setVisible(m_openError.isEmpty() && (goPlugin || exists || m_session->isDirty()));
    m_save->setEnabled(open && m_session->isDirty());
    m_editor->setEnabled(open);
    const bool conflict = m_session->hasExternalChange();
    m_reload->setVisible(conflict);
    m_keepMine->setVisible(conflict);
    m_diffButton->setVisible(conflict);
}

void BuildrcPage::createBuildrc()
{
    const auto &plugin = m_context.currentPlugin();
    // Era 1 is where a .buildrc matters, and the tag it exists for is the 0.2.100 ABI (higress #1847).
    const bool tinygo = plugin && plugin->era == PluginEra::TinyGoBuildrc;
    BuildrcDocument doc = m_session->document();
    doc.setValue(QStringLiteral("EXTRA_TAGS"), tinygo ? QStringLiteral("proxy_wasm_version_0_2_100") : QString());
    m_session->setDocument(doc);
    if (save())
        m_bar->showInfo(tr("Created %1.").arg(QDir::toNativeSeparators(m_session->path())));
}

bool BuildrcPage::save()
{
    QString error;
    switch (m_session->save(&error)) {
    case BuildrcEditSession::SaveResult::Saved:
        m_bar->hide();
        m_diff->hide();
        updateState();
        m_context.rescan(); // has_buildrc and the era may change
        return true;
    case BuildrcEditSession::SaveResult::Conflict:
        onExternalChange();
        return false;
    case BuildrcEditSession::SaveResult::Failed:
        m_bar->showError(tr("Could not save: %1").arg(error));
        return false;
    }
    return false;
}

void BuildrcPage::onExternalChange()
{
    m_bar->showMessage(MessageBar::Kind::Warning,
                       tr("The .buildrc changed on disk while you were editing it. Nothing was overwritten: reload "
                          "the disk's version, keep yours (the next save replaces it), or look at the diff first."));
    updateState();
}

void BuildrcPage::reloadFromDisk()
{
    m_session->reload();
    m_bar->showInfo(tr("Reloaded from disk."));
    m_diff->hide();
    updateState();
}

void BuildrcPage::keepMine()
{
    m_session->keepMine();
    m_bar->showInfo(tr("Keeping your version; save to replace the one on disk."));
    m_diff->hide();
    updateState();
}

void BuildrcPage::showDiff()
{
    const auto lines = [](const QString &text) {
        QStringList list = text.split(u'\n');
        if (text.endsWith(u'\n'))
            list.removeLast(); // a final newline ends the last line; it is not an empty line of its own
        return list;
    };
    const QStringList disk = lines(m_session->diskEditorText());
    const QStringList mine = lines(m_editor->toPlainText());
    m_diff->setPlainText(tr("--- on disk\n+++ yours\n") + LineDiff::unified(disk, mine));
    m_diff->show();
}

void BuildrcPage::applyValueEdit(const QString &key, const QString &value)
{
    BuildrcDocument doc = m_session->document();
    doc.setValue(key, value);
    m_session->setDocument(doc); // documentChanged puts the text into the editor as one undo step
}

} // namespace hwb::gui
