#include "buildrun/LogModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace hwb;

class TestLogModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void batchesAppends();
    void ringKeepsTheLastLines_data();
    void ringKeepsTheLastLines();
    void clearResets();
    void aFullRingMovesInOneBlock();
};

void TestLogModel::batchesAppends()
{
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy flushed(&model, &LogModel::flushed);
    for (int i = 0; i < 1000; ++i)
        model.appendLines({QString::number(i)});
    QCOMPARE(model.rowCount(), 0); // nothing reaches the view before the batch timer
    QTRY_COMPARE(flushed.count(), 1);
    QCOMPARE(inserted.count(), 1); // one insert for the whole batch
    QCOMPARE(model.rowCount(), 1000);
    QCOMPARE(model.index(999, 0).data().toString(), "999");
}

void TestLogModel::ringKeepsTheLastLines_data()
{
    QTest::addColumn<int>("maxLines");
    QTest::addColumn<int>("maxChars");
    QTest::addColumn<int>("batches");
    QTest::addColumn<int>("expectedRows");
    QTest::newRow("line bound") << 100 << 1000000 << 10 << 100;
    QTest::newRow("char bound") << 100000 << 500 << 10 << 50; // lines are 10 chars
    QTest::newRow("within bounds") << 1000 << 1000000 << 3 << 300;
}

void TestLogModel::ringKeepsTheLastLines()
{
    QFETCH(int, maxLines);
    QFETCH(int, maxChars);
    QFETCH(int, batches);
    QFETCH(int, expectedRows);
    LogModel model(nullptr, maxLines, maxChars);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    int n = 0;
    for (int b = 0; b < batches; ++b) {
        QStringList lines;
        for (int i = 0; i < 100; ++i)
            lines.append(QString("line%1").arg(n++, 6, 10, QChar('0')));
        model.appendLines(lines);
        if (b % 3 == 0)
            model.flush(); // mixes dropping from the pending batch and from the ring
    }
    model.flush();
    QCOMPARE(model.rowCount(), expectedRows);
    QCOMPARE(model.totalLines(), qsizetype(n));
    QCOMPARE(model.droppedLines(), qsizetype(n - expectedRows));
    QCOMPARE(model.index(model.rowCount() - 1, 0).data().toString(), QString("line%1").arg(n - 1, 6, 10, QChar('0')));
    QVERIFY(model.storedChars() <= maxChars);
}

void TestLogModel::clearResets()
{
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendLines({"a", "b"});
    model.flush();
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalLines(), 0);
}

// A view lays itself out once per batch: the oldest lines leave in one removal, before the batch's one insertion.
void TestLogModel::aFullRingMovesInOneBlock()
{
    LogModel model(nullptr, 100);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QStringList first;
    for (int i = 0; i < 100; ++i)
        first.append(QString::number(i));
    model.appendLines(first);
    model.flush();
    QStringList events;
    connect(&model, &QAbstractItemModel::rowsRemoved, this,
            [&events](const QModelIndex &, int from, int to) { events.append(QString("removed %1-%2").arg(from).arg(to)); });
    connect(&model, &QAbstractItemModel::rowsInserted, this,
            [&events](const QModelIndex &, int from, int to) { events.append(QString("inserted %1-%2").arg(from).arg(to)); });
    model.appendLines({"a", "b", "c"});
    model.flush();
    QCOMPARE(events, (QStringList{"removed 0-2", "inserted 97-99"}));
    QCOMPARE(model.index(0, 0).data().toString(), "3");
    QCOMPARE(model.index(99, 0).data().toString(), "c");
}

QTEST_GUILESS_MAIN(TestLogModel)
#include "tst_logmodel.moc"
