#include "AppContext.h"
#include "pages/BuildPage.h"
#include "widgets/LogFindBar.h"
#include "widgets/LogRowDelegate.h"
#include "widgets/LogView.h"
#include "widgets/ThemeColors.h"

#include "buildrun/BuildRunner.h"
#include "buildrun/LogModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QMenu>
#include <QTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

using namespace hwb;
using namespace hwb::gui;

// The log's find bar, from the keyboard as a user drives it: Ctrl+F, typing, Enter and F3, Escape.
class TestLogFind : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void ctrlFOpensTheBarOverTheWindowsShortcut();
    void contextMenuOffersFind();
    void countsMatches_data();
    void countsMatches();
    void stepsWrapAroundFromTheKeyboard_data();
    void stepsWrapAroundFromTheKeyboard();
    void matchCaseToggles();
    void noMatchIsSaidInTheErrorColour();
    void escapeClosesAndReturnsFocusToTheLog();
    void matchesStayRightAsLinesArrive();
    void matchesStayRightWhenTheHeadIsTrimmed();
    void anOpenBarKeepsFollowingTheTail();
    void matchesAreMarked();
    void buildPageLogTabOpensTheBar();

private:
    void feed(const QStringList &lines);
    void find(const QString &text);
    QString countText() const { return m_bar->countText(); }
    QString currentLine() const { return m_view->currentIndex().data().toString(); }

    std::unique_ptr<QWidget> m_window;
    LogModel *m_model = nullptr;
    LogView *m_view = nullptr;
    LogFindBar *m_bar = nullptr;
    QAction *m_windowFind = nullptr; // the main window's Ctrl+F, which finds a plugin
    QPushButton *m_stop = nullptr;   // the Build page's Esc, which stops the build
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QTemporaryDir m_tmp;
};

namespace {
const QStringList kLog{
    QStringLiteral("$ PLUGIN_NAME=ai-proxy make build"),
    QStringLiteral("go: downloading github.com/tidwall/gjson v1.17.0"),
    QStringLiteral("./main.go:12:2: undefined: wrapper"),
    QStringLiteral("./provider.go:40:9: undefined: Undefined"),
    QStringLiteral("make: *** [Makefile:51: build] Error 1"),
};
} // namespace

void TestLogFind::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("HWB_PROFILE_FILE", m_tmp.filePath("profiles.json").toUtf8());
    qputenv("HWB_HISTORY_FILE", m_tmp.filePath("history.sqlite").toUtf8());
}

void TestLogFind::init()
{
    m_window = std::make_unique<QWidget>();
    m_model = new LogModel(m_window.get(), 50);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_view = new LogView(m_window.get());
    m_view->setModel(m_model);
    m_bar = new LogFindBar(m_view, m_window.get());
    m_windowFind = new QAction(m_window.get());
    m_windowFind->setShortcut(QKeySequence::Find);
    m_window->addAction(m_windowFind);
    m_stop = new QPushButton(m_window.get());
    m_stop->setShortcut(Qt::Key_Escape);
    auto *layout = new QVBoxLayout(m_window.get());
    layout->addWidget(m_stop);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_bar);
    m_window->resize(700, 400);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_view->setFocus();
    QTRY_VERIFY(m_view->hasFocus());
}

void TestLogFind::cleanup()
{
    m_tester.reset();
    m_window.reset();
}

void TestLogFind::feed(const QStringList &lines)
{
    m_model->appendLines(lines);
    m_model->flush();
    QCoreApplication::processEvents();
}

void TestLogFind::find(const QString &text)
{
    QTest::keyClick(m_view, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(m_bar->isVisible());
    QVERIFY(m_bar->field()->hasFocus());
    QTest::keyClicks(m_bar->field(), text);
    QTRY_VERIFY(!m_view->search()->isScanning());
}

void TestLogFind::ctrlFOpensTheBarOverTheWindowsShortcut()
{
    QSignalSpy windowFind(m_windowFind, &QAction::triggered);
    QVERIFY(!m_bar->isVisible());
    QTest::keyClick(m_view, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(m_bar->isVisible());
    QVERIFY(m_bar->field()->hasFocus());
    QCOMPARE(windowFind.count(), 0);
    // Pressed again in the field, it selects what is there, to type over it.
    QTest::keyClicks(m_bar->field(), QStringLiteral("tags"));
    QTest::keyClick(m_bar->field(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(m_bar->field()->selectedText(), QStringLiteral("tags"));
    QCOMPARE(windowFind.count(), 0);
}

void TestLogFind::contextMenuOffersFind()
{
    feed(kLog);
    QString shortcut;
    QObject scope;
    QTimer::singleShot(0, &scope, [&shortcut] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *action : menu->actions())
            if (action->shortcut() == QKeySequence(QKeySequence::Find)) {
                shortcut = action->shortcut().toString();
                action->trigger();
            }
        menu->close();
    });
    const QPoint at = m_view->viewport()->rect().center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, m_view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(m_view->viewport(), &event);
    QVERIFY(!shortcut.isEmpty());
    QTRY_VERIFY(m_bar->isVisible());
    m_window->activateWindow(); // the offscreen platform leaves no window active once a popup closes
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTRY_VERIFY(m_bar->field()->hasFocus());
}

void TestLogFind::countsMatches_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("count");
    QTest::addColumn<QString>("current");
    QTest::newRow("two lines") << "undefined:" << "1 of 2" << kLog.at(2);
    QTest::newRow("ignoring case") << "undefined" << "1 of 3" << kLog.at(2);
    QTest::newRow("one") << "gjson" << "1 of 1" << kLog.at(1);
}

void TestLogFind::countsMatches()
{
    QFETCH(QString, text);
    QFETCH(QString, count);
    QFETCH(QString, current);
    feed(kLog);
    find(text);
    QCOMPARE(countText(), count);
    QCOMPARE(currentLine(), current); // selected and in view
    QVERIFY(m_view->selectionModel()->isSelected(m_view->currentIndex()));
}

void TestLogFind::stepsWrapAroundFromTheKeyboard_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<bool>("inField"); // pressed in the field, or in the log with the bar open
    QTest::addColumn<Qt::KeyboardModifiers>("back"); // the modifiers that step back
    QTest::newRow("Enter") << int(Qt::Key_Return) << true << Qt::KeyboardModifiers(Qt::ShiftModifier);
    QTest::newRow("F3 in the field") << int(Qt::Key_F3) << true << Qt::KeyboardModifiers(Qt::ShiftModifier);
    QTest::newRow("F3 in the log") << int(Qt::Key_F3) << false << Qt::KeyboardModifiers(Qt::ShiftModifier);
}

void TestLogFind::stepsWrapAroundFromTheKeyboard()
{
    QFETCH(int, key);
    QFETCH(bool, inField);
    QFETCH(Qt::KeyboardModifiers, back);
    feed(kLog);
    find(QStringLiteral("undefined"));
    QWidget *target = inField ? static_cast<QWidget *>(m_bar->field()) : m_view;
    if (!inField)
        m_view->setFocus();
    const auto press = [&](Qt::KeyboardModifiers modifiers) { QTest::keyClick(target, Qt::Key(key), modifiers); };
    press(Qt::NoModifier);
    QCOMPARE(countText(), QStringLiteral("2 of 3"));
    QCOMPARE(currentLine(), kLog.at(3));
    QCOMPARE(m_view->search()->currentRange().start, 20);
    press(Qt::NoModifier);
    QCOMPARE(countText(), QStringLiteral("3 of 3"));
    QCOMPARE(m_view->search()->currentRange().start, 31);
    press(Qt::NoModifier); // wraps to the first
    QCOMPARE(countText(), QStringLiteral("1 of 3"));
    QCOMPARE(currentLine(), kLog.at(2));
    press(back); // and back to the last
    QCOMPARE(countText(), QStringLiteral("3 of 3"));
    QCOMPARE(currentLine(), kLog.at(3));
}

void TestLogFind::matchCaseToggles()
{
    feed(kLog);
    find(QStringLiteral("Undefined"));
    QCOMPARE(countText(), QStringLiteral("1 of 3"));
    auto *matchCase = m_bar->findChild<QToolButton *>(QStringLiteral("findMatchCase"));
    QVERIFY(matchCase && matchCase->isCheckable());
    matchCase->click();
    QTRY_COMPARE(countText(), QStringLiteral("1 of 1"));
    QCOMPARE(currentLine(), kLog.at(3));
    matchCase->click();
    QTRY_COMPARE(countText(), QStringLiteral("2 of 3")); // from the line it was on
}

void TestLogFind::noMatchIsSaidInTheErrorColour()
{
    feed(kLog);
    find(QStringLiteral("proxy_wasm_version_0_2_100"));
    QCOMPARE(countText(), QStringLiteral("No match"));
    auto *count = m_bar->findChild<QLabel *>(QStringLiteral("findCount"));
    const QPalette palette = QApplication::palette(count);
    QCOMPARE(count->palette().color(QPalette::WindowText),
             ThemeColors::toneText(ThemeColors::Tone::Error, palette.color(QPalette::Window), palette));
    QVERIFY(!m_bar->findChild<QToolButton *>(QStringLiteral("findNext"))->isEnabled());
    QTest::keyClick(m_bar->field(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(m_bar->field(), QStringLiteral("ai-proxy"));
    QTRY_COMPARE(countText(), QStringLiteral("1 of 1"));
    QCOMPARE(count->palette().color(QPalette::WindowText), palette.color(QPalette::WindowText));
}

void TestLogFind::escapeClosesAndReturnsFocusToTheLog()
{
    QSignalSpy stopped(m_stop, &QPushButton::clicked);
    feed(kLog);
    find(QStringLiteral("undefined"));
    QTest::keyClick(m_bar->field(), Qt::Key_Escape);
    QVERIFY(!m_bar->isVisible());
    QVERIFY(m_view->hasFocus());
    QCOMPARE(stopped.count(), 0); // the bar's Escape, not the page's
    QVERIFY(m_view->search()->matchesIn(2).isEmpty()); // nothing marked any more
    // From the log too, while the bar is open; closed, Escape is the page's again.
    find(QString());
    QCOMPARE(m_bar->field()->text(), QStringLiteral("undefined")); // kept for the next search
    QTRY_COMPARE(countText(), QStringLiteral("1 of 3"));
    m_view->setFocus();
    QTest::keyClick(m_view, Qt::Key_Escape);
    QVERIFY(!m_bar->isVisible());
    QCOMPARE(stopped.count(), 0);
    QTest::keyClick(m_view, Qt::Key_Escape);
    QTRY_COMPARE(stopped.count(), 1); // a button's shortcut clicks it when its animation ends
}

void TestLogFind::matchesStayRightAsLinesArrive()
{
    feed(kLog);
    find(QStringLiteral("undefined:"));
    QCOMPARE(countText(), QStringLiteral("1 of 2"));
    feed({QStringLiteral("./config.go:7:1: undefined: Config"), QStringLiteral("done")});
    QTRY_COMPARE(countText(), QStringLiteral("1 of 3"));
    QCOMPARE(currentLine(), kLog.at(2));
    QTest::keyClick(m_bar->field(), Qt::Key_Return);
    QTest::keyClick(m_bar->field(), Qt::Key_Return);
    QCOMPARE(countText(), QStringLiteral("3 of 3"));
    QCOMPARE(currentLine(), QStringLiteral("./config.go:7:1: undefined: Config"));
}

void TestLogFind::matchesStayRightWhenTheHeadIsTrimmed()
{
    // The model keeps 50 lines: numbered lines, every tenth an error.
    QStringList lines;
    for (int i = 0; i < 50; ++i)
        lines.append(i % 10 == 0 ? QStringLiteral("%1: error: E%1").arg(i) : QStringLiteral("%1: ok").arg(i));
    feed(lines);
    find(QStringLiteral("error"));
    QCOMPARE(countText(), QStringLiteral("1 of 5"));
    QTest::keyClick(m_bar->field(), Qt::Key_F3);
    QTest::keyClick(m_bar->field(), Qt::Key_F3);
    QCOMPARE(countText(), QStringLiteral("3 of 5"));
    QCOMPARE(currentLine(), QStringLiteral("20: error: E20"));
    lines.clear();
    for (int i = 50; i < 65; ++i) // drops lines 0 to 14, and the errors of lines 0 and 10 with them
        lines.append(i % 10 == 0 ? QStringLiteral("%1: error: E%1").arg(i) : QStringLiteral("%1: ok").arg(i));
    feed(lines);
    QTRY_COMPARE(countText(), QStringLiteral("1 of 5"));
    QCOMPARE(m_model->index(m_view->search()->currentRow(), 0).data().toString(), QStringLiteral("20: error: E20"));
    QTest::keyClick(m_bar->field(), Qt::Key_F3);
    QCOMPARE(currentLine(), QStringLiteral("30: error: E30"));
    QTest::keyClick(m_bar->field(), Qt::Key_F3, Qt::ShiftModifier);
    QTest::keyClick(m_bar->field(), Qt::Key_F3, Qt::ShiftModifier); // wraps to the newest
    QCOMPARE(countText(), QStringLiteral("5 of 5"));
    QCOMPARE(currentLine(), QStringLiteral("60: error: E60"));
}

void TestLogFind::anOpenBarKeepsFollowingTheTail()
{
    QStringList lines;
    for (int i = 0; i < 40; ++i)
        lines.append(QStringLiteral("%1: compiling").arg(i));
    feed(lines);
    QTRY_VERIFY(m_view->isFollowing());
    QTest::keyClick(m_view, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(m_bar->isVisible());
    const auto lastRowVisible = [this] {
        const QRect last = m_view->visualRect(m_model->index(m_model->rowCount() - 1, 0));
        return m_view->viewport()->rect().contains(last.center());
    };
    QTRY_VERIFY(lastRowVisible()); // the log made room for the bar, and still shows its last line
    lines.clear();
    for (int i = 40; i < 80; ++i)
        lines.append(QStringLiteral("%1: compiling").arg(i));
    feed(lines);
    QTRY_VERIFY(lastRowVisible());
    QVERIFY(m_view->isFollowing());
    // A search with no match yet, as a build runs: the lines that match later are counted, not jumped to.
    QTest::keyClicks(m_bar->field(), QStringLiteral("error"));
    QTRY_COMPARE(countText(), QStringLiteral("No match"));
    lines.clear();
    for (int i = 80; i < 120; ++i)
        lines.append(i == 85 ? QStringLiteral("85: error: E85") : QStringLiteral("%1: compiling").arg(i));
    feed(lines);
    QTRY_COMPARE(countText(), QStringLiteral("1 of 1"));
    QTRY_VERIFY(lastRowVisible());
    QVERIFY(m_view->isFollowing());
    QTest::keyClick(m_bar->field(), Qt::Key_Return); // until asked
    QCOMPARE(currentLine(), QStringLiteral("85: error: E85"));
}

void TestLogFind::matchesAreMarked()
{
    feed(kLog);
    const QImage before = m_view->viewport()->grab().toImage();
    find(QStringLiteral("undefined")); // current on row 2, which is selected; two more on row 3
    const QModelIndex row = m_model->index(3, 0);
    const QImage after = m_view->viewport()->grab().toImage();
    QStyleOptionViewItem option;
    option.initFrom(m_view);
    option.rect = m_view->visualRect(row);
    option.font = m_view->font();
    const auto *delegate = static_cast<LogRowDelegate *>(m_view->itemDelegate());
    const QRect match = delegate->rangeRect(option, row, m_view->search()->matchesIn(3).at(0));
    QVERIFY(match.width() > 10);
    const qreal dpr = after.devicePixelRatio();
    const auto pixel = [dpr](const QImage &image, QPoint at) { return image.pixelColor((QPointF(at) * dpr).toPoint()); };
    const QPoint inside(match.left() + 1, match.top() + 1); // a corner of the match: background, not a glyph
    QVERIFY(pixel(after, inside) != pixel(before, inside));
    const QPoint ahead(match.left() - 3, match.top() + 1); // before it, on the same line: unmarked
    QCOMPARE(pixel(after, ahead), pixel(before, ahead));
    QTest::keyClick(m_bar->field(), Qt::Key_Escape); // and unmarked when the bar closes
    m_view->clearSelection();
    QCOMPARE(m_view->viewport()->grab().toImage().pixelColor((QPointF(inside) * dpr).toPoint()), pixel(before, inside));
}

void TestLogFind::buildPageLogTabOpensTheBar()
{
    AppContext context;
    BuildPage page(context);
    page.resize(900, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *view = page.findChild<LogView *>(QStringLiteral("buildLog"));
    auto *bar = page.findChild<LogFindBar *>(QStringLiteral("buildLogFind"));
    auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("buildOutput"));
    QVERIFY(view && bar && tabs);
    QStringList lines;
    for (int i = 0; i < 20000; ++i)
        lines.append(i % 1000 == 999 ? QStringLiteral("./main.go:%1:2: undefined: foo").arg(i)
                                     : QStringLiteral("# building step %1").arg(i));
    Q_EMIT page.runner()->linesReceived(lines);
    qobject_cast<LogModel *>(view->model())->flush();
    tabs->tabBar()->setFocus();
    QTRY_VERIFY(tabs->tabBar()->hasFocus());
    QTest::keyClick(tabs->tabBar(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(bar->isVisible());
    QTest::keyClicks(bar->field(), QStringLiteral("undefined:"));
    QTRY_COMPARE(bar->countText(), QStringLiteral("1 of 20"));
    QCOMPARE(view->currentIndex().row(), 999);
    QTest::keyClick(bar->field(), Qt::Key_Escape);
    QVERIFY(view->hasFocus());
    // On another tab the log is hidden: Ctrl+F there is not the log's.
    tabs->setCurrentIndex(1);
    tabs->tabBar()->setFocus();
    QTest::keyClick(tabs->tabBar(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(!bar->isVisible());
}

QTEST_MAIN(TestLogFind)
#include "tst_logfind.moc"
