#include "TestSupport.h"

#include "buildrun/BuildRunner.h"
#include "wasm/WasmReader.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hwb;

// The command preview is a promise: pasted into a terminal it runs the same build. Here real /bin/sh runs
// the preview line and the artifact is compared with the one the runner built from the same plan.
class TestCommandPreview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void previewBuildsTheSameModule_data();
    void previewBuildsTheSameModule();

private:
    QTemporaryDir m_tmp;
    QString m_workspace;
};

namespace {

QStringList abiExports(const QString &path)
{
    QStringList out;
    for (const auto &e : WasmReader::readFile(path).module.exports)
        if (e.name.startsWith("proxy_abi_version") || e.name == "_initialize" || e.name == "_start")
            out.append(e.name);
    return out;
}

} // namespace

void TestCommandPreview::initTestCase()
{
    qputenv("GOFLAGS", "-mod=mod -buildvcs=false");
    qputenv("GOPROXY", "off");
    qputenv("GOTOOLCHAIN", "local");
    qputenv("HWB_PROFILE_FILE", m_tmp.filePath("profiles.json").toUtf8());
    QVERIFY2(!test::goExecutable().isEmpty(), "Go is required");
    m_workspace = test::copyDemoWorkspace(m_tmp);
    QVERIFY(!m_workspace.isEmpty());
}

void TestCommandPreview::previewBuildsTheSameModule_data()
{
    QTest::addColumn<QString>("plugin");
    QTest::addColumn<BuildMode>("mode");
    QTest::addColumn<QString>("tags");
    QTest::newRow("ai-proxy-lite go") << "ai-proxy-lite" << BuildMode::Go << "proxy_wasm_version_0_2_100";
    QTest::newRow("ai-proxy-lite make-local") << "ai-proxy-lite" << BuildMode::MakeLocal << "proxy_wasm_version_0_2_100";
}

void TestCommandPreview::previewBuildsTheSameModule()
{
    QFETCH(QString, plugin);
    QFETCH(BuildMode, mode);
    QFETCH(QString, tags);

    const BuildPlan plan = test::planFor(m_workspace, m_workspace + "/plugins/wasm-go/extensions/" + plugin,
                                         PluginFamily::WasmGo, mode);

    BuildRunner runner;
    QSignalSpy finished(&runner, &BuildRunner::finished);
    QVERIFY(runner.start(plan));
    QVERIFY(finished.wait(600000));
    QCOMPARE(runner.result().state, BuildState::Succeeded);
    QFile built(plan.artifact);
    QVERIFY(built.open(QIODevice::ReadOnly));
    const QByteArray runnerBytes = built.readAll();
    built.close();
    const QStringList runnerExports = abiExports(plan.artifact);
    const QString runnerTags = test::wasmBuildTags(plan.artifact);
    QVERIFY(QFile::remove(plan.artifact));

    const auto shell = test::runProcess("/bin/sh", {"-c", plan.commandLine()}, m_tmp.path());
    QVERIFY2(shell.exitCode == 0, shell.stdErr.constData());
    QFile pasted(plan.artifact);
    QVERIFY(pasted.open(QIODevice::ReadOnly));
    const QByteArray shellBytes = pasted.readAll();

    QCOMPARE(runnerTags, tags);
    QCOMPARE(test::wasmBuildTags(plan.artifact), tags);
    QCOMPARE(abiExports(plan.artifact), runnerExports);
    QVERIFY(runnerExports.contains("proxy_abi_version_0_2_100"));
    QVERIFY(runnerExports.contains("_initialize"));
    // Same inputs, same toolchain, same flags: Go's build is reproducible, so the modules are identical.
    QCOMPARE(shellBytes.size(), runnerBytes.size());
    QVERIFY(shellBytes == runnerBytes);
}

QTEST_GUILESS_MAIN(TestCommandPreview)
#include "tst_commandpreview.moc"
