// Every page from the keyboard: Tab follows the reading order, a label's mnemonic reaches its field, a tag chip
// toggles with Space and keeps the focus.
#include "TestSupport.h"

#include "AppContext.h"
#include "MainWindow.h"
#include "PageRegistry.h"
#include "widgets/BuildrcEditor.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>

using namespace hwb;
using namespace hwb::gui;

namespace {
const QString kChip = QStringLiteral("tagChip:proxy_wasm_version_0_2_100");

// What a tab stop is called in the expected lists: its own object name, or its nearest named ancestor's for the
// parts Qt makes (a spin box's line edit, a tab widget's tab bar), whose names start with qt_.
QString nameOf(QWidget *w)
{
    for (; w; w = w->parentWidget())
        if (!w->objectName().isEmpty() && !w->objectName().startsWith(QLatin1String("qt_")))
            return w->objectName();
    return QStringLiteral("?");
}

QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = text.indexOf(u'&'); i >= 0 && i + 1 < text.size(); i = text.indexOf(u'&', i + 2))
        if (text.at(i + 1) != u'&')
            return text.at(i + 1).toUpper();
    return {};
}
} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void tabFollowsTheReadingOrder_data();
    void tabFollowsTheReadingOrder();
    void labelsWithBuddiesHaveUniqueMnemonics_data();
    void labelsWithBuddiesHaveUniqueMnemonics();
    void mnemonicFocusesTheField();
    void spaceTogglesAChipAndKeepsTheFocus();
    void aNewChipTakesItsPlaceInTheTabOrder();

private:
    QStringList tabStops(const QString &from, int max = 30) const;

    QTemporaryDir m_tmp;
    QString m_workspace;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
};

void TestKeyboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("HWB_PROFILE_FILE", m_tmp.filePath("profiles.json").toUtf8());
    qputenv("HWB_HISTORY_FILE", m_tmp.filePath("history.sqlite").toUtf8());
    m_workspace = test::copyDemoWorkspace(m_tmp);
    QVERIFY(!m_workspace.isEmpty());
}

void TestKeyboard::init()
{
    m_context = std::make_unique<AppContext>();
    m_window = std::make_unique<MainWindow>(*m_context);
    QVERIFY(m_window->openWorkspace(m_workspace));
    QVERIFY(m_window->selectPluginByName(QStringLiteral("ai-proxy-lite")));
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestKeyboard::cleanup()
{
    m_window.reset();
    m_context.reset();
}

// Real Tab presses from the named widget, until the focus leaves its page. The editors pass Tab on too: none of
// them traps the keyboard.
QStringList TestKeyboard::tabStops(const QString &from, int max) const
{
    auto *start = m_window->findChild<QWidget *>(from);
    if (!start)
        return {QStringLiteral("no widget named ") + from};
    QWidget *page = start;
    while (page->parentWidget() && page->parentWidget()->objectName() != QLatin1String("qt_tabwidget_stackedwidget"))
        page = page->parentWidget();
    start->setFocus(Qt::TabFocusReason);
    QStringList stops;
    for (int i = 0; i < max; ++i) {
        QWidget *focused = QApplication::focusWidget();
        if (!focused || !page->isAncestorOf(focused))
            break;
        const QString name = nameOf(focused);
        if (stops.isEmpty() || stops.last() != name)
            stops.append(name);
        QTest::keyClick(focused, Qt::Key_Tab);
    }
    return stops;
}

void TestKeyboard::tabFollowsTheReadingOrder_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QStringList>("order"); // the enabled, visible stops from the first, in the demo's state
    // The tag chips sit between the command and the field that adds a tag, above the table of variables.
    QTest::newRow("build") << "build"
                           << QStringList{"mode", "modeIsDefault", "build", "commandPreview", "copyCommand", kChip,
                                          "addTag", "addOverride", "buildVariables", "buildOutput"};
    // Row by row: Save as… closes the first row; the hang threshold and keep-alive follow Send on its row.
    QTest::newRow("requests") << "requests"
                              << QStringList{"url", "template", "saveTemplate", "apiKey", "body", "send",
                                             "firstByteTimeout", "keepAlive", "count", "concurrency", "rate",
                                             "runBatch", "results"};
    // The buttons above the editor, in the order they are shown, then the editor, then the panes beside it.
    QTest::newRow("buildrc") << "buildrc"
                             << QStringList{"undo", "saveBuildrc", "buildrcEditor", "buildrcValues",
                                            "buildrcDiagnostics"};
    QTest::newRow("verify") << "verify" << QStringList{"targetGateway", "openWasm", "findings", "artifactTables"};
    // The configuration's Save comes before the editor under it. No gateway runs, so Stop is disabled: no stop.
    QTest::newRow("gateway") << "gateway"
                             << QStringList{"gatewayProfile", "gatewayImage", "gatewayEngine", "listenerPort",
                                            "adminPort", "upstream", "mockButton", "autoRestart", "saveConfig", "jsonConfig",
                                            "gatewayLog"};
}

void TestKeyboard::tabFollowsTheReadingOrder()
{
    QFETCH(QString, page);
    QFETCH(QStringList, order);
    QVERIFY(m_window->showPage(page));
    if (page == QLatin1String("buildrc")) { // an edit enables Undo and Save, which sit on either side of Redo
        auto *editor = m_window->findChild<BuildrcEditor *>();
        editor->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor, QStringLiteral(" "));
    }
    if (page == QLatin1String("verify")) { // a module to inspect shows the findings and the tables
        test::writeFile(m_workspace + QStringLiteral("/plugins/wasm-go/extensions/hello-world/main.wasm"),
                        QByteArray("\0asm\1\0\0\0", 8));
        QVERIFY(m_window->selectPluginByName(QStringLiteral("hello-world")));
    }
    QStringList stops = tabStops(order.first());
    if (stops.contains(QStringLiteral("export"))) { // enabled when the run history has a run to export
        QCOMPARE(stops.indexOf(QStringLiteral("export")), stops.indexOf(QStringLiteral("keepAlive")) + 1);
        stops.removeAll(QStringLiteral("export"));
    }
    if (const qsizetype last = stops.indexOf(order.last()); last >= 0)
        stops = stops.mid(0, last + 1);
    QVERIFY2(stops == order, qPrintable(stops.join(QStringLiteral(", "))));
}

void TestKeyboard::labelsWithBuddiesHaveUniqueMnemonics_data()
{
    QTest::addColumn<QString>("page");
    for (const PageSpec &spec : PageRegistry::all())
        QTest::newRow(spec.id) << QString::fromLatin1(spec.id);
}

// A label names a field for a screen reader through its buddy; its mnemonic is how the keyboard gets there. Alt+F,
// Alt+V and Alt+H open the menus, so a page must not take them.
void TestKeyboard::labelsWithBuddiesHaveUniqueMnemonics()
{
    QFETCH(QString, page);
    QVERIFY(m_window->showPage(page));
    QString menus;
    for (QAction *menu : m_window->menuBar()->actions())
        menus += mnemonicOf(menu->text());
    QCOMPARE(menus, QStringLiteral("FVH"));
    QMap<QChar, QString> taken;
    int buddies = 0;
    for (QLabel *label : m_window->findChild<QWidget *>(page)->findChildren<QLabel *>()) {
        // Without a buddy a label shows its '&' as is ("&Profile:" on the Gateway page once did).
        QVERIFY2(label->buddy() || mnemonicOf(label->text()).isNull() || Qt::mightBeRichText(label->text()),
                 qPrintable(label->text() + QStringLiteral(" has a mnemonic and no buddy: the '&' shows")));
        if (!label->buddy() || !(label->buddy()->focusPolicy() & Qt::TabFocus)) // the Overview's facts: no field
            continue;
        ++buddies;
        const QChar key = mnemonicOf(label->text());
        QVERIFY2(!key.isNull(), qPrintable(label->text() + QStringLiteral(" has a buddy and no mnemonic")));
        QVERIFY2(!menus.contains(key), qPrintable(label->text() + QStringLiteral(" takes a menu's key")));
        QVERIFY2(!taken.contains(key), qPrintable(label->text() + QStringLiteral(" and ") + taken.value(key)
                                                  + QStringLiteral(" share a mnemonic")));
        taken.insert(key, label->text());
    }
    if (page != QLatin1String("overview")) // read-only facts, nothing to type in
        QVERIFY(buddies > 0);
}

void TestKeyboard::mnemonicFocusesTheField()
{
    QVERIFY(m_window->showPage(QStringLiteral("requests")));
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::AltModifier);
    QTRY_COMPARE(nameOf(QApplication::focusWidget()), QStringLiteral("apiKey"));
    QVERIFY(m_window->showPage(QStringLiteral("build")));
    QTest::keyClick(m_window.get(), Qt::Key_M, Qt::AltModifier);
    QTRY_COMPARE(nameOf(QApplication::focusWidget()), QStringLiteral("mode"));
    QTest::keyClick(m_window.get(), Qt::Key_X, Qt::AltModifier); // EXTRA_TAGS: the field that adds a tag
    QTRY_COMPARE(nameOf(QApplication::focusWidget()), QStringLiteral("addTag"));
}

// The chips were made afresh at each change: the toggled one was gone, and the focus fell to the plugin search.
void TestKeyboard::spaceTogglesAChipAndKeepsTheFocus()
{
    QVERIFY(m_window->showPage(QStringLiteral("build")));
    auto *chip = m_window->findChild<QToolButton *>(kChip);
    QVERIFY(chip);
    chip->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(chip->hasFocus());
    const QImage focused = chip->grab().toImage();

    QTest::keyClick(chip, Qt::Key_Space);
    QTRY_VERIFY(!chip->text().contains(QStringLiteral("✕"))); // left out of this build, struck out
    QCOMPARE(nameOf(QApplication::focusWidget()), kChip);
    QVERIFY(chip->accessibleName().contains(QStringLiteral("left out")));

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QTRY_VERIFY(QApplication::focusWidget()
                && static_cast<QToolButton *>(QApplication::focusWidget())->text().contains(QStringLiteral("✕")));
    QCOMPARE(nameOf(QApplication::focusWidget()), kChip);

    // The style sheet that colours a chip must still show which one has the focus.
    chip = m_window->findChild<QToolButton *>(kChip);
    QCOMPARE(chip->grab().toImage(), focused);
    m_window->findChild<QWidget *>(QStringLiteral("addTag"))->setFocus();
    QTRY_VERIFY(!chip->hasFocus());
    QVERIFY(chip->grab().toImage() != focused);
}

void TestKeyboard::aNewChipTakesItsPlaceInTheTabOrder()
{
    QVERIFY(m_window->showPage(QStringLiteral("build")));
    auto *add = m_window->findChild<QLineEdit *>(QStringLiteral("addTag"));
    add->setFocus();
    QTest::keyClicks(add, QStringLiteral("extra_tag"));
    QTest::keyClick(add, Qt::Key_Return);
    QTRY_VERIFY(m_window->findChild<QToolButton *>(QStringLiteral("tagChip:extra_tag")));
    QCOMPARE(add->hasFocus(), true);
    const QStringList stops = tabStops(QStringLiteral("copyCommand"), 5);
    QCOMPARE(stops.mid(0, 4), (QStringList{"copyCommand", kChip, "tagChip:extra_tag", "addTag"}));

    // Clicking an added tag's chip takes it away: the focus goes to what now stands in its place.
    auto *added = m_window->findChild<QToolButton *>(QStringLiteral("tagChip:extra_tag"));
    added->setFocus();
    QTest::keyClick(added, Qt::Key_Space);
    QTRY_COMPARE(nameOf(QApplication::focusWidget()), QStringLiteral("addTag"));
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
