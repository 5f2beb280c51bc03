#include "TestSupport.h"

#include "AppContext.h"
#include "pages/BuildPage.h"
#include "pages/BuildVerdictNotice.h"
#include "widgets/CommandPreview.h"
#include "widgets/LogView.h"
#include "widgets/MessageBar.h"
#include "widgets/TagChips.h"
#include "widgets/ThemeColors.h"

#include "buildplan/BuildProfile.h"
#include "buildplan/BuildVariablesModel.h"
#include "buildrun/BuildHistory.h"
#include "buildrun/BuildRunner.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCryptographicHash>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextLayout>
#include <QCheckBox>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace hwb;
using namespace hwb::gui;

class TestBuildPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void flagsShowProvenanceAndChipsEditTags();
    void editingAValueOverridesItForTheseBuilds();
    void cancelShowsCancelledNotFailed();
    void diagnosticOpensTheSource();
    void successIsJudgedAndRecorded();
    void theVerdictOutlivesThePluginRefresh();
    void aBuildKeepsItsPluginWhenTheSelectionMoves();
    void unknownBuildrcTagsHoldTheBuild();
    void overridesMoveIntoTheWorkspaceProfile();
    void customModeTakesItsTemplateHere();
    void previewCopiesTheCommandExactly_data();
    void previewCopiesTheCommandExactly();

private:
    QTemporaryDir m_tmp;
    QString m_workspace;
};

namespace {

// The bar with the last build's verdict, apart from the plan's warnings.
BuildVerdictNotice *verdictOf(BuildPage &page)
{
    return page.findChild<BuildVerdictNotice *>("buildVerdict");
}

// The chip of this tag in the tag editor, as the user finds it.
QToolButton *chipOf(BuildPage &page, const QString &tag)
{
    for (auto *b : page.findChild<TagChips *>()->findChildren<QToolButton *>())
        if (b->text().startsWith(tag))
            return b;
    return nullptr;
}

// As the user does: pick the mode in the combo box.
void chooseMode(BuildPage &page, const char *id)
{
    auto *mode = page.findChild<QComboBox *>();
    const int index = mode->findData(QString::fromLatin1(id));
    QVERIFY(index >= 0);
    mode->setCurrentIndex(index);
    Q_EMIT mode->activated(index);
}

// The page's push button with this label, as the user finds it.
QPushButton *button(BuildPage &page, const QString &text)
{
    for (auto *b : page.findChildren<QPushButton *>())
        if (b->text() == text)
            return b;
    return nullptr;
}

// A Build page on one of the workspace's wasm-go plugins, shown, as the user has it.
struct ShownPage
{
    ShownPage(const QString &workspace, const QString &plugin)
    {
        if (!context.openWorkspace(workspace).isEmpty())
            qFatal("cannot open the test workspace");
        page.show();
        context.setCurrentPlugin(workspace + "/plugins/wasm-go/extensions/" + plugin);
    }
    AppContext context;
    BuildPage page{context};
};

// The row of the flags table that shows this variable, or -1.
int rowOf(const QAbstractItemModel *model, const QString &name)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, BuildVariablesModel::NameColumn).data().toString() == name)
            return r;
    return -1;
}

BuildVariable variableOf(const BuildPage &page, const QString &name)
{
    for (const BuildVariable &v : page.plan().variables)
        if (v.name == name)
            return v;
    return {};
}

// Right-clicks the cell and picks the menu entry with this text, as the user does.
void chooseFromRowMenu(QTableView *table, const QModelIndex &cell, const QString &entry)
{
    bool chosen = false;
    QObject scope; // no menu opened: the timer dies with this call instead of firing later
    QTimer::singleShot(0, &scope, [&chosen, entry] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        for (QAction *action : menu->actions()) {
            if (action->text() == entry) {
                action->trigger();
                chosen = true;
            }
        }
        menu->close();
    });
    Q_EMIT table->customContextMenuRequested(table->visualRect(cell).center());
    QVERIFY2(chosen, qPrintable(entry));
}

} // namespace

void TestBuildPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("GOFLAGS", "-mod=mod -buildvcs=false");
    qputenv("GOPROXY", "off");
    qputenv("GOTOOLCHAIN", "local");
    qputenv("HWB_PROFILE_FILE", m_tmp.filePath("profiles.json").toUtf8());
    qputenv("HWB_HISTORY_FILE", m_tmp.filePath("history.sqlite").toUtf8());
    m_workspace = test::copyDemoWorkspace(m_tmp);
    QVERIFY(!m_workspace.isEmpty());
}

void TestBuildPage::flagsShowProvenanceAndChipsEditTags()
{
    AppContext context;
    QCOMPARE(context.openWorkspace(m_workspace), QString());
    BuildPage page(context);
    context.setCurrentPlugin(m_workspace + "/plugins/wasm-go/extensions/ai-proxy-lite");
    auto *table = page.findChild<QTableView *>();
    QVERIFY(table);
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    bool found = false;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, 0).data().toString() == "EXTRA_TAGS") {
            found = true;
            QCOMPARE(table->model()->index(r, 1).data().toString(), "proxy_wasm_version_0_2_100");
            QCOMPARE(table->model()->index(r, 2).data(Qt::UserRole + 1).toString(), "buildrc");
        }
    }
    QVERIFY(found);
    auto *preview = page.findChild<QPlainTextEdit *>("commandPreview");
    QVERIFY(preview);
    QVERIFY(preview->isReadOnly());
    QCOMPARE(preview->toPlainText().remove(QChar(0x2060)), page.plan().commandLine());
    QVERIFY(page.plan().commandLine().contains("-tags=proxy_wasm_version_0_2_100"));
    // No line of the laid-out text starts with what followed a dash (a word longer than the line may still break).
    page.resize(560, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const QTextBlock command = preview->document()->begin();
    QTRY_VERIFY(command.layout()->lineCount() > 1);
    for (QTextBlock b = command; b.isValid(); b = b.next())
        for (int i = 1; i < b.layout()->lineCount(); ++i) {
            const int start = b.layout()->lineAt(i).textStart();
            const QChar before = b.text().at(start - 1);
            QVERIFY2(before != QLatin1Char('-') && before != QChar(0x2060), qPrintable(b.text().mid(start, 20)));
        }
    // Nor is go build's last argument, ".", ever alone on the last line, nor "-o" without its value, whatever the width.
    for (int width = 480; width <= 1400; width += 8) {
        page.resize(width, 600);
        QCoreApplication::processEvents();
        const QTextLayout *layout = command.layout();
        const QTextLine last = layout->lineAt(layout->lineCount() - 1);
        QVERIFY2(command.text().mid(last.textStart()).remove(QChar(0x2060)).trimmed().size() > 2,
                 qPrintable(QString("%1 px: %2").arg(width).arg(command.text().mid(last.textStart()))));
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            QVERIFY2(!command.text().mid(line.textStart(), line.textLength()).remove(QChar(0x2060)).trimmed().endsWith(" -o"),
                     qPrintable(QString("%1 px: %2").arg(width).arg(command.text().mid(line.textStart(), line.textLength()))));
        }
    }
    page.resize(560, 600);
    // A selection copies as the command, without the word joiners that keep a dash with its word.
    preview->selectAll();
    preview->copy();
    QCOMPARE(QApplication::clipboard()->text(), page.plan().commandLine());
    QCOMPARE(page.plan().mode, BuildMode::Go); // the family's default mode

    // Clicking the chip leaves the tag out of this one build, and the preview follows.
    auto *chips = page.findChild<TagChips *>();
    QToolButton *chip = nullptr;
    for (auto *b : chips->findChildren<QToolButton *>())
        if (b->isVisible() || !b->text().isEmpty())
            chip = b->text().startsWith("proxy_wasm_version_0_2_100") ? b : chip;
    QVERIFY(chip);
    chip->click();
    QVERIFY(!preview->toPlainText().contains("-tags="));
    QCOMPARE(chips->overrideValue(), "-proxy_wasm_version_0_2_100");

    // A Rust plugin builds with cargo, which has no build tags: no chips to offer.
    QVERIFY(!chips->isHidden());
    context.setCurrentPlugin(m_workspace + "/plugins/wasm-rust/extensions/say-hello");
    QCOMPARE(page.plan().mode, BuildMode::Cargo);
    QVERIFY(chips->isHidden());
    context.setCurrentPlugin(m_workspace + "/plugins/wasm-go/extensions/ai-proxy-lite");
    QVERIFY(!chips->isHidden());
}

// The override layer from the GUI: a value typed into the flags table goes into the plan as an override, shows
// as one, reaches the command, and goes away again from the row's menu or with another plugin.
void TestBuildPage::editingAValueOverridesItForTheseBuilds()
{
    AppContext context;
    QCOMPARE(context.openWorkspace(m_workspace), QString());
    BuildPage page(context);
    page.show();
    context.setCurrentPlugin(m_workspace + "/plugins/wasm-go/extensions/ai-proxy-lite");
    auto *table = page.findChild<QTableView *>();
    QAbstractItemModel *model = table->model();
    const auto variable = [&page](const QString &name) { return variableOf(page, name); };
    QVERIFY(!(model->index(rowOf(model, "EXTRA_TAGS"), BuildVariablesModel::ValueColumn).flags() & Qt::ItemIsEditable));
    const QModelIndex goproxy = model->index(rowOf(model, "GOPROXY"), BuildVariablesModel::ValueColumn);
    QVERIFY(goproxy.flags() & Qt::ItemIsEditable);
    QCOMPARE(variable("GOPROXY").layer, VariableLayer::Makefile);

    // As the user does: open the editor, type, press Enter.
    table->edit(goproxy);
    auto *editor = table->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, "off");
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(variable("GOPROXY").layer, VariableLayer::Override);
    QCOMPARE(variable("GOPROXY").value, "off");
    QCOMPARE(variable("GOPROXY").overridden, QList<VariableLayer>{VariableLayer::Makefile});
    QVERIFY2(page.plan().commandLine().contains("GOPROXY=off"), qPrintable(page.plan().commandLine()));
    QCOMPARE(page.findChild<CommandPreview *>("commandPreview")->command(), page.plan().commandLine());
    QCOMPARE(model->index(rowOf(model, "GOPROXY"), BuildVariablesModel::LayerColumn).data(Qt::UserRole + 1).toString(), "override");

    // The row's menu puts the Makefile's value back.
    chooseFromRowMenu(table, model->index(rowOf(model, "GOPROXY"), BuildVariablesModel::ValueColumn),
                      "Use the value from Makefile again");
    QTRY_COMPARE(variable("GOPROXY").layer, VariableLayer::Makefile);
    QVERIFY(!page.plan().commandLine().contains("GOPROXY="));

    // A variable the table does not list is set in the field beside the tags, as --set takes it.
    auto *field = page.findChild<QLineEdit *>("addOverride");
    QVERIFY(field);
    auto *bar = page.findChild<MessageBar *>();
    for (const char *bad : {"GOFLAGS", "=x", "1X=2", "EXTRA_TAGS=foo"}) {
        field->setText(bad);
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(field->text(), bad); // kept, to be corrected
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->kind(), MessageBar::Kind::Error);
    }
    field->clear();
    QTest::keyClicks(field, "GOFLAGS=-trimpath");
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(field->text().isEmpty());
    QCOMPARE(variable("GOFLAGS").layer, VariableLayer::Override);
    QVERIFY(variable("GOFLAGS").overridden.isEmpty());
    QVERIFY2(page.plan().commandLine().contains("GOFLAGS=-trimpath"), qPrintable(page.plan().commandLine()));
    QVERIFY(rowOf(model, "GOFLAGS") >= 0);
    chooseFromRowMenu(table, model->index(rowOf(model, "GOFLAGS"), BuildVariablesModel::ValueColumn), "Remove this override");
    QTRY_COMPARE(rowOf(model, "GOFLAGS"), -1);

    // An override belongs to the plugin it was set for. A rescan that brings the same plugin back (a build wrote
    // main.wasm, a .buildrc was saved, the language changed) keeps it, with the mode and the tags.
    QVERIFY(model->setData(model->index(rowOf(model, "GOPROXY"), BuildVariablesModel::ValueColumn), "direct"));
    QTRY_COMPARE(variable("GOPROXY").layer, VariableLayer::Override);
    chooseMode(page, "make-local");
    context.rescan();
    QCOMPARE(variable("GOPROXY").layer, VariableLayer::Override);
    QCOMPARE(page.plan().mode, BuildMode::MakeLocal);
    context.setCurrentPlugin(m_workspace + "/plugins/wasm-go/extensions/hello-world");
    QCOMPARE(variable("GOPROXY").layer, VariableLayer::Makefile);
}

void TestBuildPage::cancelShowsCancelledNotFailed()
{
    BuildProfile profile;
    profile.customCommand = "sleep 60 & sleep 60";
    QCOMPARE(BuildProfile::save(m_workspace, profile), QString());
    AppContext context;
    QCOMPARE(context.openWorkspace(m_workspace), QString());
    BuildPage page(context);
    context.setCurrentPlugin(m_workspace + "/plugins/wasm-go/extensions/hello-world");
    chooseMode(page, "custom");
    QCOMPARE(page.plan().mode, BuildMode::Custom);

    QPushButton *build = button(page, "Build");
    QPushButton *cancel = button(page, "Cancel");
    QVERIFY(build && cancel);
    // By the keys the buttons' tooltips name: Ctrl+B builds, Esc stops.
    QCOMPARE(build->toolTip(), QStringLiteral("Build with these flags (Ctrl+B)"));
    QVERIFY(cancel->toolTip().endsWith("(Esc)"));
    page.show();
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    QTest::keyClick(&page, Qt::Key_B, Qt::ControlModifier);
    QTRY_VERIFY(page.runner()->isRunning());
    QVERIFY(cancel->isEnabled());
    QVERIFY(!build->isEnabled()); // and so Ctrl+B does nothing while it runs
    QSignalSpy finished(page.runner(), &BuildRunner::finished);
    QTest::keyClick(&page, Qt::Key_Escape);
    QVERIFY(finished.wait(20000));
    QCOMPARE(page.runner()->state(), BuildState::Cancelled);
    QVERIFY(page.stateText().contains("Cancelled"));
    auto *bar = page.findChild<MessageBar *>();
    QCOMPARE(bar->kind(), MessageBar::Kind::Info);
    QVERIFY(!bar->text().contains("fail", Qt::CaseInsensitive));
    QVERIFY(build->isEnabled());
    QCOMPARE(BuildProfile::save(m_workspace, BuildProfile{}), QString());
}

void TestBuildPage::diagnosticOpensTheSource()
{
    BuildProfile profile;
    profile.mode = BuildMode::Custom;
    // The line Go prints for a type error in this plugin (captured from a real build, see tst_outputparsers).
    profile.customCommand = "echo './main.go:14:26: cannot use 42 (untyped int constant) as string value in struct literal'; exit 1";
    QCOMPARE(BuildProfile::save(m_workspace, profile), QString());
    AppContext context;
    QCOMPARE(context.openWorkspace(m_workspace), QString());
    BuildPage page(context);
    context.setCurrentPlugin(m_workspace + "/plugins/wasm-go/extensions/hello-world");
    QCOMPARE(page.plan().mode, BuildMode::Custom);
    QSignalSpy finished(page.runner(), &BuildRunner::finished);
    button(page, "Build")->click();
    QVERIFY(finished.wait(20000));
    QCOMPARE(page.runner()->state(), BuildState::Failed);
    QCOMPARE(page.findChild<MessageBar *>()->kind(), MessageBar::Kind::Error);
    QTRY_VERIFY(page.findChild<LogView *>("buildLog")->text().contains("cannot use 42"));

    auto *problems = page.findChild<QTreeView *>("problems");
    QVERIFY(problems);
    QCOMPARE(problems->model()->rowCount(), 1);
    Q_EMIT problems->activated(problems->model()->index(0, 0));
    auto *source = page.findChild<QPlainTextEdit *>("sourceView");
    QVERIFY(source->isReadOnly());
    QVERIFY(source->toPlainText().contains("package main"));
    QCOMPARE(source->textCursor().blockNumber(), 13); // line 14
    QCOMPARE(source->textCursor().positionInBlock(), 25); // column 26
    QCOMPARE(BuildProfile::save(m_workspace, BuildProfile{}), QString());
}

// A real Go build from the page: the verdict and the recorded digest are those of the file the build left.
void TestBuildPage::successIsJudgedAndRecorded()
{
    AppContext context;
    QCOMPARE(context.openWorkspace(m_workspace), QString());
    BuildPage page(context);
    context.setCurrentPlugin(m_workspace + "/plugins/wasm-go/extensions/ai-proxy-lite");
    chooseMode(page, "go");
    QCOMPARE(page.plan().mode, BuildMode::Go);
    QSignalSpy finished(page.runner(), &BuildRunner::finished);
    button(page, "Build")->click();
    QVERIFY(finished.wait(600000));
    page.show();
    BuildVerdictNotice *bar = verdictOf(page);
    QVERIFY2(page.runner()->state() == BuildState::Succeeded, qPrintable(bar->text()));
    const QString sha256 = QString::fromLatin1(
        QCryptographicHash::hash(test::readFile(page.plan().artifact), QCryptographicHash::Sha256).toHex());
    QCOMPARE(bar->kind(), MessageBar::Kind::Success);
    QVERIFY2(bar->text().contains(sha256.left(12)) && bar->text().contains("exports proxy_abi_version_0_2_100"),
             qPrintable(bar->text()));
    QVERIFY2(bar->text().contains("\nBuilt "), qPrintable(bar->text()));
    const auto records = BuildHistory().recent();
    QVERIFY(!records.isEmpty());
    QCOMPARE(records.first().sha256, sha256);

    // Again, with nothing changed: Go rebuilds nothing, and the page says so beside the same verdict.
    button(page, "Build")->click();
    QVERIFY(finished.wait(600000));
    QCOMPARE(bar->kind(), MessageBar::Kind::Success);
    QVERIFY2(bar->text().contains("\nUp to date, nothing rebuilt: ") && bar->text().contains(sha256.left(12)),
             qPrintable(bar->text()));
    auto *history = page.findChild<QTreeWidget *>("buildHistory");
    QVERIFY(history && history->topLevelItemCount() >= 2);
    QVERIFY2(history->topLevelItem(0)->text(5).endsWith("(unchanged: nothing rebuilt)"), qPrintable(history->topLevelItem(0)->text(5)));
    QVERIFY(!history->topLevelItem(1)->text(5).contains("unchanged"));
    QCOMPARE(history->topLevelItem(0)->text(2), buildModeDisplayName(BuildMode::Go)); // its name, not the id "go"
}

// A build that succeeds and writes a module failing verification (ai-proxy-lite without its .buildrc tag) says so in
// red, and still says so once writing the module has rescanned the plugin and replanned the page, which used to
// replace the verdict with "no problems". A good build says what its pass rests on, and that stays too.
void TestBuildPage::theVerdictOutlivesThePluginRefresh()
{
    AppContext context;
    QCOMPARE(context.openWorkspace(m_workspace), QString());
    QTabWidget tabs; // the main window's, where Open Verify finds the Verify page
    auto *page = new BuildPage(context);
    page->setObjectName("build");
    auto *verify = new QWidget;
    verify->setObjectName("verify");
    tabs.addTab(page, "Build");
    tabs.addTab(verify, "Verify");
    tabs.show();
    context.setCurrentPlugin(m_workspace + "/plugins/wasm-go/extensions/ai-proxy-lite");
    chooseMode(*page, "go");
    BuildVerdictNotice *verdict = verdictOf(*page);
    QVERIFY(verdict);
    QVERIFY(verdict->text().isEmpty()); // no build yet
    QToolButton *chip = chipOf(*page, "proxy_wasm_version_0_2_100");
    QVERIFY(chip);
    chip->click();
    QVERIFY(!page->plan().commandLine().contains("-tags="));

    QSignalSpy finished(page->runner(), &BuildRunner::finished);
    QSignalSpy refreshed(&context, &AppContext::currentPluginRefreshed);
    button(*page, "Build")->click();
    QVERIFY(finished.wait(600000));
    QCOMPARE(page->runner()->state(), BuildState::Succeeded);
    const auto saysItFails = [verdict] {
        QCOMPARE(verdict->kind(), MessageBar::Kind::Error);
        QVERIFY2(verdict->text().startsWith("The module FAILS verification: it exports proxy_abi_version_0_2_1, not "
                                            "0_2_100, so requests will hang"),
                 qPrintable(verdict->text()));
        QVERIFY2(verdict->text().contains("Fix: Rebuild with the tag proxy_wasm_version_0_2_100"), qPrintable(verdict->text()));
    };
    saysItFails();
    bool stateSaysIt = false;
    for (auto *label : page->findChildren<QLabel *>())
        stateSaysIt |= label->isVisible() && label->text().contains(" s, but the module FAILS verification");
    QVERIFY(stateSaysIt);
    // Writing main.wasm rescans the plugin; the page replans, and the verdict is still there.
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() > 0, 15000);
    QCoreApplication::processEvents();
    saysItFails();

    // The history's verdict column is red for the failure.
    auto *history = page->findChild<QTreeWidget *>("buildHistory");
    QTRY_VERIFY(history->topLevelItemCount() > 0);
    QVERIFY(history->topLevelItem(0)->text(5).startsWith("fail"));
    const QPalette palette = history->palette();
    QCOMPARE(history->topLevelItem(0)->foreground(5).color(),
             ThemeColors::toneText(ThemeColors::Tone::Error, palette.color(QPalette::Base), palette));

    // Its action opens the Verify page, and the verdict is still there to come back to.
    QPushButton *openVerify = nullptr;
    for (auto *b : verdict->findChildren<QPushButton *>())
        openVerify = b->text() == "Open Verify" ? b : openVerify;
    QVERIFY(openVerify && openVerify->isVisible());
    openVerify->click();
    QCOMPARE(tabs.currentWidget(), verify);
    tabs.setCurrentWidget(page);
    saysItFails();

    // Putting the tag back changes what the next build writes, not what this one wrote: the verdict stays.
    chipOf(*page, "proxy_wasm_version_0_2_100")->click();
    QVERIFY(page->plan().commandLine().contains("-tags=proxy_wasm_version_0_2_100"));
    saysItFails();

    refreshed.clear();
    button(*page, "Build")->click();
    QVERIFY(verdict->text().isEmpty()); // a build under way has no verdict yet
    QVERIFY(finished.wait(600000));
    const auto saysItPasses = [verdict] {
        QCOMPARE(verdict->kind(), MessageBar::Kind::Success);
        QVERIFY2(verdict->text().startsWith("Module verified: exports proxy_abi_version_0_2_100, built with "
                                            "-tags=proxy_wasm_version_0_2_100."),
                 qPrintable(verdict->text()));
    };
    saysItPasses();
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() > 0, 15000);
    QCoreApplication::processEvents();
    saysItPasses();
    QTRY_VERIFY(history->topLevelItem(0)->text(5).startsWith("pass"));
    QCOMPARE(history->topLevelItem(0)->foreground(5).color(),
             ThemeColors::toneText(ThemeColors::Tone::Success, palette.color(QPalette::Base), palette));

    // Another mode writes another artifact: the verdict on main.wasm says nothing about it.
    chooseMode(*page, "make-build");
    QVERIFY(page->plan().artifact != m_workspace + "/plugins/wasm-go/extensions/ai-proxy-lite/main.wasm");
    QVERIFY(verdict->text().isEmpty());
}

// Selecting another plugin while a build runs shows that plugin's plan; the build that runs is still judged and
// recorded as what it is, not as the plugin now selected.
void TestBuildPage::aBuildKeepsItsPluginWhenTheSelectionMoves()
{
    BuildProfile profile;
    profile.customCommand = "sleep 1 && GOOS=wasip1 GOARCH=wasm ${GO} build -buildmode=c-shared -o main.wasm .";
    QCOMPARE(BuildProfile::save(m_workspace, profile), QString());
    AppContext context;
    QCOMPARE(context.openWorkspace(m_workspace), QString());
    BuildPage page(context);
    const QString built = m_workspace + "/plugins/wasm-go/extensions/hello-world";
    context.setCurrentPlugin(built);
    chooseMode(page, "custom");
    QSignalSpy finished(page.runner(), &BuildRunner::finished);
    button(page, "Build")->click();
    QTRY_VERIFY(page.runner()->isRunning());
    context.setCurrentPlugin(m_workspace + "/plugins/wasm-go/extensions/request-stamp");
    QCOMPARE(page.plan().plugin, QStringLiteral("request-stamp"));
    QVERIFY(finished.wait(600000));

    page.show();
    BuildVerdictNotice *bar = verdictOf(page);
    QVERIFY2(page.runner()->state() == BuildState::Succeeded, qPrintable(bar->text()));
    QCOMPARE(bar->kind(), MessageBar::Kind::Success);
    QVERIFY2(bar->text().contains(built + "/main.wasm"), qPrintable(bar->text()));
    const auto records = BuildHistory().recent();
    QVERIFY(!records.isEmpty());
    QCOMPARE(records.first().plugin, QStringLiteral("hello-world"));
    QCOMPARE(records.first().artifact, built + "/main.wasm");
    QCOMPARE(BuildProfile::save(m_workspace, BuildProfile{}), QString());
}

// A .buildrc whose EXTRA_TAGS only a shell could compute: the page will not build without tags until the user gives
// them, and says why where the Build button is.
void TestBuildPage::unknownBuildrcTagsHoldTheBuild()
{
    QTemporaryDir dir;
    const QString ws = test::copyDemoWorkspace(dir);
    const QString pluginDir = ws + "/plugins/wasm-go/extensions/ai-proxy-lite";
    test::writeFile(pluginDir + "/.buildrc", "EXTRA_TAGS=$(cat tags.txt)\n");
    AppContext context;
    QCOMPARE(context.openWorkspace(ws), QString());
    BuildPage page(context);
    context.setCurrentPlugin(pluginDir);
    QPushButton *build = button(page, "Build");
    QVERIFY(build);
    QVERIFY(!build->isEnabled());
    auto *bar = page.findChild<MessageBar *>();
    QCOMPARE(bar->kind(), MessageBar::Kind::Error);
    QVERIFY2(bar->text().contains("only a shell can compute"), qPrintable(bar->text()));

    auto *add = page.findChild<TagChips *>()->findChild<QLineEdit *>();
    QTest::keyClicks(add, "proxy_wasm_version_0_2_100");
    QTest::keyClick(add, Qt::Key_Return);
    QVERIFY(build->isEnabled());
    QVERIFY(page.plan().commandLine().contains("-tags=proxy_wasm_version_0_2_100"));
}

// The custom mode asks for its command where the mode is picked; Workspace default keeps both, for hwb too.
void TestBuildPage::customModeTakesItsTemplateHere()
{
    ShownPage shown(m_workspace, "ai-proxy-lite");
    BuildPage &page = shown.page;
    auto *mode = page.findChild<QComboBox *>();
    auto *command = page.findChild<QLineEdit *>("customCommand");
    QVERIFY(!command->isVisibleTo(&page));
    mode->setCurrentIndex(mode->findData("custom"));
    Q_EMIT mode->activated(mode->currentIndex());
    QVERIFY(command->isVisibleTo(&page));
    QVERIFY(page.plan().hasErrors()); // no template yet
    command->setText("printf '%s' ${EXTRA_TAGS} > tags.txt");
    Q_EMIT command->editingFinished();
    QVERIFY(!page.plan().hasErrors());
    QCOMPARE(page.plan().program, "/bin/sh");
    QCOMPARE(page.plan().args.value(1), "printf '%s' proxy_wasm_version_0_2_100 > tags.txt");

    page.findChild<QCheckBox *>()->click();
    const BuildProfile profile = BuildProfile::load(m_workspace);
    QCOMPARE(profile.mode, std::optional<BuildMode>(BuildMode::Custom));
    QCOMPARE(profile.customCommand, "printf '%s' ${EXTRA_TAGS} > tags.txt");
    const auto planned = test::runProcess(test::hwbExecutable(), {"plan", "ai-proxy-lite", "--workspace", m_workspace, "--json"});
    QVERIFY2(planned.stdOut.contains("printf"), planned.stdOut.constData());
    QCOMPARE(BuildProfile::save(m_workspace, BuildProfile{}), QString());
}

void TestBuildPage::previewCopiesTheCommandExactly_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("go build") << "cd /w && GOOS=wasip1 go build -buildmode=c-shared -o main.wasm .";
    QTest::newRow("a no-break space of its own") << QString("echo 'a%1b' -x .").arg(QChar(0x00A0));
    QTest::newRow("short last argument, nothing before") << ".";
    QTest::newRow("two lines") << "make \\\nbuild .";
}

// What the preview shows is glued and joined for reading; what it copies is the command, byte for byte.
void TestBuildPage::previewCopiesTheCommandExactly()
{
    QFETCH(QString, command);
    CommandPreview preview;
    preview.setCommand(command);
    preview.selectAll();
    preview.copy();
    QCOMPARE(QApplication::clipboard()->text(), command);
}

// An override the user wants for every build goes into the workspace profile from the row's menu; hwb's builds
// get it too, and the menu takes it out again. Tag changes join the profile's own under the set rule.
void TestBuildPage::overridesMoveIntoTheWorkspaceProfile()
{
    ShownPage shown(m_workspace, "ai-proxy-lite");
    AppContext &context = shown.context;
    BuildPage &page = shown.page;
    auto *table = page.findChild<QTableView *>();
    QAbstractItemModel *model = table->model();
    const auto cellOf = [model](const QString &name) {
        return model->index(rowOf(model, name), BuildVariablesModel::ValueColumn);
    };
    const auto layerOf = [&page](const QString &name) { return variableOf(page, name).layer; };
    const auto profileValue = [this](const QString &name) {
        for (const auto &[k, v] : BuildProfile::load(m_workspace).variables.values)
            if (k == name)
                return v;
        return QString();
    };
    auto *field = page.findChild<QLineEdit *>("addOverride");
    field->setText("GOPROXY=off");
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(layerOf("GOPROXY"), VariableLayer::Override);
    chooseFromRowMenu(table, cellOf("GOPROXY"), "Keep in the workspace profile");
    QCOMPARE(layerOf("GOPROXY"), VariableLayer::Profile);
    QCOMPARE(profileValue("GOPROXY"), "off");

    auto *addTag = page.findChild<TagChips *>()->findChild<QLineEdit *>();
    addTag->setText("debug");
    QTest::keyClick(addTag, Qt::Key_Return);
    QVERIFY(page.plan().value("EXTRA_TAGS").split(' ').contains("debug"));
    chooseFromRowMenu(table, cellOf("EXTRA_TAGS"), "Keep in the workspace profile");
    QCOMPARE(page.findChild<TagChips *>()->overrideValue(), QString());
    QCOMPARE(profileValue("EXTRA_TAGS"), "+debug");
    QVERIFY(page.plan().value("EXTRA_TAGS").split(' ').contains("debug"));

    const auto planned = test::runProcess(test::hwbExecutable(), {"plan", "ai-proxy-lite", "--workspace", m_workspace,
                                                                  "--mode", "go", "--json"});
    QVERIFY2(planned.stdOut.contains("debug") && planned.stdOut.contains("\"GOPROXY\""), planned.stdOut.constData());

    chooseFromRowMenu(table, cellOf("GOPROXY"), "Remove from the workspace profile");
    QCOMPARE(layerOf("GOPROXY"), VariableLayer::Makefile);
    QCOMPARE(profileValue("GOPROXY"), QString());
    chooseFromRowMenu(table, cellOf("EXTRA_TAGS"), "Remove from the workspace profile");
    QVERIFY(BuildProfile::load(m_workspace).isEmpty());
    QVERIFY(!page.plan().value("EXTRA_TAGS").split(' ').contains("debug"));

    // The mode, too: "Workspace default" keeps the one picked, and a plugin selected afterwards starts from it.
    auto *mode = page.findChild<QComboBox *>();
    auto *isDefault = page.findChild<QCheckBox *>();
    QVERIFY(!isDefault->isChecked());
    mode->setCurrentIndex(mode->findData("make-local"));
    Q_EMIT mode->activated(mode->currentIndex());
    isDefault->click();
    QCOMPARE(BuildProfile::load(m_workspace).mode, std::optional<BuildMode>(BuildMode::MakeLocal));
    context.setCurrentPlugin(m_workspace + "/plugins/wasm-go/extensions/hello-world");
    QCOMPARE(page.plan().mode, BuildMode::MakeLocal);
    QVERIFY(isDefault->isChecked());
    mode->setCurrentIndex(mode->findData("go"));
    Q_EMIT mode->activated(mode->currentIndex());
    QVERIFY(!isDefault->isChecked()); // go is not the default
    mode->setCurrentIndex(mode->findData("make-local"));
    Q_EMIT mode->activated(mode->currentIndex());
    isDefault->click();
    QVERIFY(BuildProfile::load(m_workspace).isEmpty());
}

QTEST_MAIN(TestBuildPage)
#include "tst_buildpage.moc"
