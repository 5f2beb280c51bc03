// The .buildrc page end to end: edit, save, then an external change while dirty: nothing is lost.
#include "TestSupport.h"

#include "AppContext.h"
#include "ScreenshotRenderer.h"
#include "pages/BuildrcPage.h"
#include "widgets/BuildrcEditor.h"
#include "widgets/ElidedLabel.h"
#include "widgets/EmptyViewHint.h"
#include "widgets/MessageBar.h"

#include "buildrc/BuildrcEditSession.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QScopeGuard>
#include <QFile>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace hwb;
using namespace hwb::gui;

namespace {
void typeAtEnd(QPlainTextEdit *editor, const QString &text)
{
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    const QStringList lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        if (i)
            QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, lines.at(i));
    }
}
// The page on a plugin, with `line` typed at the end of its .buildrc and not saved.
struct EditedPage
{
    AppContext context;
    BuildrcPage page{context};
    QString edited;

    EditedPage(const QString &workspace, const QString &plugin, const QString &line)
    {
        context.openWorkspace(workspace);
        page.show();
        context.setCurrentPlugin(plugin);
        typeAtEnd(page.editor(), "\n" + line);
        edited = page.editor()->toPlainText();
    }
};
} // namespace

class TestBuildrcPage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    QString m_workspace;
    QString pluginPath(const char *name) const
    {
        return m_workspace + "/plugins/wasm-go/extensions/" + name;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_workspace = test::copyDemoWorkspace(m_tmp);
        QVERIFY(!m_workspace.isEmpty());
    }

    // A .buildrc that is a folder, and a plugin with none: the page says so, instead of "Select a plugin" with one
    // selected and "No problems" about a file it could not read or that does not exist.
    void aFolderOrNoFileIsNotJudged()
    {
        const QString folder = pluginPath("key-auth-lite") + "/.buildrc";
        QFile::remove(folder);
        QVERIFY(QDir().mkpath(folder));
        const auto restore = qScopeGuard([folder] { QDir(folder).removeRecursively(); });
        AppContext context;
        QVERIFY(context.openWorkspace(m_workspace).isEmpty());
        BuildrcPage page(context);
        page.resize(1000, 700);
        page.show();
        context.setCurrentPlugin(pluginPath("key-auth-lite"));
        auto *path = page.findChild<ElidedLabel *>();
        QVERIFY(path);
        QCOMPARE(path->fullText(), folder + " (cannot be read)");
        QVERIFY2(page.editor()->placeholderText().contains("it is a folder"), qPrintable(page.editor()->placeholderText()));
        QVERIFY(!page.findChild<QTableView *>("buildrcValues")->isVisibleTo(&page));

        context.setCurrentPlugin(pluginPath("hello-world")); // has none
        QVERIFY(!path->fullText().contains("cannot be read"));
        QVERIFY(page.findChild<QTableView *>("buildrcValues")->isVisibleTo(&page));
        auto *hint = page.findChild<QAbstractItemView *>("buildrcDiagnostics")->findChild<EmptyViewHint *>();
        QVERIFY(hint);
        QCOMPARE(hint->text(), QString("No .buildrc yet: nothing to check."));
        context.setCurrentPlugin(pluginPath("ai-proxy-lite"));
        QCOMPARE(hint->text(), QString("No problems: sh reads every line as the table above shows."));
    }

    void editSaveThenExternalChangeWhileDirty()
    {
        AppContext context;
        QVERIFY(context.openWorkspace(m_workspace).isEmpty());
        BuildrcPage page(context);
        page.resize(1000, 700);
        page.show();
        context.setCurrentPlugin(pluginPath("ai-proxy-lite"));
        const QString file = pluginPath("ai-proxy-lite") + "/.buildrc";
        BuildrcEditor *editor = page.editor();
        QCOMPARE(editor->toPlainText(), QString("EXTRA_TAGS=proxy_wasm_version_0_2_100"));

        // Edit in the text: the table follows.
        typeAtEnd(editor, "\nGOPROXY=$(echo x)");
        auto *table = page.findChild<QTableView *>("buildrcValues");
        QTRY_COMPARE(table->model()->rowCount(), 2);
        QVERIFY(!editor->extraSelections().isEmpty()); // the command substitution is underlined

        // Edit in the table: the text follows, as one undo step.
        QVERIFY(table->model()->setData(table->model()->index(1, 1), "https://goproxy.cn,direct"));
        QCOMPARE(editor->toPlainText(), QString("EXTRA_TAGS=proxy_wasm_version_0_2_100\nGOPROXY=https://goproxy.cn,direct"));
        editor->undo();
        QCOMPARE(editor->toPlainText(), QString("EXTRA_TAGS=proxy_wasm_version_0_2_100\nGOPROXY=$(echo x)"));
        editor->redo();

        // Save, with Ctrl+S from the editor: atomic, byte-exact, the untouched first line kept as it was.
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!page.session()->isDirty());
        QCOMPARE(test::readFile(file), QByteArray("EXTRA_TAGS=proxy_wasm_version_0_2_100\nGOPROXY=https://goproxy.cn,direct"));

        // Dirty again, then someone else writes the file.
        typeAtEnd(editor, "\nGO_VERSION=1.19");
        QVERIFY(page.session()->isDirty());
        test::writeFile(file, "EXTRA_TAGS=from_another_editor\n");
        QTRY_VERIFY(page.session()->hasExternalChange());
        QTRY_VERIFY(page.messageBar()->isVisible());
        QCOMPARE(page.messageBar()->kind(), MessageBar::Kind::Warning);
        // Nothing lost on either side: our text is intact, the disk is not overwritten, even by Save.
        const QString mine = "EXTRA_TAGS=proxy_wasm_version_0_2_100\nGOPROXY=https://goproxy.cn,direct\nGO_VERSION=1.19";
        QCOMPARE(editor->toPlainText(), mine);
        QVERIFY(!page.save());
        QCOMPARE(test::readFile(file), QByteArray("EXTRA_TAGS=from_another_editor\n"));
        if (qEnvironmentVariableIsSet("HWB_SCREENSHOT_DIR")) { // to look at the conflict state by hand
            page.showDiff();
            ScreenshotRenderer::render(&page, qEnvironmentVariable("HWB_SCREENSHOT_DIR") + "/buildrc-conflict.png");
        }

        // Show diff, then keep mine and save.
        page.showDiff();
        auto edits = page.findChildren<QPlainTextEdit *>();
        const auto diff = std::find_if(edits.cbegin(), edits.cend(),
                                       [&](QPlainTextEdit *e) { return e != editor && e->isVisible(); });
        QVERIFY(diff != edits.cend());
        QVERIFY((*diff)->toPlainText().contains("- EXTRA_TAGS=from_another_editor"));
        QVERIFY((*diff)->toPlainText().contains("+ GO_VERSION=1.19"));
        page.keepMine();
        QVERIFY(page.save());
        QCOMPARE(test::readFile(file), mine.toUtf8());

        // A rescan (the workspace watcher) keeps the edits of the same plugin.
        typeAtEnd(editor, "\n# note");
        context.rescan();
        QCOMPARE(editor->toPlainText(), mine + "\n# note");
    }

    void reloadTakesTheDiskVersion()
    {
        AppContext context;
        QVERIFY(context.openWorkspace(m_workspace).isEmpty());
        BuildrcPage page(context);
        context.setCurrentPlugin(pluginPath("ai-proxy-lite"));
        const QString file = pluginPath("ai-proxy-lite") + "/.buildrc";
        typeAtEnd(page.editor(), "\nA=1");
        test::writeFile(file, "EXTRA_TAGS=disk\n");
        QTRY_VERIFY(page.session()->hasExternalChange());
        page.reloadFromDisk();
        QCOMPARE(page.editor()->toPlainText(), QString("EXTRA_TAGS=disk\n"));
        QVERIFY(!page.session()->isDirty());
    }

    // Selecting another plugin keeps the edits, writes nothing, and says where they are; coming back finds them.
    void editsSurviveSelectingAnotherPlugin()
    {
        const QString file = pluginPath("ai-proxy-lite") + "/.buildrc";
        const QByteArray before = test::readFile(file);
        EditedPage edit(m_workspace, pluginPath("ai-proxy-lite"), "GOPROXY=off");
        auto &[context, page, edited] = edit;

        context.setCurrentPlugin(pluginPath("key-auth-lite"));
        QVERIFY(!page.editor()->toPlainText().contains("GOPROXY"));
        QVERIFY(!page.session()->isDirty());
        QCOMPARE(page.unsavedFiles(), QStringList{file});
        QVERIFY(page.messageBar()->isVisible());
        QVERIFY2(page.messageBar()->text().contains("ai-proxy-lite are kept"), qPrintable(page.messageBar()->text()));
        QCOMPARE(test::readFile(file), before);

        context.setCurrentPlugin(pluginPath("ai-proxy-lite"));
        QCOMPARE(page.editor()->toPlainText(), edited);
        QVERIFY(page.session()->isDirty());
        QVERIFY(page.save());
        QCOMPARE(test::readFile(file), edited.toUtf8());
        QVERIFY(page.unsavedFiles().isEmpty());
    }

    // Kept edits still watch their file: a change on disk meanwhile is a conflict on return, not an overwrite.
    void keptEditsMeetAChangeOnDisk()
    {
        const QString file = pluginPath("ai-proxy-lite") + "/.buildrc";
        EditedPage edit(m_workspace, pluginPath("ai-proxy-lite"), "MINE=1");
        auto &[context, page, mine] = edit;
        context.setCurrentPlugin(pluginPath("key-auth-lite"));
        test::writeFile(file, "EXTRA_TAGS=theirs\n");
        QTest::qWait(300); // the watcher's notice reaches the kept session, not the page
        QVERIFY(page.messageBar()->kind() != MessageBar::Kind::Warning);

        context.setCurrentPlugin(pluginPath("ai-proxy-lite"));
        QCOMPARE(page.editor()->toPlainText(), mine);
        QTRY_VERIFY(page.session()->hasExternalChange());
        QCOMPARE(page.messageBar()->kind(), MessageBar::Kind::Warning);
        QVERIFY(!page.save());
        QCOMPARE(test::readFile(file), QByteArray("EXTRA_TAGS=theirs\n"));
        page.reloadFromDisk();
        QVERIFY(page.unsavedFiles().isEmpty());
    }

    // Opening a value's cell and pressing Enter is looking, not editing: it once rewrote a value only sh knows as
    // KEY='', dropping the .buildrc's tags (the failure this product exists for), and requoted known ones.
    void enterOnAnUneditedValueChangesNothing_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("only sh knows it") << "EXTRA_TAGS=\"proxy_wasm_version_0_2_100 $(cat extra-tags)\"";
        QTest::newRow("known, with a comment") << "export EXTRA_TAGS=\"a b\" # keep";
    }
    void enterOnAnUneditedValueChangesNothing()
    {
        QFETCH(QString, line);
        const QString file = pluginPath("ai-proxy-lite") + "/.buildrc";
        const QByteArray saved = test::readFile(file);
        test::writeFile(file, line.toUtf8() + "\n");
        AppContext context;
        QVERIFY(context.openWorkspace(m_workspace).isEmpty());
        BuildrcPage page(context);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        context.setCurrentPlugin(pluginPath("ai-proxy-lite"));
        auto *table = page.findChild<QTableView *>("buildrcValues");
        QVERIFY(table);
        QModelIndex cell;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            if (table->model()->index(row, 0).data().toString() == "EXTRA_TAGS")
                cell = table->model()->index(row, 1);
        QVERIFY(cell.isValid());
        table->setCurrentIndex(cell);
        table->edit(cell);
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(editor && table->isAncestorOf(editor));
        QTest::keyClick(editor, Qt::Key_Return);
        QCOMPARE(page.editor()->toPlainText(), line + "\n");
        QVERIFY(!page.editor()->document()->isModified());
        test::writeFile(file, saved);
    }

    void createBuildrcForAPluginWithoutOne()
    {
        AppContext context;
        QVERIFY(context.openWorkspace(m_workspace).isEmpty());
        BuildrcPage page(context);
        page.show();
        context.setCurrentPlugin(pluginPath("hello-world"));
        const QString file = pluginPath("hello-world") + "/.buildrc";
        QVERIFY(!QFile::exists(file));
        QPushButton *create = nullptr;
        for (QPushButton *b : page.findChildren<QPushButton *>())
            if (b->text() == "Create .buildrc")
                create = b;
        QVERIFY(create && create->isVisible());
        create->click();
        QVERIFY(QFile::exists(file));
        QVERIFY(test::readFile(file).startsWith("EXTRA_TAGS="));
        QVERIFY(!create->isVisible());
    }

    // A Rust plugin reads no .buildrc: the page says so, without an empty "what make gets" table beside it. Once
    // something is typed (a .buildrc someone wants anyway), it is judged like any other.
    void aFamilyThatReadsNoBuildrcShowsNoEvaluation()
    {
        AppContext context;
        QVERIFY(context.openWorkspace(m_workspace).isEmpty());
        BuildrcPage page(context);
        page.show();
        context.setCurrentPlugin(m_workspace + "/plugins/wasm-rust/extensions/say-hello");
        QVERIFY(page.editor()->placeholderText().contains("wasm-rust builds do not read one"));
        QTableView *values = page.findChild<QTableView *>();
        QVERIFY(!values->isVisible());
        typeAtEnd(page.editor(), "EXTRA_TAGS=x");
        QTRY_VERIFY(values->isVisible());
        page.editor()->undo();
        context.setCurrentPlugin(pluginPath("hello-world"));
        QVERIFY(values->isVisible());
    }
};

QTEST_MAIN(TestBuildrcPage)
#include "tst_buildrcpage.moc"
