#include "common/LogSearch.h"

#include "buildrun/LogModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStringListModel>
#include <QTest>

using namespace hwb;

// Finding text in a log model that grows at its tail and is trimmed at its head, as the build's LogModel is.
class TestLogSearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void countsOccurrences_data();
    void countsOccurrences();
    void stepsWrapAround();
    void startsFromTheGivenRow();
    void appendedLinesAreSearchedWithoutMovingTheView();
    void trimmedHeadKeepsTheCurrentMatchOnItsLine();
    void currentMatchTrimmedAwayFallsToTheOldestLeft();
    void aLongLogIsScannedInSlices();
    void aResetStartsOver();
};

namespace {
// Lines where every tenth holds "hit <n>", the rest noise.
QStringList numbered(int first, int count)
{
    QStringList lines;
    for (int i = first; i < first + count; ++i)
        lines.append(i % 10 == 0 ? QStringLiteral("line %1 hit %1").arg(i) : QStringLiteral("line %1").arg(i));
    return lines;
}

void finish(LogSearch &search)
{
    QTRY_VERIFY(!search.isScanning());
}
} // namespace

void TestLogSearch::countsOccurrences_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("caseSensitive");
    QTest::addColumn<int>("count");
    QTest::addColumn<QList<int>>("startsInRow2");
    const QStringList log{QStringLiteral("# example.com/ai-proxy"), QStringLiteral("./main.go:12:2: undefined: foo"),
                          QStringLiteral("Undefined: bar; undefined: baz"), QStringLiteral("ok")};
    QTest::newRow("ignoring case") << log << "undefined:" << false << 3 << QList<int>{0, 16};
    QTest::newRow("matching case") << log << "undefined:" << true << 2 << QList<int>{16};
    QTest::newRow("none") << log << "tags" << false << 0 << QList<int>{};
    QTest::newRow("empty pattern") << log << "" << false << 0 << QList<int>{};
    QTest::newRow("no overlaps") << QStringList{"x", "x", "aaaa"} << "aa" << false << 2 << QList<int>{0, 2};
}

void TestLogSearch::countsOccurrences()
{
    QFETCH(QStringList, lines);
    QFETCH(QString, pattern);
    QFETCH(bool, caseSensitive);
    QFETCH(int, count);
    QFETCH(QList<int>, startsInRow2);
    QStringListModel model(lines);
    LogSearch search;
    search.setModel(&model);
    search.search(pattern, caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive);
    finish(search);
    QCOMPARE(search.matchCount(), count);
    QCOMPARE(search.currentMatch(), count ? 0 : -1);
    QList<int> starts;
    for (const LogSearch::Range range : search.matchesIn(2)) {
        starts.append(range.start);
        QCOMPARE(range.length, pattern.size());
    }
    QCOMPARE(starts, startsInRow2);
}

void TestLogSearch::stepsWrapAround()
{
    QStringListModel model({"a b a", "none", "a"});
    LogSearch search;
    search.setModel(&model);
    QSignalSpy moved(&search, &LogSearch::currentMoved);
    search.search("a", Qt::CaseInsensitive);
    finish(search);
    QCOMPARE(search.matchCount(), 3);
    QCOMPARE(moved.count(), 1);
    QCOMPARE(search.currentRange(), (LogSearch::Range{0, 1}));
    search.next();
    QCOMPARE(search.currentRow(), 0);
    QCOMPARE(search.currentRange(), (LogSearch::Range{4, 1}));
    search.next();
    QCOMPARE(search.currentRow(), 2);
    QCOMPARE(search.currentMatch(), 2);
    search.next(); // wraps to the first
    QCOMPARE(search.currentMatch(), 0);
    QCOMPARE(search.currentRow(), 0);
    search.previous(); // and back to the last
    QCOMPARE(search.currentMatch(), 2);
    search.previous();
    QCOMPARE(search.currentMatch(), 1);
    QCOMPARE(search.currentRange(), (LogSearch::Range{4, 1}));
    QCOMPARE(moved.count(), 6);
}

void TestLogSearch::startsFromTheGivenRow()
{
    QStringListModel model(numbered(0, 100));
    LogSearch search;
    search.setModel(&model);
    search.search("hit", Qt::CaseSensitive, 45);
    finish(search);
    QCOMPARE(search.currentRow(), 50);
    QCOMPARE(search.currentMatch(), 5);
    search.search("hit", Qt::CaseSensitive, 95); // none after it: the first
    finish(search);
    QCOMPARE(search.currentRow(), 0);
}

void TestLogSearch::appendedLinesAreSearchedWithoutMovingTheView()
{
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    LogSearch search;
    search.setModel(&model);
    QSignalSpy moved(&search, &LogSearch::currentMoved);
    search.search("hit", Qt::CaseSensitive);
    finish(search);
    QCOMPARE(search.matchCount(), 0);
    model.appendLines(numbered(0, 25));
    model.flush();
    finish(search);
    QCOMPARE(search.matchCount(), 3);
    QCOMPARE(search.currentRow(), 0); // a current match to step from, not shown
    QCOMPARE(moved.count(), 0);
    search.next(); // shows that one first
    QCOMPARE(search.currentRow(), 0);
    QCOMPARE(moved.count(), 1);
    search.next();
    search.next();
    QCOMPARE(search.currentRow(), 20);
    model.appendLines(numbered(25, 25));
    model.flush();
    finish(search);
    QCOMPARE(search.matchCount(), 5);
    QCOMPARE(search.currentRow(), 20);
    QCOMPARE(search.currentMatch(), 2);
}

void TestLogSearch::trimmedHeadKeepsTheCurrentMatchOnItsLine()
{
    LogModel model(nullptr, 100);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendLines(numbered(0, 100));
    model.flush();
    LogSearch search;
    search.setModel(&model);
    search.search("hit", Qt::CaseSensitive, 60);
    finish(search);
    QCOMPARE(search.currentMatch(), 6);
    QCOMPARE(search.matchCount(), 10);
    model.appendLines(numbered(100, 35)); // the ring drops lines 0 to 34, and matches 0 to 30 with them
    model.flush();
    finish(search);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("line 35"));
    QCOMPARE(search.matchCount(), 10); // 40 … 130
    QCOMPARE(model.index(search.currentRow(), 0).data().toString(), QStringLiteral("line 60 hit 60"));
    QCOMPARE(search.currentMatch(), 2);
    QCOMPARE(search.currentRange(), (LogSearch::Range{8, 3}));
    search.previous();
    search.previous();
    QCOMPARE(model.index(search.currentRow(), 0).data().toString(), QStringLiteral("line 40 hit 40"));
    search.previous(); // wraps to the newest
    QCOMPARE(model.index(search.currentRow(), 0).data().toString(), QStringLiteral("line 130 hit 130"));
    QCOMPARE(search.currentMatch(), 9);
}

void TestLogSearch::currentMatchTrimmedAwayFallsToTheOldestLeft()
{
    LogModel model(nullptr, 50);
    model.appendLines(numbered(0, 50));
    model.flush();
    LogSearch search;
    search.setModel(&model);
    QSignalSpy moved(&search, &LogSearch::currentMoved);
    search.search("hit", Qt::CaseSensitive, 10);
    finish(search);
    QCOMPARE(moved.count(), 1);
    model.appendLines(numbered(50, 25));
    model.flush();
    finish(search);
    QCOMPARE(search.matchCount(), 5); // 30 … 70
    QCOMPARE(search.currentMatch(), 0);
    QCOMPARE(model.index(search.currentRow(), 0).data().toString(), QStringLiteral("line 30 hit 30"));
    QCOMPARE(moved.count(), 1); // the view is not moved for it
    search.next(); // until a step shows it
    QCOMPARE(moved.count(), 2);
    QCOMPARE(model.index(search.currentRow(), 0).data().toString(), QStringLiteral("line 30 hit 30"));
}

void TestLogSearch::aLongLogIsScannedInSlices()
{
    // Long enough that one slice cannot take all of it: scanning must return to the event loop.
    LogModel model(nullptr, 1000000, 64 * 1024 * 1024);
    QStringList lines;
    for (int i = 0; i < 600000; ++i)
        lines.append(QStringLiteral("go: downloading example.com/module%1 v1.2.%1 // hit %1").arg(i));
    model.appendLines(lines);
    model.flush();
    LogSearch search;
    search.setModel(&model);
    QSignalSpy changed(&search, &LogSearch::changed);
    search.search("HIT 59999", Qt::CaseInsensitive);
    QVERIFY(search.isScanning());
    finish(search);
    QVERIFY(changed.count() >= 2);
    QCOMPARE(search.matchCount(), 11); // 59999 and 599990 … 599999
    QCOMPARE(search.currentRow(), 59999);
}

void TestLogSearch::aResetStartsOver()
{
    LogModel model;
    model.appendLines(numbered(0, 30));
    model.flush();
    LogSearch search;
    search.setModel(&model);
    QSignalSpy moved(&search, &LogSearch::currentMoved);
    search.search("hit", Qt::CaseSensitive);
    finish(search);
    QCOMPARE(search.matchCount(), 3);
    model.clear(); // a new build
    QCOMPARE(search.matchCount(), 0);
    QCOMPARE(search.currentRow(), -1);
    model.appendLines(numbered(5, 10));
    model.flush();
    finish(search);
    QCOMPARE(search.matchCount(), 1);
    QCOMPARE(search.currentRow(), 5);
    QCOMPARE(moved.count(), 1); // the new build's lines do not move the view
}

QTEST_GUILESS_MAIN(TestLogSearch)
#include "tst_logsearch.moc"
