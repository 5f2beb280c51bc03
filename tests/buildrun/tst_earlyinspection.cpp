#include "buildrun/EarlyInspection.h"

#include "TestSupport.h"
#include "WasmBuilder.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QElapsedTimer>
#include <QTest>

using namespace hwb;
namespace w = hwb::test::wasm;

// A "build" here is /bin/sh doing what Go does at the end of a link: write the module to a temporary file, rename it
// over the artifact, spend a while cleaning up, exit. EarlyInspection must read the landed module during that while,
// and must give it up whenever the file was written or replaced after its read. Or, as Go does when the output is
// up to date, touch the file: then the content remembered from the last build stands, unless anything wrote it.
class TestEarlyInspection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void readsTheModuleThatLanded();
    void touchIsNotANewVersion();
    void writeAfterTheReadVoidsIt();
    void renameAfterTheReadVoidsIt();
    void noArtifactNoRead();
    void looksOftenOnlyNearTheExpectedEnd();
    void looksOftenOnlyAroundTheExpectedEnd();
    void rememberedContentOfAFileLeftAlone();
    void writeDuringTheBuildIsReadAgain();
    void writeBeforeTheBuildIsReadAgain();
    void writeAfterTheJudgementIsNotRemembered();
    void rememberedContentIsJudgedAsOfTheTouch();

private:
    QByteArray module(const QByteArray &abi) const;
    // What a build that left `m_artifact` as it is now would remember of it, but with a sha256 no read gives, so
    // a report that carries it was judged from memory.
    ArtifactContent rememberedContent();
    static inline const QString kRememberedSha = QString(64, QLatin1Char('0'));
    // Runs sh -c script with $0 = the artifact folder until it exits, with the event loop turning (as hwb build's).
    void runBuild(const QString &script);
    static QString sha256(const QByteArray &bytes);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_artifact;
    ArtifactInspector::Options m_options;
};

QByteArray TestEarlyInspection::module(const QByteArray &abi) const
{
    return w::kHeader + w::exportSection({{"proxy_abi_version_" + abi, '\0'}, {"_initialize", '\0'}});
}

QString TestEarlyInspection::sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

ArtifactContent TestEarlyInspection::rememberedContent()
{
    EarlyInspection last(m_artifact, m_options);
    const auto report = last.take();
    std::optional<ArtifactContent> content = last.provenContent();
    if (!report || !content)
        return {};
    content->sha256 = kRememberedSha;
    return *content;
}

void TestEarlyInspection::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_artifact = m_dir->filePath("main.wasm");
    m_options = {};
    m_options.pluginDir = m_dir->path();
    test::writeFile(m_dir->filePath("new.wasm"), module("0_2_100"));
}

void TestEarlyInspection::runBuild(const QString &script)
{
    QProcess build;
    build.start("/bin/sh", {"-c", script, m_dir->path()});
    QVERIFY(build.waitForStarted());
    QSignalSpy finished(&build, &QProcess::finished);
    QVERIFY(finished.wait(20000));
    QCOMPARE(build.exitCode(), 0);
}

void TestEarlyInspection::readsTheModuleThatLanded()
{
    test::writeFile(m_artifact, module("0_1_0")); // the last build's
    EarlyInspection early(m_artifact, m_options);
    runBuild("sleep 0.1; cp \"$0/new.wasm\" \"$0/a.out\"; mv \"$0/a.out\" \"$0/main.wasm\"; sleep 1");
    QCOMPARE(early.readsStarted(), 1);
    const auto report = early.take();
    QVERIFY(report);
    QCOMPARE(report->sha256, sha256(test::readFile(m_artifact)));
    QVERIFY(report->module.hasExport("proxy_abi_version_0_2_100"));
    QCOMPARE(report->path, m_artifact);
    // The judgement is a fresh inspection's.
    const ArtifactReport fresh = ArtifactInspector::inspectFile(m_artifact, m_options);
    QCOMPARE(report->toJson(), fresh.toJson());
}

void TestEarlyInspection::touchIsNotANewVersion()
{
    test::writeFile(m_artifact, module("0_2_100"));
    EarlyInspection early(m_artifact, m_options);
    runBuild("sleep 0.1; touch -h \"$0/main.wasm\"; sleep 0.1"); // Go's up-to-date rebuild: utimensat(2) only
    QCOMPARE(early.readsStarted(), 0);
    const auto report = early.take(); // read at the end, with nothing remembered
    QVERIFY(report);
    QCOMPARE(report->sha256, sha256(module("0_2_100")));
}

void TestEarlyInspection::writeAfterTheReadVoidsIt()
{
    EarlyInspection early(m_artifact, m_options);
    // A write in place keeps the file and its size: only the broken lease tells.
    runBuild("sleep 0.1; cp \"$0/new.wasm\" \"$0/a.out\"; mv \"$0/a.out\" \"$0/main.wasm\"; sleep 1;"
             "printf 'X' | dd of=\"$0/main.wasm\" bs=1 seek=9 conv=notrunc 2>/dev/null; sleep 0.1");
    QCOMPARE(early.readsStarted(), 1);
    const auto report = early.take(); // the file as it is now, read again
    QVERIFY(report);
    QCOMPARE(report->sha256, sha256(test::readFile(m_artifact)));
    QVERIFY(report->sha256 != sha256(module("0_2_100")));
}

void TestEarlyInspection::renameAfterTheReadVoidsIt()
{
    EarlyInspection early(m_artifact, m_options);
    runBuild("sleep 0.1; cp \"$0/new.wasm\" \"$0/a.out\"; mv \"$0/a.out\" \"$0/main.wasm\"; sleep 1");
    QCOMPARE(early.readsStarted(), 1);
    // Replaced after the last look: same size, a new file. No event loop turn in between, so no new read.
    test::writeFile(m_dir->filePath("other.wasm"), module("0_2_101"));
    QVERIFY(QFile::remove(m_artifact));
    QVERIFY(QFile::rename(m_dir->filePath("other.wasm"), m_artifact));
    const auto report = early.take();
    QVERIFY(report);
    QVERIFY(report->module.hasExport("proxy_abi_version_0_2_101"));
}

void TestEarlyInspection::noArtifactNoRead()
{
    EarlyInspection early(m_artifact, m_options);
    runBuild("sleep 0.1; exit 0");
    QCOMPARE(early.readsStarted(), 0);
    QVERIFY(!early.take());
}

// Looking every 2 ms for a whole build costs the build CPU: that pace starts at 70% of the time the history
// expects, and the module that lands then is still read at once.
void TestEarlyInspection::looksOftenOnlyNearTheExpectedEnd()
{
    EarlyInspection early(m_artifact, m_options);
    QCOMPARE(early.pollIntervalMs(), EarlyInspection::kSlowPollMs);
    early.expectDuration(300);
    QTest::qWait(100);
    QCOMPARE(early.pollIntervalMs(), EarlyInspection::kSlowPollMs);
    QTRY_COMPARE_WITH_TIMEOUT(early.pollIntervalMs(), EarlyInspection::kPollMs, 5000);
    runBuild("cp \"$0/new.wasm\" \"$0/a.out\"; mv \"$0/a.out\" \"$0/main.wasm\"; sleep 0.5");
    QCOMPARE(early.readsStarted(), 1);
    const auto report = early.take();
    QVERIFY(report);
    QCOMPARE(report->sha256, sha256(test::readFile(m_artifact)));
}

// A long build looks often only in the last 300 ms before the expected end and 300 ms after it; a build that
// overruns that goes back to the slow pace.
void TestEarlyInspection::looksOftenOnlyAroundTheExpectedEnd()
{
    EarlyInspection early(m_artifact, m_options);
    QElapsedTimer clock;
    clock.start();
    early.expectDuration(2000);
    QTest::qWait(1500); // past 70%, but more than 300 ms before the end
    QCOMPARE(early.pollIntervalMs(), EarlyInspection::kSlowPollMs);
    QTRY_COMPARE_WITH_TIMEOUT(early.pollIntervalMs(), EarlyInspection::kPollMs, 5000);
    QVERIFY2(clock.elapsed() >= 1650, qPrintable(QString::number(clock.elapsed())));
    QTRY_COMPARE_WITH_TIMEOUT(early.pollIntervalMs(), EarlyInspection::kSlowPollMs, 5000);
    QVERIFY2(clock.elapsed() >= 2250, qPrintable(QString::number(clock.elapsed())));
}

void TestEarlyInspection::rememberedContentOfAFileLeftAlone()
{
    test::writeFile(m_artifact, module("0_2_100"));
    const ArtifactContent remembered = rememberedContent();
    QCOMPARE(remembered.identity.size, module("0_2_100").size());
    EarlyInspection early(m_artifact, m_options);
    early.expectUnchanged(remembered);
    runBuild("sleep 0.1; touch -h \"$0/main.wasm\"; sleep 0.1"); // as Go does: utimensat(2), no open
    const auto report = early.take();
    QVERIFY(report);
    QCOMPARE(report->sha256, kRememberedSha);
    QVERIFY(early.judgedRememberedContent());
    QVERIFY(report->module.hasExport("proxy_abi_version_0_2_100"));
    QVERIFY(report->passed());
    QCOMPARE(report->modified, QFileInfo(m_artifact).lastModified()); // the touch's time
    // Remembered again for the next build, as the file is now.
    const auto next = early.provenContent();
    QVERIFY(next);
    QCOMPARE(next->identity, FileIdentity::ofPath(m_artifact));
    QVERIFY(next->identity.mtimeNs != remembered.identity.mtimeNs);
    QCOMPARE(next->sha256, kRememberedSha);
}

void TestEarlyInspection::writeDuringTheBuildIsReadAgain()
{
    test::writeFile(m_artifact, module("0_2_100"));
    EarlyInspection early(m_artifact, m_options);
    early.expectUnchanged(rememberedContent());
    // In place, same size, times put back: only the broken lease tells.
    runBuild("sleep 0.1; printf 'X' | dd of=\"$0/main.wasm\" bs=1 seek=9 conv=notrunc 2>/dev/null;"
             "touch -h -r \"$0/new.wasm\" \"$0/main.wasm\"; sleep 0.1");
    const auto report = early.take();
    QVERIFY(report);
    QVERIFY(!early.judgedRememberedContent());
    QCOMPARE(report->sha256, sha256(test::readFile(m_artifact)));
}

void TestEarlyInspection::writeBeforeTheBuildIsReadAgain()
{
    test::writeFile(m_artifact, module("0_2_100"));
    const ArtifactContent remembered = rememberedContent();
    // Between two builds, with no lease on it: at once, in place, the size and modification time kept. The change
    // time moved, which provenContent() made sure of by waiting for the clock to tick past the remembered one.
    const qint64 mtime = remembered.identity.mtimeNs;
    runBuild(QStringLiteral("printf 'X' | dd of=\"$0/main.wasm\" bs=1 seek=9 conv=notrunc 2>/dev/null;"
                            "touch -h -d @%1.%2 \"$0/main.wasm\"")
                 .arg(mtime / 1000000000).arg(mtime % 1000000000, 9, 10, QLatin1Char('0')));
    QCOMPARE(FileIdentity::ofPath(m_artifact).mtimeNs, mtime);
    EarlyInspection early(m_artifact, m_options);
    early.expectUnchanged(remembered);
    runBuild("exit 0");
    const auto report = early.take();
    QVERIFY(report);
    QCOMPARE(report->sha256, sha256(test::readFile(m_artifact)));
}

void TestEarlyInspection::writeAfterTheJudgementIsNotRemembered()
{
    test::writeFile(m_artifact, module("0_2_100"));
    EarlyInspection early(m_artifact, m_options);
    early.expectUnchanged(rememberedContent());
    runBuild("exit 0");
    QVERIFY(early.take());
    runBuild("printf 'X' | dd of=\"$0/main.wasm\" bs=1 seek=9 conv=notrunc 2>/dev/null");
    QVERIFY(!early.provenContent());
}

// Go's touch makes the artifact newer than a source touched since the last build (an edit undone): judged from
// memory, it is not stale, as a fresh read of it is not.
void TestEarlyInspection::rememberedContentIsJudgedAsOfTheTouch()
{
    test::writeFile(m_artifact, module("0_2_100"));
    const ArtifactContent remembered = rememberedContent();
    test::writeFile(m_dir->filePath("main.go"), "package main\n");
    EarlyInspection early(m_artifact, m_options);
    early.expectUnchanged(remembered);
    runBuild("sleep 0.05; touch -h \"$0/main.wasm\"");
    const auto report = early.take();
    QVERIFY(report);
    QVERIFY(early.judgedRememberedContent());
    QCOMPARE(report->findings.size(), ArtifactInspector::inspectFile(m_artifact, m_options).findings.size());
    for (const InspectionFinding &f : report->findings)
        QVERIFY2(f.code != "stale-artifact", qPrintable(f.message));
}

QTEST_GUILESS_MAIN(TestEarlyInspection)
#include "tst_earlyinspection.moc"
