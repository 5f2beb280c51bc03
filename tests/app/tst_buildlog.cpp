#include "AppContext.h"
#include "pages/BuildPage.h"
#include "widgets/LogView.h"

#include "buildrun/BuildRunner.h"
#include "buildrun/LogModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace hwb;
using namespace hwb::gui;

// The Build page's log pane under a flood of output, fed through the page's own path (the runner's
// linesReceived): bounded rows whatever the amount, and following, copying and problems that still work.
class TestBuildLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void floodKeepsTheTailAndFollowsIt();
    void scrolledUpKeepsItsLinesWhileTheLogMoves();
    void copiesWholeLines();
    void problemOfAFloodOpensItsSource();

private:
    void feed(int first, int count, int chunk = 2000);
    LogView *view() const { return m_page->findChild<LogView *>(QStringLiteral("buildLog")); }
    bool lastRowVisible() const;
    QString topLine() const { return view()->indexAt(QPoint(1, 1)).data().toString(); }

    QTemporaryDir m_tmp;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<BuildPage> m_page;
};

namespace {
constexpr int kKept = 100000; // LogModel's default ring
constexpr int kFlood = 200000;

QString lineText(int i)
{
    return QStringLiteral("line %1 of the build's output").arg(i, 6, 10, QLatin1Char('0'));
}

// Picks the entry of the context menu that opens on the view, as the user does.
bool chooseFromContextMenu(LogView *view, const QString &entry)
{
    bool chosen = false;
    QObject scope;
    QTimer::singleShot(0, &scope, [&chosen, entry] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *action : menu->actions())
            if (action->text().remove(QLatin1Char('&')) == entry && action->isEnabled()) {
                action->trigger();
                chosen = true;
            }
        menu->close();
    });
    const QPoint at = view->viewport()->rect().center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view->viewport(), &event);
    return chosen;
}
} // namespace

void TestBuildLog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("HWB_PROFILE_FILE", m_tmp.filePath("profiles.json").toUtf8());
    qputenv("HWB_HISTORY_FILE", m_tmp.filePath("history.sqlite").toUtf8());
}

void TestBuildLog::init()
{
    m_context = std::make_unique<AppContext>();
    m_page = std::make_unique<BuildPage>(*m_context);
    m_page->resize(900, 600);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QVERIFY(view());
    QVERIFY(m_page->findChild<QTabWidget *>(QStringLiteral("buildOutput"))->currentWidget()->isAncestorOf(view()));
}

void TestBuildLog::cleanup()
{
    m_page.reset();
    m_context.reset();
}

// As a build delivers its output: chunk after chunk, the event loop running in between only now and then.
void TestBuildLog::feed(int first, int count, int chunk)
{
    for (int start = first; start < first + count; start += chunk) {
        QStringList lines;
        for (int i = start; i < std::min(first + count, start + chunk); ++i)
            lines.append(lineText(i));
        Q_EMIT m_page->runner()->linesReceived(lines);
        if ((start / chunk) % 10 == 0)
            QCoreApplication::processEvents();
    }
    qobject_cast<LogModel *>(view()->model())->flush(); // what the 100 ms batch timer does
    QCoreApplication::processEvents();
}

bool TestBuildLog::lastRowVisible() const
{
    const QAbstractItemModel *model = view()->model();
    const QRect last = view()->visualRect(model->index(model->rowCount() - 1, 0));
    return view()->viewport()->rect().contains(last.center());
}

void TestBuildLog::floodKeepsTheTailAndFollowsIt()
{
    QAbstractItemModelTester tester(view()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!view()->placeholderText().isEmpty());
    feed(0, kFlood);
    QAbstractItemModel *model = view()->model();
    QCOMPARE(model->rowCount(), kKept); // bounded, whatever the amount of output
    QCOMPARE(model->index(0, 0).data().toString(), lineText(kFlood - kKept));
    QCOMPARE(model->index(kKept - 1, 0).data().toString(), lineText(kFlood - 1));
    QVERIFY(view()->isFollowing());
    QTRY_VERIFY(lastRowVisible());
    // Every row has the height of one line: the view does not wrap or lay out text.
    const QRect first = view()->visualRect(model->index(kKept - 2, 0));
    const QRect second = view()->visualRect(model->index(kKept - 1, 0));
    QCOMPARE(second.top() - first.top(), first.height());
    QVERIFY(first.height() < 2 * view()->fontMetrics().height());

    // Twice the flood again: the same number of rows.
    feed(kFlood, 2 * kFlood);
    QCOMPARE(model->rowCount(), kKept);
    QCOMPARE(model->index(kKept - 1, 0).data().toString(), lineText(3 * kFlood - 1));
    QTRY_VERIFY(lastRowVisible());
}

void TestBuildLog::scrolledUpKeepsItsLinesWhileTheLogMoves()
{
    feed(0, kFlood);
    QScrollBar *bar = view()->verticalScrollBar();
    bar->triggerAction(QAbstractSlider::SliderPageStepSub); // as the user scrolls up
    QVERIFY(!view()->isFollowing());
    const QString reading = topLine();
    QVERIFY(!reading.isEmpty());
    feed(kFlood, 5000); // trims 5,000 lines above the reader
    QCOMPARE(view()->model()->rowCount(), kKept);
    QCOMPARE(view()->model()->index(kKept - 1, 0).data().toString(), lineText(kFlood + 4999));
    QVERIFY(!view()->isFollowing());
    QVERIFY(!lastRowVisible());
    QTRY_COMPARE(topLine(), reading); // the lines read stay in place

    bar->triggerAction(QAbstractSlider::SliderToMaximum); // back at the end: following again
    QVERIFY(view()->isFollowing());
    feed(kFlood + 5000, 3000);
    QTRY_VERIFY(lastRowVisible());
}

void TestBuildLog::copiesWholeLines()
{
    feed(0, 3000);
    QAbstractItemModel *model = view()->model();
    QVERIFY(!chooseFromContextMenu(view(), QStringLiteral("Copy"))); // nothing selected yet
    const int first = model->rowCount() - 5;
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, view()->visualRect(model->index(first, 0)).center());
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, Qt::ShiftModifier,
                      view()->visualRect(model->index(first + 2, 0)).center());
    QApplication::clipboard()->clear();
    QTest::keySequence(view(), QKeySequence::Copy);
    const QString three = QStringList{lineText(2995), lineText(2996), lineText(2997)}.join(QLatin1Char('\n'));
    QCOMPARE(QApplication::clipboard()->text(), three);

    QApplication::clipboard()->clear();
    QVERIFY(chooseFromContextMenu(view(), QStringLiteral("Copy")));
    QCOMPARE(QApplication::clipboard()->text(), three);

    QVERIFY(chooseFromContextMenu(view(), QStringLiteral("Copy All")));
    const QStringList all = QApplication::clipboard()->text().split(QLatin1Char('\n'));
    QCOMPARE(all.size(), 3000);
    QCOMPARE(all.constFirst(), lineText(0));
    QCOMPARE(all.constLast(), lineText(2999));
}

void TestBuildLog::problemOfAFloodOpensItsSource()
{
    const QString source = m_tmp.filePath("main.go");
    QFile file(source);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("package main\n\nfunc main() {\n\treturn 42\n}\n");
    file.close();
    feed(0, kFlood / 2);
    Q_EMIT m_page->runner()->linesReceived({source + QStringLiteral(":4:9: too many return values")});
    feed(kFlood / 2, kFlood / 2);
    QCOMPARE(view()->model()->rowCount(), kKept);

    auto *problems = m_page->findChild<QTreeView *>(QStringLiteral("problems"));
    QCOMPARE(problems->model()->rowCount(), 1);
    m_page->findChild<QTabWidget *>(QStringLiteral("buildOutput"))->setCurrentWidget(problems);
    QTest::mouseClick(problems->viewport(), Qt::LeftButton, {},
                      problems->visualRect(problems->model()->index(0, 1)).center());
    auto *sourceView = m_page->findChild<QPlainTextEdit *>(QStringLiteral("sourceView"));
    QVERIFY(sourceView->isVisible());
    QCOMPARE(sourceView->textCursor().blockNumber(), 3); // line 4
    QCOMPARE(sourceView->textCursor().positionInBlock(), 8); // column 9
}

QTEST_MAIN(TestBuildLog)
#include "tst_buildlog.moc"
