#include "TestSupport.h"

#include "buildrun/BuildRunner.h"
#include "buildrun/BuildSummary.h"
#include "buildrun/EarlyInspection.h"
#include "common/ToolLocator.h"
#include "buildrun/DiagnosticsModel.h"
#include "wasm/WasmReader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hwb;

// Higress's official path, `make build` through Docker BuildKit, against a builder image made offline from
// the host's Go. Reproduces higress #1847: a Makefile that ignores .buildrc builds ai-proxy-lite without
// its ABI tag (and the workbench says so before building); the merged flags build it right.
class TestMakeBuild : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void makefileIgnoringBuildrcLosesTheTagAndWarns();
    void mergedFlagsBuildItRight();
    void clientWithoutBuildxGetsAClearMessage();

private:
    BuildPlan plan(BuildMode mode, const QStringList &overrides, const QString &command = {}) const;
    // With `early`, the build is watched as hwb build watches it, and *early is EarlyInspection::take()'s answer.
    BuildResult run(const BuildPlan &plan, DiagnosticsModel *diagnostics = nullptr,
                    std::optional<ArtifactReport> *early = nullptr) const;

    QTemporaryDir m_tmp;
    QString m_workspace;
    QString m_docker;
    QString m_image;
};

namespace {

QStringList warningCodes(const BuildPlan &plan)
{
    QStringList out;
    for (const auto &w : plan.warnings)
        out.append(w.code);
    return out;
}

} // namespace

void TestMakeBuild::initTestCase()
{
    m_docker = QFileInfo::exists("/usr/bin/docker") ? QString("/usr/bin/docker") : ToolLocator::find(ToolLocator::Tool::Docker);
    QVERIFY2(!m_docker.isEmpty(), "Docker is required for the docker label");
    const auto info = test::runProcess(m_docker, {"info"}, {}, {}, 60000);
    QVERIFY2(info.exitCode == 0, "no Docker daemon: run scripts/ensure-docker.sh");
    const auto image = test::runProcess("/bin/sh", {QFINDTESTDATA("make-builder-image.sh"), m_docker, test::goExecutable()},
                                        {}, {}, 600000);
    QVERIFY2(image.exitCode == 0, image.stdErr.constData());
    m_image = QString::fromUtf8(image.stdOut).trimmed();
    m_workspace = test::copyDemoWorkspace(m_tmp);
    QVERIFY(!m_workspace.isEmpty());
    qputenv("HWB_PROFILE_FILE", m_tmp.filePath("profiles.json").toUtf8());

    // The Makefile variant of the original failure: it no longer sources .buildrc.
    const QString makefile = m_workspace + "/plugins/wasm-go/Makefile";
    QFile f(makefile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(f.readAll());
    f.close();
    const QRegularExpression sourcing("EXTRA_TAGS := [^\n]*\\.buildrc[^\n]*\n");
    QVERIFY(text.contains(sourcing));
    text.remove(sourcing);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text.toUtf8());
}

BuildPlan TestMakeBuild::plan(BuildMode mode, const QStringList &overrides, const QString &command) const
{
    return test::planFor(m_workspace, m_workspace + "/plugins/wasm-go/extensions/ai-proxy-lite", PluginFamily::WasmGo, mode,
                         overrides, command);
}

BuildResult TestMakeBuild::run(const BuildPlan &plan, DiagnosticsModel *diagnostics,
                               std::optional<ArtifactReport> *early) const
{
    QFile::remove(plan.artifact);
    EarlyInspection watch(plan.artifact, BuildSummary::inspectionOptions(plan));
    BuildRunner runner;
    QSignalSpy finished(&runner, &BuildRunner::finished);
    QStringList log;
    QObject::connect(&runner, &BuildRunner::linesReceived, &runner, [&](const QStringList &lines) {
        log += lines;
        if (diagnostics)
            diagnostics->addLines(lines);
    });
    if (!runner.start(plan) || !finished.wait(1200000))
        return {};
    if (runner.result().state != BuildState::Succeeded)
        qWarning("%s", qPrintable(log.mid(std::max<qsizetype>(0, log.size() - 30)).join('\n')));
    if (early)
        *early = watch.take();
    return runner.result();
}

void TestMakeBuild::makefileIgnoringBuildrcLosesTheTagAndWarns()
{
    // What a user types: make build with the plugin name, and nothing about EXTRA_TAGS.
    const BuildPlan p = plan(BuildMode::Custom, {"BUILDER=" + m_image, "DOCKER=" + m_docker, "ARTIFACT=plugin.wasm"},
                             "make -C ${FAMILY_DIR} build PLUGIN_NAME=${PLUGIN_NAME} BUILDER=${BUILDER} DOCKER=${DOCKER}");
    QVERIFY2(warningCodes(p).contains("buildrc-ignored"), qPrintable(warningCodes(p).join(',')));
    QCOMPARE(run(p).state, BuildState::Succeeded);
    QCOMPARE(test::wasmBuildTags(p.artifact), QString());
    const auto module = WasmReader::readFile(p.artifact);
    QVERIFY(module.ok());
    QVERIFY(!module.module.hasExport("proxy_abi_version_0_2_100"));
    QVERIFY(module.module.hasExport("proxy_abi_version_0_2_1"));
}

void TestMakeBuild::mergedFlagsBuildItRight()
{
    const BuildPlan p = plan(BuildMode::MakeBuild, {"BUILDER=" + m_image, "DOCKER=" + m_docker});
    QVERIFY(!warningCodes(p).contains("buildrc-ignored"));
    QVERIFY(warningCodes(p).contains("buildrc-not-sourced")); // said, but harmless: the plan passes the tags
    QVERIFY(p.args.contains("EXTRA_TAGS=proxy_wasm_version_0_2_100"));
    std::optional<ArtifactReport> early;
    QCOMPARE(run(p, nullptr, &early).state, BuildState::Succeeded);
    QCOMPARE(test::wasmBuildTags(p.artifact), "proxy_wasm_version_0_2_100");
    // Docker's exporter writes plugin.wasm in place (no rename): a read made while it wrote must not count.
    const QString sha256 = QString::fromLatin1(QCryptographicHash::hash(test::readFile(p.artifact), QCryptographicHash::Sha256).toHex());
    qInfo("early inspection of Docker's output: %s", early ? "used" : "not used");
    if (early)
        QCOMPARE(early->sha256, sha256);
    const auto module = WasmReader::readFile(p.artifact);
    QVERIFY(module.ok());
    QVERIFY(module.module.hasExport("proxy_abi_version_0_2_100"));
    QVERIFY(module.module.hasExport("_initialize"));
}

void TestMakeBuild::clientWithoutBuildxGetsAClearMessage()
{
    // This machine's Docker 28 client has no buildx; the README lists it as the known-bad client.
    const QString client = "/usr/local/bin/docker";
    if (!QFileInfo(client).isExecutable())
        QSKIP("no buildx-less Docker client at /usr/local/bin/docker on this machine");
    const auto buildx = test::runProcess(client, {"buildx", "version"});
    if (buildx.exitCode == 0)
        QSKIP("/usr/local/bin/docker has buildx here");
    const BuildPlan p = plan(BuildMode::MakeBuild, {"BUILDER=" + m_image, "DOCKER=" + client});
    DiagnosticsModel diagnostics;
    QCOMPARE(run(p, &diagnostics).state, BuildState::Failed);
    bool explained = false;
    for (const Diagnostic &d : diagnostics.diagnostics())
        explained = explained || (d.tool == "docker" && d.fix.contains("/usr/bin/docker") && d.fix.contains("buildx"));
    QVERIFY(explained);
}

QTEST_GUILESS_MAIN(TestMakeBuild)
#include "tst_makebuild.moc"
