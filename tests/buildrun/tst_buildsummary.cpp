#include "TestSupport.h"

#include "buildrun/BuildSummary.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hwb;

// When a build that exited 0 wrote its artifact, decided from the file as the build found it and as it left it.
class TestBuildSummary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void aFileTheBuildLeftAloneIsNotItsOutput_data();
    void aFileTheBuildLeftAloneIsNotItsOutput();

private:
    QTemporaryDir m_tmp;
};

void TestBuildSummary::initTestCase()
{
    QVERIFY(m_tmp.isValid());
}

void TestBuildSummary::aFileTheBuildLeftAloneIsNotItsOutput_data()
{
    QTest::addColumn<BuildMode>("mode");
    QTest::addColumn<bool>("rewritten");
    QTest::addColumn<bool>("newerSource");
    QTest::addColumn<bool>("written");
    // Go touches an output it finds up to date: a file it left alone is some other build's.
    QTest::newRow("go, left alone") << BuildMode::Go << false << false << false;
    QTest::newRow("go, rewritten") << BuildMode::Go << true << false << true;
    QTest::newRow("custom `true`, left alone") << BuildMode::Custom << false << false << false;
    // cargo leaves an up-to-date output alone: that is its result, unchanged...
    QTest::newRow("cargo, up to date") << BuildMode::Cargo << false << false << true;
    // ...unless a source is newer, when cargo would have rebuilt: it wrote elsewhere (CARGO_TARGET_DIR).
    QTest::newRow("cargo, left alone under a newer source") << BuildMode::Cargo << false << true << false;
}

void TestBuildSummary::aFileTheBuildLeftAloneIsNotItsOutput()
{
    QFETCH(BuildMode, mode);
    QFETCH(bool, rewritten);
    QFETCH(bool, newerSource);
    QFETCH(bool, written);
    const QString plugin = m_tmp.filePath(QTest::currentDataTag());
    QVERIFY(QDir().mkpath(plugin + "/src"));
    BuildPlan plan;
    plan.mode = mode;
    plan.pluginPath = plugin;
    plan.artifact = plugin + "/main.wasm";
    test::writeFile(plan.artifact, QByteArray("\0asm\1\0\0\0", 8));
    test::writeFile(plugin + "/src/lib.rs", "// source\n");
    const QDateTime built = QDateTime::currentDateTime().addSecs(-60);
    QFile source(plugin + "/src/lib.rs");
    QVERIFY(source.open(QIODevice::ReadWrite));
    QVERIFY(source.setFileTime(newerSource ? built.addSecs(30) : built.addSecs(-30), QFileDevice::FileModificationTime));
    source.close();
    QFile artifact(plan.artifact);
    QVERIFY(artifact.open(QIODevice::ReadWrite));
    QVERIFY(artifact.setFileTime(built, QFileDevice::FileModificationTime));
    artifact.close();

    const FileIdentity before = FileIdentity::ofPath(plan.artifact);
    if (rewritten) {
        QVERIFY(QFile::remove(plan.artifact)); // as Go does: a new file renamed into place
        test::writeFile(plan.artifact, QByteArray("\0asm\1\0\0\0", 8));
    }
    BuildResult result;
    result.state = BuildState::Succeeded;
    const BuildSummary summary = BuildSummary::of(plan, result, before);
    QCOMPARE(summary.ok(), written);
    QCOMPARE(summary.verdictDetail.contains("the build wrote no new artifact"), !written);
    if (written && !rewritten)
        QVERIFY(summary.artifactUnchanged);
}

QTEST_GUILESS_MAIN(TestBuildSummary)
#include "tst_buildsummary.moc"
