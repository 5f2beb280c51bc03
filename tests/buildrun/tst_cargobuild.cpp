#include "TestSupport.h"

#include "buildplan/RustToolchain.h"
#include "buildrun/BuildRunner.h"
#include "buildrun/BuildSummary.h"
#include "buildrun/DiagnosticsModel.h"
#include "wasm/ArtifactInspector.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hwb;

// The wasm-rust path for real: the demo crate built by cargo for the WASI target the machine's Rust has, with
// its .prebuild sourced first (Debian 12: rustc 1.63 and wasm32-wasi; Debian 13: 1.85 and wasm32-wasip1).
class TestCargoBuild : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void buildsTheDemoCrate();
    void prebuildIsSourced();
    void inspectFindsTheCrateOfACargoArtifact();
    void aCompileErrorIsAClickableDiagnostic();

private:
    BuildPlan plan() const;
    BuildSummary build(const BuildPlan &p, QStringList *log);

    QTemporaryDir m_tmp;
    QString m_workspace;
    QString m_crate;
};

void TestCargoBuild::initTestCase()
{
    qputenv("CARGO_NET_OFFLINE", "true"); // the crate has no dependencies: nothing may be fetched
    qunsetenv("CARGO_TARGET_DIR"); // the crate's own target/ folder, as the plan expects
    const RustToolchainChoice &rust = RustToolchain::forWasm();
    QVERIFY2(!rust.chosen.wasiTarget().isEmpty(),
             qPrintable("No Rust toolchain with a WASI target here (scripts/deps.sh installs Debian's rustc, cargo and "
                        "libstd-rust-dev-wasm32). Looked at: " + rust.chosen.describe()));
    m_workspace = test::copyDemoWorkspace(m_tmp);
    QVERIFY(!m_workspace.isEmpty());
    m_crate = m_workspace + "/plugins/wasm-rust/extensions/say-hello";
}

BuildPlan TestCargoBuild::plan() const
{
    return test::planFor(m_workspace, m_crate, PluginFamily::WasmRust, BuildMode::Cargo);
}

BuildSummary TestCargoBuild::build(const BuildPlan &p, QStringList *log)
{
    BuildRunner runner;
    QSignalSpy finished(&runner, &BuildRunner::finished);
    connect(&runner, &BuildRunner::linesReceived, this, [log](const QStringList &l) { *log += l; });
    const FileIdentity before = FileIdentity::ofPath(p.artifact);
    if (!runner.start(p) || !finished.wait(600000))
        return {};
    return BuildSummary::of(p, runner.result(), before);
}

void TestCargoBuild::buildsTheDemoCrate()
{
    const BuildPlan p = plan();
    QVERIFY2(!p.hasErrors(), qPrintable(QJsonDocument(p.toJson()).toJson()));
    QCOMPARE(p.value("RUST_TARGET"), RustToolchain::forWasm().chosen.wasiTarget());
    QVERIFY(p.artifact.endsWith("/target/" + p.value("RUST_TARGET") + "/release/say_hello.wasm"));
    QStringList log;
    const BuildSummary summary = build(p, &log);
    QVERIFY2(summary.result.state == BuildState::Succeeded, qPrintable(log.join('\n')));
    QVERIFY2(summary.verdictOk, qPrintable(summary.verdictDetail));
    QVERIFY(QFile::exists(p.artifact));

    ArtifactInspector::Options options;
    options.pluginDir = m_crate;
    const ArtifactReport report = ArtifactInspector::inspectFile(p.artifact, options);
    QCOMPARE(report.toolchain.id, QString("rust"));
    QVERIFY2(RustToolchain::forWasm().chosen.version.contains(report.toolchain.version.section(' ', 0, 0)),
             qPrintable(report.toolchain.version));
    QCOMPARE(report.surface.abiVersions, QStringList{"0_2_1"});
    QVERIFY(report.module.hasExport("proxy_on_request_headers"));
    QVERIFY(report.module.hasExport("proxy_on_memory_allocate"));
    QVERIFY2(report.passed(), qPrintable(QJsonDocument(report.toJson()).toJson()));
}

void TestCargoBuild::prebuildIsSourced()
{
    // The demo's .prebuild adds `-C link-arg=--export-table` to RUSTFLAGS: the function table is exported only
    // when the shell sourced it before cargo ran (cargo rebuilds when RUSTFLAGS change).
    const BuildPlan with = plan();
    QStringList log;
    QVERIFY2(build(with, &log).ok(), qPrintable(log.join('\n')));
    QVERIFY(ArtifactInspector::inspectFile(with.artifact, {}).module.hasExport("__indirect_function_table"));
    // Built again with nothing changed, cargo leaves its output alone: that is the build's result, unchanged, not a
    // build that "wrote no new module".
    const BuildSummary again = build(with, &log);
    QVERIFY2(again.ok() && again.artifactUnchanged, qPrintable(again.verdictDetail));
    // What the Verify and Gateway pages open for the crate: cargo's output, not a main.wasm that is not there.
    QCOMPARE(ArtifactInspector::newestArtifact(m_crate), QFileInfo(with.artifact).absoluteFilePath());

    QVERIFY(QFile::remove(m_crate + "/.prebuild"));
    const BuildPlan without = plan();
    QVERIFY(!without.commandLine().contains(".prebuild"));
    log.clear();
    QVERIFY2(build(without, &log).ok(), qPrintable(log.join('\n')));
    QVERIFY(!ArtifactInspector::inspectFile(without.artifact, {}).module.hasExport("__indirect_function_table"));
}

void TestCargoBuild::inspectFindsTheCrateOfACargoArtifact()
{
    const BuildPlan p = plan();
    QVERIFY(QFile::exists(p.artifact));
    QCOMPARE(ArtifactInspector::guessPluginDir(p.artifact), m_crate);
    // Through the real binary too: a Rust module at ABI 0_2_1 is no build mistake, so it passes.
    const auto inspected = test::runProcess(test::hwbExecutable(), {"inspect", p.artifact, "--json"});
    QCOMPARE(inspected.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(inspected.stdOut).object();
    QCOMPARE(json.value("toolchain").toString(), QString("rust"));
    QCOMPARE(json.value("verdict").toString(), QString("pass"));
}

void TestCargoBuild::aCompileErrorIsAClickableDiagnostic()
{
    // Break the crate the way an author does, and the Problems list gets rustc's error with its source line.
    const QString lib = m_crate + "/src/lib.rs";
    QByteArray source = test::readFile(lib);
    const qsizetype at = source.indexOf("let body = ");
    QVERIFY(at > 0);
    source.insert(at + int(qstrlen("let body = ")), "missing_name + ");
    const int line = int(source.left(at).count('\n')) + 1;
    test::writeFile(lib, source);

    const BuildPlan p = plan();
    DiagnosticsModel diagnostics;
    diagnostics.setSearchFolders({p.cwd, p.pluginPath});
    BuildRunner runner;
    QSignalSpy finished(&runner, &BuildRunner::finished);
    connect(&runner, &BuildRunner::linesReceived, &diagnostics, &DiagnosticsModel::addLines);
    QVERIFY(runner.start(p));
    QVERIFY(finished.wait(600000));
    QCOMPARE(runner.result().state, BuildState::Failed);
    QCOMPARE(diagnostics.diagnostics().size(), 1);
    const Diagnostic d = diagnostics.diagnostics().first();
    QCOMPARE(d.tool, QString("rustc"));
    QCOMPARE(d.file, QString("src/lib.rs"));
    QCOMPARE(d.line, line);
    QVERIFY2(d.message.contains("missing_name") && d.message.endsWith("[E0425]"), qPrintable(d.message));
    QCOMPARE(diagnostics.resolvedPath(d.file), m_crate + "/src/lib.rs");
}

QTEST_GUILESS_MAIN(TestCargoBuild)
#include "tst_cargobuild.moc"
