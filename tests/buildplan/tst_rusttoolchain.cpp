#include "TestSupport.h"

#include "buildplan/RustToolchain.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hwb;

// Which cargo, rustc and WASI target a cargo build gets. The toolchains here are small sh scripts standing in
// for rustup toolchains with and without a target (cargo itself never runs); tst_cargobuild builds for real.
class TestRustToolchain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void targetsComeFromTheSysroot_data();
    void targetsComeFromTheSysroot();
    void rustcEnvironmentWins();
    void aCargoWithoutWasmIsAnErrorWithAFix();
    void aCargoWithWasip1DecidesTargetAndRustc();
    void aMissingWasmLinkerIsSaid();

private:
    // A folder with `cargo` and `rustc`; the rustc reports a sysroot holding the given wasm32 standard libraries.
    QString fakeToolchain(const QString &name, const QString &version, const QStringList &targets, bool linker = true);
    BuildPlan cargoPlan(const QStringList &overrides);

    QTemporaryDir m_tmp;
};

QString TestRustToolchain::fakeToolchain(const QString &name, const QString &version, const QStringList &targets,
                                         bool linker)
{
    const QDir root(m_tmp.filePath(name));
    root.mkpath("bin");
    for (const QString &t : targets)
        root.mkpath("sysroot/lib/rustlib/" + t + "/lib");
    root.mkpath("sysroot/lib/rustlib/x86_64-unknown-linux-gnu/lib");
    root.mkpath("sysroot/lib/rustlib/wasm32-empty"); // a folder without lib/ is no installed target
    const auto script = [](const QString &path, const QByteArray &body) {
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write("#!/bin/sh\n" + body);
        f.close();
        f.setPermissions(f.permissions() | QFile::ExeOwner);
    };
    script(root.filePath("bin/cargo"), "exit 0\n");
    if (linker) {
        root.mkpath("sysroot/lib/rustlib/x86_64-unknown-linux-gnu/bin");
        script(root.filePath("sysroot/lib/rustlib/x86_64-unknown-linux-gnu/bin/rust-lld"), "exit 0\n");
    }
    script(root.filePath("bin/rustc"),
           "case \"$1\" in\n"
           "--version) echo 'rustc " + version.toUtf8() + " (fake 2026-01-01)' ;;\n"
           "--print) echo '" + root.filePath("sysroot").toUtf8() + "' ;;\n"
           "*) exit 1 ;;\n"
           "esac\n");
    return root.filePath("bin/cargo");
}

void TestRustToolchain::init()
{
    qunsetenv("RUSTC");
}

void TestRustToolchain::targetsComeFromTheSysroot_data()
{
    QTest::addColumn<QStringList>("installed");
    QTest::addColumn<QString>("wasi");
    QTest::newRow("rustup without targets") << QStringList{} << "";
    QTest::newRow("only the browser target") << QStringList{"wasm32-unknown-unknown"} << "";
    QTest::newRow("Rust before 1.78") << QStringList{"wasm32-unknown-unknown", "wasm32-wasi"} << "wasm32-wasi";
    QTest::newRow("both names: the current one") << QStringList{"wasm32-wasi", "wasm32-wasip1"} << "wasm32-wasip1";
}

void TestRustToolchain::targetsComeFromTheSysroot()
{
    QFETCH(QStringList, installed);
    QFETCH(QString, wasi);
    const QString cargo = fakeToolchain(QTest::currentDataTag(), "1.90.0", installed);
    const RustToolchain t = RustToolchain::probe(cargo);
    QCOMPARE(t.rustc, QFileInfo(cargo).dir().filePath("rustc"));
    QCOMPARE(t.version, QString("rustc 1.90.0"));
    QStringList sorted = installed;
    sorted.sort();
    QCOMPARE(t.wasmTargets, sorted);
    QCOMPARE(t.wasiTarget(), wasi);
    QVERIFY(t.describe().startsWith(cargo + " (rustc 1.90.0: "));
}

void TestRustToolchain::rustcEnvironmentWins()
{
    const QString cargo = fakeToolchain("beside", "1.80.0", {});
    const QString other = fakeToolchain("from-env", "1.81.0", {"wasm32-wasip1"});
    qputenv("RUSTC", QFileInfo(other).dir().filePath("rustc").toUtf8());
    const RustToolchain t = RustToolchain::probe(cargo);
    QCOMPARE(t.version, QString("rustc 1.81.0"));
    QCOMPARE(t.wasiTarget(), QString("wasm32-wasip1"));
}

BuildPlan TestRustToolchain::cargoPlan(const QStringList &overrides)
{
    const QString crate = test::demoWorkspaceSource() + "/plugins/wasm-rust/extensions/say-hello";
    return test::planFor(test::demoWorkspaceSource(), crate, PluginFamily::WasmRust, BuildMode::Cargo, overrides);
}

void TestRustToolchain::aCargoWithoutWasmIsAnErrorWithAFix()
{
    const QString cargo = fakeToolchain("no-wasm", "1.95.0", {"wasm32-unknown-unknown"});
    const BuildPlan p = cargoPlan({"CARGO=" + cargo});
    QVERIFY(p.hasErrors());
    const auto w = std::find_if(p.warnings.cbegin(), p.warnings.cend(),
                                [](const BuildWarning &w) { return w.code == "rust-target-missing"; });
    QVERIFY(w != p.warnings.cend());
    QVERIFY2(w->message.contains(cargo + " (rustc 1.95.0: wasm32-unknown-unknown)"), qPrintable(w->message));
    QVERIFY(w->fix.contains("rustup target add wasm32-wasip1") && w->fix.contains("libstd-rust-dev-wasm32"));

    // A CARGO that is no program is said as such, not probed through whatever rustc PATH has.
    const BuildPlan missing = cargoPlan({"CARGO=" + m_tmp.filePath("nowhere/cargo")});
    QCOMPARE(missing.warnings.size(), 1);
    QCOMPARE(missing.warnings.first().code, QString("tool-missing"));
    QVERIFY(missing.warnings.first().message.contains(m_tmp.filePath("nowhere/cargo")));
}

void TestRustToolchain::aCargoWithWasip1DecidesTargetAndRustc()
{
    const QString cargo = fakeToolchain("wasip1", "1.88.0", {"wasm32-wasip1"});
    const BuildPlan p = cargoPlan({"CARGO=" + cargo});
    QVERIFY2(!p.hasErrors(), qPrintable(p.warnings.isEmpty() ? QString() : p.warnings.first().message));
    QCOMPARE(p.variable("CARGO")->layer, VariableLayer::Override);
    QCOMPARE(p.value("RUSTC"), QFileInfo(cargo).dir().filePath("rustc"));
    QCOMPARE(p.value("RUST_TARGET"), QString("wasm32-wasip1"));
    QVERIFY2(p.commandLine().contains("RUSTC=" + QFileInfo(cargo).dir().filePath("rustc") + " "), qPrintable(p.commandLine()));
    QVERIFY(p.commandLine().contains("exec " + cargo + " build --target wasm32-wasip1 --release'"));
    QVERIFY(p.artifact.endsWith("/say-hello/target/wasm32-wasip1/release/say_hello.wasm"));

    // An explicit target stays, even when the toolchain lacks it: then the plan says so.
    const BuildPlan forced = cargoPlan({"CARGO=" + cargo, "RUST_TARGET=wasm32-wasi"});
    QCOMPARE(forced.value("RUST_TARGET"), QString("wasm32-wasi"));
    QVERIFY(forced.hasErrors());
}

void TestRustToolchain::aMissingWasmLinkerIsSaid()
{
    // Debian 13 ships rust-lld apart (rust-llvm). The test machine may have one on PATH: hide PATH for the probe.
    const QString cargo = fakeToolchain("no-linker", "1.85.1", {"wasm32-wasip1"}, false);
    // Debian 12's rustc links /usr/bin/rust-lld to lld-14 without depending on it: a dangling link is no linker.
    QTemporaryDir bin;
    QVERIFY(QFile::link(bin.filePath("lld-14"), bin.filePath("rust-lld")));
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", QFile::encodeName(bin.path()));
    const RustToolchain t = RustToolchain::probe(cargo);
    const BuildPlan p = cargoPlan({"CARGO=" + cargo});
    qputenv("PATH", path);
    QVERIFY(!t.hasWasmLinker);
    QVERIFY(RustToolchain::probe(fakeToolchain("with-linker", "1.85.1", {"wasm32-wasip1"})).hasWasmLinker);
    const auto w = std::find_if(p.warnings.cbegin(), p.warnings.cend(),
                                [](const BuildWarning &w) { return w.code == "rust-linker-missing"; });
    QVERIFY(w != p.warnings.cend());
    QCOMPARE(w->severity, BuildWarning::Severity::Warning);
    QVERIFY(w->fix.contains("rust-llvm") && w->fix.contains("lld-14"));
}

QTEST_GUILESS_MAIN(TestRustToolchain)
#include "tst_rusttoolchain.moc"
