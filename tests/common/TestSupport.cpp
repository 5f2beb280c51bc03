#include "TestSupport.h"

#include "buildplan/BuildPlanner.h"
#include "common/ToolLocator.h"
#include "workspace/DemoWorkspace.h"
#include "workspace/WorkspaceScanner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QEventLoop>
#include <QProcess>
#include <QTimer>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace hwb::test {

QString sourceDir()
{
    const QString env = qEnvironmentVariable("HWB_SOURCE_DIR");
    return env.isEmpty() ? QStringLiteral(HWB_TEST_SOURCE_DIR) : env;
}

QString binaryDir()
{
    const QString env = qEnvironmentVariable("HWB_BINARY_DIR");
    return env.isEmpty() ? QStringLiteral(HWB_TEST_BINARY_DIR) : env;
}

QString hwbExecutable()
{
    return binaryDir() + QStringLiteral("/bin/hwb");
}

QString hwbCliExecutable()
{
    return binaryDir() + QStringLiteral("/libexec/higress-workbench/hwb-cli");
}

bool makePrivateFolder(const QString &path)
{
    return QDir().mkpath(path) && QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

QString demoWorkspaceSource()
{
    return sourceDir() + QStringLiteral("/resources/demo-workspace");
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size(), qPrintable(path));
}

QString writeFakeEngine(const QString &folder, const QString &plugin, int port, const QString &answerAfter)
{
    const QString engine = folder + QStringLiteral("/podman");
    const QString ps = plugin.isEmpty() ? QString() : QStringLiteral("c1\\thwb-gateway-%1\\trunning\\tUp 1 minute\\tgateway:2.1.6\\t%1\\t/ws"
                                      "\\t/tmp/hwb-gateway-%1-c1\\t%2,9901\\n")
                           .arg(plugin)
                           .arg(port);
    writeFile(engine, QStringLiteral("#!/bin/sh\necho \"$*\" >> '%1/asked'\n[ \"$1\" = ps ] || exit 0\nsleep %3\n"
                                     "printf '%2'\n")
                          .arg(folder, ps, answerAfter)
                          .toUtf8());
    QFile::setPermissions(engine, QFile::permissions(engine) | QFile::ExeOwner);
    return engine;
}

QString copyDemoWorkspace(const QTemporaryDir &dir)
{
    QString error;
    const QString copy = DemoWorkspace::ensureWritableCopy(&error, true, dir.filePath(QStringLiteral("workspace")));
    if (copy.isEmpty())
        qWarning("copyDemoWorkspace: %s", qPrintable(error));
    return copy;
}

namespace {
enum class Waiting { Blocking, Serving };

ProcessResult run(const QString &program, const QStringList &args, const QString &workingDir,
                  const QStringList &extraEnv, int timeoutMs, Waiting waiting)
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(args);
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &kv : extraEnv) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        env.insert(kv.left(eq), kv.mid(eq + 1));
    }
    process.setProcessEnvironment(env);
    process.start();
    ProcessResult result;
    if (!process.waitForStarted()) {
        result.stdErr = process.errorString().toUtf8();
        return result;
    }
    if (waiting == Waiting::Serving) {
        QEventLoop loop;
        QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
        result.finished = process.state() == QProcess::NotRunning;
    } else {
        result.finished = process.waitForFinished(timeoutMs);
    }
    if (!result.finished) {
        process.kill();
        process.waitForFinished();
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.stdOut = process.readAllStandardOutput();
    result.stdErr = process.readAllStandardError();
    return result;
}
} // namespace

ProcessResult runProcess(const QString &program, const QStringList &args, const QString &workingDir,
                         const QStringList &extraEnv, int timeoutMs)
{
    return run(program, args, workingDir, extraEnv, timeoutMs, Waiting::Blocking);
}

ProcessResult runProcessServing(const QString &program, const QStringList &args, const QString &workingDir,
                                const QStringList &extraEnv, int timeoutMs)
{
    return run(program, args, workingDir, extraEnv, timeoutMs, Waiting::Serving);
}

BuildPlan planFor(const QString &workspace, const QString &pluginDir, PluginFamily family, BuildMode mode,
                  const QStringList &overrides, const QString &customCommand, const BuildProfile &profile)
{
    BuildRequest request;
    request.workspace = workspace;
    request.plugin = WorkspaceScanner::readPlugin(pluginDir, family, QLocale::English);
    request.mode = mode;
    request.profile = profile;
    request.overrides = overrides;
    request.customCommand = customCommand;
    return BuildPlanner::plan(request);
}

PluginInfo pluginNamed(const QString &workspace, const QString &name)
{
    const auto scan = WorkspaceScanner::scan(workspace);
    for (const PluginInfo &p : scan.plugins)
        if (p.name == name)
            return p;
    return {};
}

BuildPlan planNamed(const QString &workspace, const QString &name, BuildMode mode, const QStringList &overrides,
                    const QString &customCommand)
{
    const PluginInfo info = pluginNamed(workspace, name);
    return planFor(workspace, info.path, info.family, mode, overrides, customCommand);
}

QString goExecutable()
{
    return ToolLocator::find(ToolLocator::Tool::Go);
}

ProcessResult goBuildWasm(const QString &pluginDir, const QString &output, const QStringList &tags, bool cShared)
{
    QStringList args{QStringLiteral("build")};
    if (cShared)
        args << QStringLiteral("-buildmode=c-shared");
    if (!tags.isEmpty())
        args << QStringLiteral("-tags=") + tags.join(QLatin1Char(','));
    args << QStringLiteral("-o") << output << QStringLiteral(".");
    return runProcess(goExecutable(), args, pluginDir,
                      {QStringLiteral("GOOS=wasip1"), QStringLiteral("GOARCH=wasm"), QStringLiteral("GOFLAGS=-mod=mod -buildvcs=false"),
                       QStringLiteral("GOPROXY=off"), QStringLiteral("GOTOOLCHAIN=local")});
}

QString wasmBuildTags(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("<unreadable>");
    const QByteArray wasm = f.readAll();
    const qsizetype at = wasm.indexOf("build\t-tags=");
    if (at < 0)
        return {};
    return QString::fromUtf8(wasm.mid(at + 12, wasm.indexOf('\n', at) - at - 12));
}

QList<quint16> freePorts(int count)
{
    // Linux hands out ephemeral ports from ip_local_port_range, 32768-60999 unless configured otherwise.
    int ephemeralLow = 32768;
    QFile range(QStringLiteral("/proc/sys/net/ipv4/ip_local_port_range"));
    if (range.open(QIODevice::ReadOnly))
        ephemeralLow = QString::fromLatin1(range.readAll()).simplified().section(QLatin1Char(' '), 0, 0).toInt();
    const int low = 10000, high = qMax(low + 1000, ephemeralLow);
    QList<quint16> ports;
    for (int attempt = 0; ports.size() < count && attempt < 1000; ++attempt) {
        const auto port = quint16(QRandomGenerator::global()->bounded(low, high));
        QTcpServer probe; // free on every address, as docker-proxy binds it
        if (!ports.contains(port) && probe.listen(QHostAddress::Any, port))
            ports.append(port);
    }
    return ports;
}

QList<FireResult> loadTestResults(int n)
{
    QList<FireResult> results;
    results.reserve(n);
    for (int i = 0; i < n; ++i) {
        FireResult r;
        r.index = i;
        r.outcome = Outcome::Ok;
        r.status = 200;
        r.streamed = true;
        r.startOffsetMs = i * 2.5;
        r.ttfbMs = 20 + i % 13;
        r.ttftMs = 30 + i % 17;
        r.totalMs = 100 + i % 50;
        r.chunks = 3;
        r.outputTokens = 3;
        r.streamText = QStringLiteral("tok0 tok1 tok2");
        r.events = {{r.ttftMs, QStringLiteral("tok0 "), {}},
                    {r.ttftMs + 5, QStringLiteral("tok1 "), {}},
                    {r.ttftMs + 10, QStringLiteral("tok2"), {}}};
        results.append(r);
    }
    return results;
}

} // namespace hwb::test
