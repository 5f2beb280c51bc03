#include "BuildServer.h"
#include "CliOutput.h"
#include "CommandRegistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QEventLoop>
#include <QJsonDocument>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <sys/socket.h>
#include <unistd.h>

namespace hwb::cli {

namespace sw = serverwire;

namespace {

// Sends a status or stop request and returns all the server answers, until it closes the connection.
QByteArray ask(int fd, sw::Kind kind)
{
    QByteArray body = QByteArray(sw::kMagic) + '\0' + char(kind) + '\0';
    unsigned char prefix[4];
    sw::putU32(prefix, std::uint32_t(body.size()));
    body.prepend(reinterpret_cast<const char *>(prefix), sizeof prefix);
    if (!sw::writeAll(fd, body.constData(), std::size_t(body.size())))
        return {};
    QByteArray answer;
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return answer;
        answer.append(buffer, n);
    }
}

QJsonObject statusOf(const sw::Address &address)
{
    const int fd = sw::connectTo(address.socket);
    QJsonObject status;
    if (fd >= 0) {
        status = QJsonDocument::fromJson(ask(fd, sw::Kind::Status)).object();
        ::close(fd);
    }
    status.insert(QStringLiteral("running"), !status.isEmpty());
    status.insert(QStringLiteral("socket"), QString::fromLocal8Bit(address.socket));
    return status;
}

void printStatus(const QJsonObject &status)
{
    if (!status.value(QStringLiteral("running")).toBool()) {
        printLine(tr("No build server runs for this hwb. The next build starts one."));
        return;
    }
    const QString pid = QString::number(status.value(QStringLiteral("pid")).toInteger());
    const int served = status.value(QStringLiteral("builds_served")).toInt();
    printLine(status.value(QStringLiteral("building")).toBool()
                  ? QCoreApplication::translate("hwb::cli", "The build server (pid %1) is running a build, started %2; "
                                                            "%n build(s) served before it.", nullptr, served)
                        .arg(pid, status.value(QStringLiteral("build_started")).toString())
                  : QCoreApplication::translate("hwb::cli", "The build server (pid %1) is idle: %n build(s) served, "
                                                            "the last %2 s ago. It ends after %3 s without a build.",
                                                nullptr, served)
                        .arg(pid)
                        .arg(status.value(QStringLiteral("idle_seconds")).toInteger())
                        .arg(status.value(QStringLiteral("idle_timeout_seconds")).toInteger()));
    printLine(tr("Socket: %1").arg(status.value(QStringLiteral("socket")).toString()));
}

// `stop --all`: every server of this user's folder, whatever hwb and environment started it (a server for another
// locale, or for the hwb before an upgrade, which would otherwise wait for its idle time to pass).
int stopAll(const sw::Address &address, bool json)
{
    int stopped = 0;
    const QStringList sockets = QDir(QString::fromLocal8Bit(address.folder))
                                    .entryList({QStringLiteral("build-*.sock")}, QDir::System | QDir::Files);
    for (const QString &name : sockets) {
        const QByteArray path = QFile::encodeName(QString::fromLocal8Bit(address.folder) + QLatin1Char('/') + name);
        const int fd = sw::connectTo(path.constData());
        if (fd < 0)
            continue;
        if (ask(fd, sw::Kind::Stop).startsWith(sw::kAccepted))
            ++stopped;
        ::close(fd);
    }
    if (json)
        printJson(QJsonObject{{QStringLiteral("stopped"), stopped}});
    else
        printLine(QCoreApplication::translate("hwb::cli", "Stopped %n build server(s).", nullptr, stopped));
    return ExitOk;
}

int serve(const sw::Address &address)
{
    BuildServer server;
    bool ok = false;
    if (const int seconds = qEnvironmentVariableIntValue("HWB_BUILD_SERVER_IDLE_SECONDS", &ok); ok && seconds > 0)
        server.setIdleTimeout(seconds);
    if (!server.listen(address)) {
        reportError({QStringLiteral("build-server-address-taken"), server.errorString()});
        return ExitFailure;
    }
    // Started in the folder of the build that started it: between builds the server must not keep that folder
    // (a mounted drive, a checkout about to be deleted) in use. Each build has its client's folder.
    [[maybe_unused]] const int root = ::chdir("/");
    // The signal handling of the launcher that started it is no build's: the builds get the defaults (a nohup
    // there left SIGHUP ignored for every build after), all unblocked. A client that has gone must not end it.
    for (const int signal : {SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGCHLD})
        std::signal(signal, SIG_DFL);
    std::signal(SIGPIPE, SIG_IGN);
    sigset_t none;
    sigemptyset(&none);
    ::sigprocmask(SIG_SETMASK, &none, nullptr);
    QEventLoop loop;
    QObject::connect(&server, &BuildServer::finished, &loop, &QEventLoop::quit);
    loop.exec();
    return ExitOk;
}

int run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(jsonOption());
    parser.addPositionalArgument(QStringLiteral("action"), tr("status (the default), or stop."),
                                 QStringLiteral("[status|stop]"));
    parser.addOption({QStringLiteral("all"), tr("With stop: every build server of yours, for any hwb and environment.")});
    int exitCode = ExitOk;
    if (!parseArguments(parser, args,
                        tr("The resident build server that hwb build hands its builds to, so that a rebuild pays no "
                           "start-up: the first build starts it, it serves one build at a time (a second one builds "
                           "by itself), and it ends after 15 minutes without a build, or when hwb is rebuilt or "
                           "reinstalled. HWB_BUILD_SERVER=0 builds without it.\n"
                           "Example: hwb build-server stop"),
                        &exitCode, 1))
        return exitCode;
    const QString action = parser.positionalArguments().value(0, QStringLiteral("status"));
    sw::Address address;
    if (!BuildServer::addressOfThisProgram(&address)) {
        reportError({QStringLiteral("build-server-unavailable"),
                     tr("There is no private folder for the build server's socket here."),
                     tr("$XDG_RUNTIME_DIR/higress-workbench, or /tmp/higress-workbench-UID without XDG_RUNTIME_DIR, "
                        "must be a folder of yours that nobody else may enter.")});
        return ExitFailure;
    }
    if (action == QLatin1String("serve")) // what the launcher starts; not for people
        return serve(address);
    const bool json = parser.isSet(QStringLiteral("json"));
    QJsonObject status = statusOf(address);
    if (action == QLatin1String("status")) {
        if (json)
            printJson(status);
        else
            printStatus(status);
        return ExitOk;
    }
    if (action != QLatin1String("stop")) {
        reportError({QStringLiteral("usage"), tr("Unknown action '%1'.").arg(action), tr("It is status or stop.")});
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("all")))
        return stopAll(address, json);
    const bool wasRunning = status.value(QStringLiteral("running")).toBool();
    const int fd = wasRunning ? sw::connectTo(address.socket) : -1;
    const bool stopped = fd >= 0 && ask(fd, sw::Kind::Stop).startsWith(sw::kAccepted);
    if (fd >= 0)
        ::close(fd);
    status.insert(QStringLiteral("stopped"), stopped);
    if (json) {
        printJson(status);
    } else if (!wasRunning) {
        printLine(tr("No build server was running for this hwb."));
    } else if (stopped) {
        printLine(status.value(QStringLiteral("building")).toBool()
                      ? tr("The build server (pid %1) stops once the build it is running ends.")
                            .arg(status.value(QStringLiteral("pid")).toInteger())
                      : tr("Stopped the build server (pid %1).").arg(status.value(QStringLiteral("pid")).toInteger()));
    }
    if (wasRunning && !stopped) {
        reportError({QStringLiteral("build-server-not-stopped"), tr("The build server did not answer the stop.")});
        return ExitFailure;
    }
    return ExitOk;
}

const CommandRegistration registration{
    {"build-server", QT_TRANSLATE_NOOP("hwb::cli", "Show or stop the resident build server of hwb build"), &run}};

} // namespace
} // namespace hwb::cli
