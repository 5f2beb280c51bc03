// The editor's core: the models beside the text (checked with QAbstractItemModelTester) and the edit session
// that never overwrites a file changed on disk without being told to.
#include "TestSupport.h"

#include "buildrc/BuildrcDiagnosticsModel.h"
#include "buildrc/BuildrcEditSession.h"
#include "buildrc/BuildrcValuesModel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hwb;

namespace {
// A .buildrc with bytes in dir, opened in session.
QString openWith(BuildrcEditSession &session, const QTemporaryDir &dir, const QByteArray &bytes)
{
    const QString path = dir.filePath(".buildrc");
    test::writeFile(path, bytes);
    if (!session.open(path))
        qFatal("cannot open %s", qPrintable(path));
    return path;
}
} // namespace

class TestBuildrcSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valuesModel()
    {
        BuildrcValuesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEvaluation(BuildrcEvaluator::evaluate("EXTRA_TAGS=a\nB=$(date)\n"));
        QCOMPARE(model.keys(), (QStringList{"EXTRA_TAGS", "B"}));
        QCOMPARE(model.index(0, BuildrcValuesModel::ValueColumn).data().toString(), QString("a"));
        QVERIFY(!model.index(1, 0).data(BuildrcValuesModel::KnownRole).toBool());
        QVERIFY(model.index(1, BuildrcValuesModel::NoteColumn).data().toString().contains("RUNS CODE"));
        // Same keys: in place. Other keys: reset.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setEvaluation(BuildrcEvaluator::evaluate("EXTRA_TAGS=b\nB=1\n"));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.index(1, BuildrcValuesModel::ValueColumn).data().toString(), QString("1"));
        model.setEvaluation(BuildrcEvaluator::evaluate("C=1\n"));
        QCOMPARE(reset.count(), 1);
        // Editing asks the owner instead of changing the model.
        QSignalSpy asked(&model, &BuildrcValuesModel::valueEditRequested);
        QVERIFY(model.setData(model.index(0, BuildrcValuesModel::ValueColumn), "x y"));
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.first().at(1).toString(), QString("x y"));
        QVERIFY(!(model.flags(model.index(0, BuildrcValuesModel::KeyColumn)) & Qt::ItemIsEditable));
    }

    void diagnosticsModel()
    {
        BuildrcDiagnosticsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDiagnostics(BuildrcEvaluator::evaluate("A=$(x)\necho\n").diagnostics);
        QVERIFY(model.rowCount() >= 2);
        const QModelIndex first = model.index(0);
        QCOMPARE(first.data(BuildrcDiagnosticsModel::LineRole).toInt(), 1);
        QCOMPARE(first.data(BuildrcDiagnosticsModel::SeverityRole).toString(), QString("warning"));
        QVERIFY(first.data().toString().startsWith("Line 1"));
        model.setDiagnostics({});
        QCOMPARE(model.rowCount(), 0);
    }

    void externalChangeWhileDirtyIsNeverOverwritten()
    {
        QTemporaryDir dir;
        BuildrcEditSession session;
        const QString path = openWith(session, dir, "EXTRA_TAGS=a\n");
        QSignalSpy external(&session, &BuildrcEditSession::externalChange);
        session.setEditorText("EXTRA_TAGS=mine\n");
        QVERIFY(session.isDirty());
        test::writeFile(path, "EXTRA_TAGS=theirs\n");
        QTRY_COMPARE(external.count(), 1);
        QCOMPARE(session.save(), BuildrcEditSession::SaveResult::Conflict);
        QCOMPARE(test::readFile(path), QByteArray("EXTRA_TAGS=theirs\n"));
        QCOMPARE(session.document().editorText(), QString("EXTRA_TAGS=mine\n"));
        QCOMPARE(session.diskEditorText(), QString("EXTRA_TAGS=theirs\n"));
        session.keepMine();
        QCOMPARE(session.save(), BuildrcEditSession::SaveResult::Saved);
        QCOMPARE(test::readFile(path), QByteArray("EXTRA_TAGS=mine\n"));
        QVERIFY(!session.isDirty());
    }

    void saveNoticesAChangeBeforeTheWatcher()
    {
        QTemporaryDir dir;
        BuildrcEditSession session;
        const QString path = openWith(session, dir, "A=1\n");
        session.setEditorText("A=2\n");
        test::writeFile(path, "A=3\n"); // no event loop in between
        QCOMPARE(session.save(), BuildrcEditSession::SaveResult::Conflict);
        QCOMPARE(test::readFile(path), QByteArray("A=3\n"));
        session.reload();
        QCOMPARE(session.document().editorText(), QString("A=3\n"));
        QVERIFY(!session.isDirty());
    }

    void cleanSessionReloadsSilently()
    {
        QTemporaryDir dir;
        BuildrcEditSession session;
        const QString path = openWith(session, dir, "A=1\n");
        QSignalSpy reloaded(&session, &BuildrcEditSession::reloadedFromDisk);
        test::writeFile(path, "A=2\n");
        QTRY_COMPARE(reloaded.count(), 1);
        QCOMPARE(session.evaluation().values.value("A"), QString("2"));
        // Our own save is not reported as an external change.
        QSignalSpy external(&session, &BuildrcEditSession::externalChange);
        session.setEditorText("A=3\n");
        QCOMPARE(session.save(), BuildrcEditSession::SaveResult::Saved);
        QTest::qWait(200);
        QCOMPARE(external.count(), 0);
        QCOMPARE(reloaded.count(), 1);
    }

    void missingFileIsCreatedOnSave()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(".buildrc");
        BuildrcEditSession session;
        QVERIFY(session.open(path));
        QVERIFY(!session.exists());
        QVERIFY(!session.isDirty());
        session.setEditorText("EXTRA_TAGS=x");
        QVERIFY(session.isDirty());
        QCOMPARE(session.save(), BuildrcEditSession::SaveResult::Saved);
        QCOMPARE(test::readFile(path), QByteArray("EXTRA_TAGS=x"));
    }

    // A .buildrc symlinked to a device is refused with the reason, not read without end.
    void aDeviceIsNotOpened()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(".buildrc");
        QVERIFY(QFile::link("/dev/zero", path));
        BuildrcEditSession session;
        QString error;
        QVERIFY(!session.open(path, &error));
        QCOMPARE(error, QStringLiteral("it is not a regular file (a device, a pipe or a socket)"));
    }
};

QTEST_GUILESS_MAIN(TestBuildrcSession)
#include "tst_buildrcsession.moc"
