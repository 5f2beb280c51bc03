#include "BuildPageDriver.h"

#include "AppContext.h"
#include "pages/BuildPage.h"
#include "widgets/CommandPreview.h"
#include "widgets/MessageBar.h"
#include "widgets/TagChips.h"

#include "buildplan/BuildProfile.h"
#include "buildplan/BuildVariablesModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolButton>

using namespace hwb;
using namespace hwb::gui;
using namespace hwb::gui::testing;

// The Build page before a build: the flags with their layers, one-off edits, the mode and the command preview.
class TestBuildPagePlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void flagsShowProvenanceAndChipsEditTags();
    void editingAValueOverridesItForTheseBuilds();
    void unknownBuildrcTagsHoldTheBuild();
    void overridesMoveIntoTheWorkspaceProfile();
    void customModeTakesItsTemplateHere();
    void previewCopiesTheCommandExactly_data();
    void previewCopiesTheCommandExactly();

private:
    QTemporaryDir m_tmp;
    QString m_workspace;
};

void TestBuildPagePlan::initTestCase()
{
    m_workspace = setUpBuildPageTest(m_tmp);
    QVERIFY(!m_workspace.isEmpty());
}

void TestBuildPagePlan::flagsShowProvenanceAndChipsEditTags()
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
void TestBuildPagePlan::editingAValueOverridesItForTheseBuilds()
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
    // The fixture sets GOPROXY=off, which the Makefile's GOPROXY ?= gives way to, as in make.
    QCOMPARE(variable("GOPROXY").layer, VariableLayer::Environment);

    // As the user does: open the editor, type, press Enter.
    table->edit(goproxy);
    auto *editor = table->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, "direct");
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(variable("GOPROXY").layer, VariableLayer::Override);
    QCOMPARE(variable("GOPROXY").value, "direct");
    QCOMPARE(variable("GOPROXY").overridden, (QList<VariableLayer>{VariableLayer::Makefile, VariableLayer::Environment}));
    QVERIFY2(page.plan().commandLine().contains("GOPROXY=direct"), qPrintable(page.plan().commandLine()));
    QCOMPARE(page.findChild<CommandPreview *>("commandPreview")->command(), page.plan().commandLine());
    QCOMPARE(model->index(rowOf(model, "GOPROXY"), BuildVariablesModel::LayerColumn).data(Qt::UserRole + 1).toString(), "override");

    // The row's menu puts the value below back.
    chooseFromRowMenu(table, model->index(rowOf(model, "GOPROXY"), BuildVariablesModel::ValueColumn),
                      "Use the value from environment again");
    QTRY_COMPARE(variable("GOPROXY").layer, VariableLayer::Environment);
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
    QCOMPARE(variable("GOPROXY").layer, VariableLayer::Environment);
}

// A .buildrc whose EXTRA_TAGS only a shell could compute: the page will not build without tags until the user gives
// them, and says why where the Build button is.
void TestBuildPagePlan::unknownBuildrcTagsHoldTheBuild()
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

// An override the user wants for every build goes into the workspace profile from the row's menu; hwb's builds
// get it too, and the menu takes it out again. Tag changes join the profile's own under the set rule.
void TestBuildPagePlan::overridesMoveIntoTheWorkspaceProfile()
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
    QCOMPARE(layerOf("GOPROXY"), VariableLayer::Environment); // the fixture's GOPROXY=off
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

// The custom mode asks for its command where the mode is picked; Workspace default keeps both, for hwb too.
void TestBuildPagePlan::customModeTakesItsTemplateHere()
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

void TestBuildPagePlan::previewCopiesTheCommandExactly_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("go build") << "cd /w && GOOS=wasip1 go build -buildmode=c-shared -o main.wasm .";
    QTest::newRow("a no-break space of its own") << QString("echo 'a%1b' -x .").arg(QChar(0x00A0));
    QTest::newRow("short last argument, nothing before") << ".";
    QTest::newRow("two lines") << "make \\\nbuild .";
}

// What the preview shows is glued and joined for reading; what it copies is the command, byte for byte.
void TestBuildPagePlan::previewCopiesTheCommandExactly()
{
    QFETCH(QString, command);
    CommandPreview preview;
    preview.setCommand(command);
    preview.selectAll();
    preview.copy();
    QCOMPARE(QApplication::clipboard()->text(), command);
}

QTEST_MAIN(TestBuildPagePlan)
#include "tst_buildpageplan.moc"
