#include "RustToolchain.h"

#include "common/ToolLocator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace hwb {

namespace {

constexpr int kProbeTimeoutMs = 10000;

QString run(const QString &program, const QStringList &args)
{
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(kProbeTimeoutMs) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        process.kill();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

} // namespace

QString RustToolchain::wasiTarget() const
{
    for (const char *target : {"wasm32-wasip1", "wasm32-wasi"})
        if (wasmTargets.contains(QLatin1String(target)))
            return QLatin1String(target);
    return {};
}

QString RustToolchain::describe() const
{
    const QString targets = wasmTargets.isEmpty()
        ? QCoreApplication::translate("hwb::RustToolchain", "no wasm32 target")
        : wasmTargets.join(QLatin1String(", "));
    const QString rustc = version.isEmpty() ? QCoreApplication::translate("hwb::RustToolchain", "rustc did not answer")
                                            : version;
    return QStringLiteral("%1 (%2: %3)").arg(QDir::toNativeSeparators(cargo), rustc, targets);
}

RustToolchain RustToolchain::probe(const QString &cargo)
{
    RustToolchain t;
    t.cargo = cargo;
    // cargo compiles with $RUSTC when set; otherwise a rustup or Debian cargo has its own rustc beside it.
    const QString fromEnv = qEnvironmentVariable("RUSTC");
    const QString beside = QFileInfo(cargo).dir().filePath(QStringLiteral("rustc"));
    if (!fromEnv.isEmpty())
        t.rustc = QDir::isAbsolutePath(fromEnv) ? fromEnv : QStandardPaths::findExecutable(fromEnv);
    else if (ToolLocator::isExecutable(beside))
        t.rustc = beside;
    else
        t.rustc = QStandardPaths::findExecutable(QStringLiteral("rustc"));
    if (t.rustc.isEmpty())
        return t;
    t.version = run(t.rustc, {QStringLiteral("--version")}).section(QLatin1Char(' '), 0, 1);
    const QString sysroot = run(t.rustc, {QStringLiteral("--print"), QStringLiteral("sysroot")});
    if (sysroot.isEmpty())
        return t;
    const QDir rustlib(sysroot + QStringLiteral("/lib/rustlib"));
    const QStringList targets = rustlib.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &target : targets) {
        if (target.startsWith(QLatin1String("wasm32")) && rustlib.exists(target + QStringLiteral("/lib")))
            t.wasmTargets.append(target);
        if (ToolLocator::isExecutable(rustlib.filePath(target + QStringLiteral("/bin/rust-lld"))))
            t.hasWasmLinker = true;
    }
    if (!t.hasWasmLinker)
        t.hasWasmLinker = !QStandardPaths::findExecutable(QStringLiteral("rust-lld")).isEmpty();
    return t;
}

QStringList RustToolchain::candidateCargos()
{
    QStringList out;
    QStringList seen;
    const QString cargoHome = qEnvironmentVariable("CARGO_HOME", QDir::homePath() + QStringLiteral("/.cargo"));
    const QStringList places{ToolLocator::find(ToolLocator::Tool::Cargo), QStringLiteral("/usr/bin/cargo"),
                             cargoHome + QStringLiteral("/bin/cargo")};
    for (const QString &cargo : places) {
        const QString canonical = QFileInfo(cargo).canonicalFilePath();
        if (!ToolLocator::isExecutable(cargo) || seen.contains(canonical))
            continue;
        seen.append(canonical);
        out.append(cargo);
    }
    return out;
}

namespace {
std::optional<RustToolchainChoice> &cachedChoice()
{
    static std::optional<RustToolchainChoice> choice;
    return choice;
}
} // namespace

void RustToolchain::forgetChoice()
{
    cachedChoice().reset();
}

const RustToolchainChoice &RustToolchain::forWasm()
{
    std::optional<RustToolchainChoice> &choice = cachedChoice();
    if (!choice) choice = [] {
        RustToolchainChoice c;
        for (const QString &cargo : candidateCargos()) {
            RustToolchain t = probe(cargo);
            if (!t.wasiTarget().isEmpty()) {
                c.chosen = t;
                return c;
            }
            c.passedOver.append(t);
        }
        if (!c.passedOver.isEmpty())
            c.chosen = c.passedOver.takeFirst(); // none can build: plan with the first, and say why it fails
        return c;
    }();
    return *choice;
}

} // namespace hwb
