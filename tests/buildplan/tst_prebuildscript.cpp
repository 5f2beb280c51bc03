#include "TestSupport.h"

#include "buildplan/PrebuildScript.h"

#include <QTemporaryDir>
#include <QTest>

using namespace hwb;

// What the workbench says about a wasm-rust .prebuild before a build: cargo mode sources it on this machine, Higress's
// make build runs it in the builder container, in a step of its own.
class TestPrebuildScript : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void packageInstalls_data();
    void packageInstalls();
    void exportsAndTheDockerfile_data();
    void exportsAndTheDockerfile();
    void cargoPlanWarnsAndCanSkipIt();
    void makeBuildPlanWarnsOfLostExports();

private:
    BuildPlan plan(BuildMode mode, const QStringList &overrides = {}) const;
    QStringList codes(const BuildPlan &p) const;

    QTemporaryDir m_tmp;
    QString m_workspace;
    QString m_crate;
};

namespace {
// The two steps of Higress's plugins/wasm-rust/Dockerfile that matter here.
const QString kHigressDockerfile = QStringLiteral(
    "FROM rust:1.80 as builder\n"
    "WORKDIR /workspace\n"
    "ARG PLUGIN_NAME=\"say-hello\"\n"
    "ARG PREBUILD=\".prebuild\"\n"
    "COPY . .\n"
    "WORKDIR /workspace/extensions/$PLUGIN_NAME\n"
    "RUN if [ -f $PREBUILD ]; then sh $PREBUILD; fi\n"
    "RUN cargo build --target wasm32-wasip1 --release \\\n"
    "    && cp target/wasm32-wasip1/release/*.wasm /main.wasm\n");
} // namespace

void TestPrebuildScript::initTestCase()
{
    qputenv("HWB_PROFILE_FILE", m_tmp.filePath("profiles.json").toUtf8());
    m_workspace = test::copyDemoWorkspace(m_tmp);
    QVERIFY(!m_workspace.isEmpty());
    m_crate = m_workspace + "/plugins/wasm-rust/extensions/say-hello";
}

BuildPlan TestPrebuildScript::plan(BuildMode mode, const QStringList &overrides) const
{
    return test::planFor(m_workspace, m_crate, PluginFamily::WasmRust, mode, overrides);
}

QStringList TestPrebuildScript::codes(const BuildPlan &p) const
{
    QStringList out;
    for (const BuildWarning &w : p.warnings)
        out.append(w.code);
    return out;
}

void TestPrebuildScript::packageInstalls_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("line"); // 0: none
    QTest::newRow("Higress ai-data-masking") << "apt-get update\napt-get install gcc gcc-multilib llvm clang -y\napt-get clean\n" << 2;
    QTest::newRow("sudo apt") << "sudo -E apt install -y clang" << 1;
    QTest::newRow("after &&") << "cd /tmp && apk add --no-cache clang" << 1;
    QTest::newRow("inside if") << "if ! command -v clang; then apt-get install -y clang; fi" << 1;
    QTest::newRow("pacman") << "pacman -Syu --noconfirm clang" << 1;
    QTest::newRow("dnf with options") << "\n\ndnf -y install clang" << 3;
    QTest::newRow("flags only") << "export RUSTFLAGS=\"-C link-arg=--export-table\"" << 0;
    QTest::newRow("echoed, not run") << "echo apt-get install clang" << 0;
    QTest::newRow("comment") << "# apt-get install clang" << 0;
    QTest::newRow("rustup is the user's own") << "rustup target add wasm32-wasip1" << 0;
}

void TestPrebuildScript::packageInstalls()
{
    QFETCH(QString, script);
    QFETCH(int, line);
    const auto installs = PrebuildScript::packageInstalls(script);
    QCOMPARE(installs.isEmpty() ? 0 : installs.first().line, line);
}

void TestPrebuildScript::exportsAndTheDockerfile_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("dockerfile");
    QTest::addColumn<bool>("lost");
    const QString flags = "export RUSTFLAGS=\"-C link-arg=--export-table\"\nCARGO_PROFILE_RELEASE_LTO=true\n";
    QTest::newRow("Higress: sh in a step of its own") << flags << kHigressDockerfile << true;
    QTest::newRow("sh in the cargo step: a child shell still") << flags
        << "RUN sh ./.prebuild && cargo build --release\n" << true;
    QTest::newRow("sourced in the cargo step") << flags << "RUN . ./$PREBUILD && cargo build --release\n" << false;
    QTest::newRow("sourced after then, continued line") << flags
        << "RUN if [ -f $PREBUILD ]; then . ./$PREBUILD; fi \\\n    && cargo build --release\n" << false;
    QTest::newRow("installs only: nothing to lose") << "apt-get install -y clang\n" << kHigressDockerfile << false;
    QTest::newRow("a Dockerfile that never runs it") << flags << "RUN cargo build --release\n" << false;
}

void TestPrebuildScript::exportsAndTheDockerfile()
{
    QFETCH(QString, script);
    QFETCH(QString, dockerfile);
    QFETCH(bool, lost);
    const auto warnings = PrebuildScript::checkDockerfile(script, dockerfile);
    QCOMPARE(!warnings.isEmpty(), lost);
    if (lost) {
        QCOMPARE(warnings.first().code, QString("prebuild-exports-lost"));
        QVERIFY2(warnings.first().message.startsWith(".prebuild sets RUSTFLAGS, CARGO_PROFILE_RELEASE_LTO,"),
                 qPrintable(warnings.first().message));
    }
}

void TestPrebuildScript::cargoPlanWarnsAndCanSkipIt()
{
    const QByteArray demo = test::readFile(m_crate + "/.prebuild");
    test::writeFile(m_crate + "/.prebuild", demo + "apt-get install -y clang\n");

    const BuildPlan sourced = plan(BuildMode::Cargo);
    QCOMPARE(sourced.value("PREBUILD"), QString(".prebuild"));
    QVERIFY2(sourced.commandLine().contains(". ./.prebuild && exec "), qPrintable(sourced.commandLine()));
    QVERIFY2(codes(sourced).contains("prebuild-installs-packages"), qPrintable(codes(sourced).join(',')));
    for (const BuildWarning &w : sourced.warnings)
        if (w.code == "prebuild-installs-packages")
            QVERIFY2(w.message.contains("line 4: apt-get install -y clang"), qPrintable(w.message));

    const BuildPlan skipped = plan(BuildMode::Cargo, {"PREBUILD="});
    QVERIFY2(!skipped.commandLine().contains(".prebuild"), qPrintable(skipped.commandLine()));
    QVERIFY(!codes(skipped).contains("prebuild-installs-packages"));

    const BuildPlan missing = plan(BuildMode::Cargo, {"PREBUILD=scripts/absent.sh"});
    QVERIFY(codes(missing).contains("prebuild-missing"));
    QVERIFY(missing.hasErrors());

    test::writeFile(m_crate + "/.prebuild", demo);
}

void TestPrebuildScript::makeBuildPlanWarnsOfLostExports()
{
    // The demo's .prebuild exports RUSTFLAGS; give its family Higress's Dockerfile and a Makefile that uses it.
    test::writeFile(m_workspace + "/plugins/wasm-rust/Dockerfile", kHigressDockerfile.toUtf8());
    test::writeFile(m_workspace + "/plugins/wasm-rust/Makefile",
                    "PLUGIN_NAME ?= say-hello\n.DEFAULT:\nbuild:\n\tDOCKER_BUILDKIT=1 docker build --build-arg "
                    "PLUGIN_NAME=${PLUGIN_NAME} --output extensions/${PLUGIN_NAME} .\n");
    const BuildPlan p = plan(BuildMode::MakeBuild);
    QVERIFY2(codes(p).contains("prebuild-exports-lost"), qPrintable(codes(p).join(',')));
    QVERIFY(!codes(plan(BuildMode::Cargo)).contains("prebuild-exports-lost")); // cargo mode sources it
    QFile::remove(m_workspace + "/plugins/wasm-rust/Dockerfile");
    QFile::remove(m_workspace + "/plugins/wasm-rust/Makefile");
}

QTEST_GUILESS_MAIN(TestPrebuildScript)
#include "tst_prebuildscript.moc"
