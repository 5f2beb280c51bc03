#include "BuildServer.h"

#include "BorrowedProcessState.h"
#include "CliOutput.h"
#include "CommandLine.h"
#include "InterruptWatcher.h"
#include "buildplan/RustToolchain.h"
#include "buildrun/BuildHistory.h"
#include "common/CStringArray.h"
#include "common/Translations.h"
#include "storage/AppSettings.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>
#include <cstring>
#include <utility>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

extern char **environ;

namespace hwb::cli {

namespace sw = serverwire;

namespace {

// A client writes its whole request as it connects; one that stalls is dropped rather than holding the server.
constexpr int kRequestTimeoutMs = 2000;
constexpr int kCurrencyCheckMs = 30'000;
constexpr std::size_t kHeldHistories = 4;

} // namespace

struct ClientRequest
{
    sw::Kind kind = sw::Kind::Status;
    QStringList arguments;
    BorrowedProcessState::Client client; // a build's folder, environment, umask and streams

    ClientRequest() = default;
    ClientRequest(const ClientRequest &) = delete;
    ClientRequest &operator=(const ClientRequest &) = delete;
    ~ClientRequest()
    {
        for (const int fd : client.stdio) // a request turned away still holds them
            if (fd >= 0)
                ::close(fd);
    }
};

namespace {

bool sendByte(int fd, char byte)
{
    return sw::writeAll(fd, &byte, 1);
}

// The length prefix, with the client's stdin, stdout and stderr when it sent them (see ServerWire.h).
bool receivePrefix(int fd, std::uint32_t *length, int (&stdio)[3])
{
    unsigned char prefix[4];
    iovec part = {prefix, sizeof prefix};
    alignas(cmsghdr) char control[CMSG_SPACE(3 * sizeof(int))] = {};
    msghdr message = {};
    message.msg_iov = &part;
    message.msg_iovlen = 1;
    message.msg_control = control;
    message.msg_controllen = sizeof control;
    ssize_t n;
    do
        n = ::recvmsg(fd, &message, MSG_WAITALL | MSG_CMSG_CLOEXEC);
    while (n < 0 && errno == EINTR);
    for (cmsghdr *c = CMSG_FIRSTHDR(&message); c; c = CMSG_NXTHDR(&message, c)) {
        if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS)
            continue;
        const std::size_t count = (c->cmsg_len - CMSG_LEN(0)) / sizeof(int);
        for (std::size_t i = 0; i < count; ++i) {
            int received;
            std::memcpy(&received, CMSG_DATA(c) + i * sizeof(int), sizeof received);
            if (i < 3 && stdio[i] < 0)
                stdio[i] = received;
            else
                ::close(received);
        }
    }
    if (n != sizeof prefix || (message.msg_flags & MSG_CTRUNC))
        return false;
    *length = sw::getU32(prefix);
    return *length <= sw::kMaxRequestBytes;
}

bool readRequest(int fd, ClientRequest *request)
{
    std::uint32_t length = 0;
    if (!receivePrefix(fd, &length, request->client.stdio))
        return false;
    QByteArray body(qsizetype(length), Qt::Uninitialized);
    if (!sw::readAll(fd, body.data(), length) || !body.endsWith('\0'))
        return false;
    body.chop(1);
    const QByteArrayList fields = body.split('\0');
    if (fields.size() < 2 || fields.at(0) != sw::kMagic || fields.at(1).size() != 1)
        return false;
    request->kind = sw::Kind(fields.at(1).at(0));
    if (request->kind != sw::Kind::Build)
        return request->kind == sw::Kind::Status || request->kind == sw::Kind::Stop;

    // The working folder, the umask, N arguments, M environment entries; the build needs all three streams.
    bool ok = fields.size() >= 5;
    qsizetype at = 2;
    if (ok) {
        request->client.workingFolder = fields.at(at++);
        request->client.umask = mode_t(fields.at(at++).toUInt(&ok, 8));
    }
    const qsizetype argumentCount = ok ? fields.at(at++).toLongLong(&ok) : 0;
    ok = ok && argumentCount >= 2 && at + argumentCount < fields.size();
    for (qsizetype i = 0; ok && i < argumentCount; ++i)
        request->arguments.append(QString::fromLocal8Bit(fields.at(at++)));
    const qsizetype environmentCount = ok ? fields.at(at++).toLongLong(&ok) : 0;
    ok = ok && environmentCount >= 0 && at + environmentCount == fields.size();
    for (qsizetype i = 0; ok && i < environmentCount; ++i)
        request->client.environment.append(fields.at(at++));
    const int *stdio = request->client.stdio;
    return ok && stdio[0] >= 0 && stdio[1] >= 0 && stdio[2] >= 0;
}

std::uint64_t stickyHashOf(const QByteArrayList &environment)
{
    return sw::stickyEnvironmentHash(CStringArray(environment).data());
}

} // namespace

bool BuildServer::addressOfThisProgram(sw::Address *address)
{
    char path[4096];
    // A binary replaced since it started: its path names the new one, which has another address.
    return sw::thisExecutable(path, sizeof path) && !QByteArray(path).endsWith(" (deleted)")
           && sw::addressFor(path, environ, address);
}

BuildServer::BuildServer(QObject *parent)
    : QObject(parent)
{
    m_stickyHash = sw::stickyEnvironmentHash(environ);
    m_started = QDateTime::currentDateTimeUtc();
    m_sinceLastRequest.start();
    m_idle.setSingleShot(true);
    setIdleTimeout(15 * 60);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        if (!m_building)
            stop();
    });
    m_currency.setInterval(kCurrencyCheckMs);
    connect(&m_currency, &QTimer::timeout, this, &BuildServer::checkStillCurrent);
}

BuildServer::~BuildServer()
{
    stop();
}

void BuildServer::setIdleTimeout(int seconds)
{
    m_idle.setInterval(std::chrono::seconds(seconds));
}

bool BuildServer::listen(const sw::Address &address)
{
    m_address = address;
    // The lock decides between two launchers that each started a server for the same address.
    m_lock = ::open(address.lockFile, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (m_lock < 0 || ::flock(m_lock, LOCK_EX | LOCK_NB) != 0) {
        m_error = tr("Another build server holds %1.").arg(QString::fromLocal8Bit(address.lockFile));
        return false;
    }
    m_listener = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    sockaddr_un name = {};
    name.sun_family = AF_UNIX;
    std::strncpy(name.sun_path, address.socket, sizeof name.sun_path - 1);
    ::unlink(address.socket); // a server that died; the lock says none runs
    struct stat st;
    if (m_listener < 0 || ::bind(m_listener, reinterpret_cast<sockaddr *>(&name), sizeof name) != 0
        || ::listen(m_listener, 16) != 0 || ::stat(address.socket, &st) != 0) {
        m_error = tr("Cannot listen at %1: %2").arg(QString::fromLocal8Bit(address.socket),
                                                    QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    m_socketInode = st.st_ino;
    m_notifier = std::make_unique<QSocketNotifier>(m_listener, QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &BuildServer::acceptClients);
    m_idle.start();
    m_currency.start();
    return true;
}

void BuildServer::acceptClients()
{
    // Also called from inside a build's event loop, for a client that comes meanwhile: it gets an answer too.
    while (m_listener >= 0) {
        const int connection = ::accept4(m_listener, nullptr, nullptr, SOCK_CLOEXEC);
        if (connection < 0)
            return;
        serve(connection);
        ::close(connection);
    }
}

void BuildServer::serve(int connection)
{
    ucred peer = {};
    socklen_t size = sizeof peer;
    if (::getsockopt(connection, SOL_SOCKET, SO_PEERCRED, &peer, &size) != 0 || peer.uid != ::getuid())
        return;
    const timeval timeout = {kRequestTimeoutMs / 1000, (kRequestTimeoutMs % 1000) * 1000};
    ::setsockopt(connection, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    ::setsockopt(connection, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
    ClientRequest request;
    if (!readRequest(connection, &request))
        return;
    switch (request.kind) {
    case sw::Kind::Status:
        writeStatus(connection);
        return;
    case sw::Kind::Stop:
        sendByte(connection, sw::kAccepted);
        if (m_building)
            m_stopAfterBuild = true;
        else
            stop();
        return;
    case sw::Kind::Build:
        // Only `hwb build` comes here, from a client whose settings folder and locale are this server's.
        if (m_building || m_stopAfterBuild || request.arguments.at(1) != QLatin1String("build")
            || stickyHashOf(request.client.environment) != m_stickyHash) {
            sendByte(connection, sw::kDeclined);
            return;
        }
        m_building = true;
        m_buildStarted = QDateTime::currentDateTimeUtc();
        serveBuild(connection, request);
        m_building = false;
        ++m_served;
        m_sinceLastRequest.start();
        m_idle.start();
        if (m_stopAfterBuild)
            stop();
        return;
    }
}

void BuildServer::serveBuild(int connection, ClientRequest &request)
{
    const BorrowedProcessState borrowed(request.client);
    // A folder that is gone: the client runs the build itself, and says so in its own words.
    if (!borrowed.ok() || !sendByte(connection, sw::kAccepted))
        return;

    // The client's Ctrl-C, or the client gone (killed, its terminal closed), cancels the build.
    InterruptWatcher::forgetPendingInterrupt();
    QSocketNotifier clientWatch(connection, QSocketNotifier::Read);
    connect(&clientWatch, &QSocketNotifier::activated, this, [&clientWatch, connection] {
        char message;
        const ssize_t n = ::recv(connection, &message, 1, MSG_DONTWAIT);
        if (n < 0 && (errno == EAGAIN || errno == EINTR))
            return;
        if (n <= 0)
            clientWatch.setEnabled(false);
        InterruptWatcher::interruptFromClient();
    });
    // The build uses the history this server keeps open (BuildHistory::shared()). Without it, each build's
    // commit started a new WAL, whose header SQLite syncs to disk: two fdatasync() calls, a quarter of what the
    // server spent on a no-op rebuild.
    const QString history = BuildHistory::defaultPath();
    if (m_heldHistories.size() >= kHeldHistories && !m_heldHistories.count(history))
        m_heldHistories.clear();
    m_heldHistories[history] = BuildHistory::shared(history); // a new one if the file was replaced
    // The client goes once the build's result is out (resultDelivered()); the history is recorded after that.
    bool delivered = false;
    const auto deliver = [&](int exitCode) {
        if (std::exchange(delivered, true))
            return;
        flushOutput();
        clientWatch.setEnabled(false); // its going away is no cancel now
        unsigned char finished[5] = {std::uint8_t(sw::kFinished)};
        sw::putU32(finished + 1, std::uint32_t(exitCode));
        sw::writeAll(connection, finished, sizeof finished);
    };
    setResultDeliveredHandler(deliver);
    forgetFailure();
    RustToolchain::forgetChoice(); // this client's PATH and CARGO_HOME, and a `rustup target add` since
    // The settings may have changed since the last build; LANG cannot have (it is part of the address).
    const QLocale locale = Translations::localeFor(AppSettings::language());
    if (locale != Translations::currentLocale())
        Translations::install(locale);
    const int exitCode = runCommandLine(request.arguments);
    setResultDeliveredHandler({});
    deliver(exitCode);
    // While the client's streams are still in place: what a stream could not write (the reader left) goes there
    // with it, not to the next client.
    startOutputAfresh();
}

void BuildServer::writeStatus(int connection) const
{
    QJsonObject status{{QStringLiteral("pid"), qint64(::getpid())},
                       {QStringLiteral("socket"), QString::fromLocal8Bit(m_address.socket)},
                       {QStringLiteral("started"), m_started.toString(Qt::ISODate)},
                       {QStringLiteral("builds_served"), m_served},
                       {QStringLiteral("building"), m_building},
                       {QStringLiteral("idle_seconds"), m_building ? 0 : m_sinceLastRequest.elapsed() / 1000},
                       {QStringLiteral("idle_timeout_seconds"), m_idle.interval() / 1000}};
    if (m_building)
        status.insert(QStringLiteral("build_started"), m_buildStarted.toString(Qt::ISODate));
    const QByteArray text = QJsonDocument(status).toJson(QJsonDocument::Compact);
    sw::writeAll(connection, text.constData(), std::size_t(text.size()));
}

// A launcher reaches this server only while its binary and socket are the ones the address names: a rebuilt or
// reinstalled hwb-cli, or a socket someone removed, leaves it unreachable, so it ends instead of idling.
void BuildServer::checkStillCurrent()
{
    if (m_building)
        return; // the environment is a client's now; the next tick looks with the server's own
    sw::Address now;
    struct stat st;
    const bool current = addressOfThisProgram(&now)
                         && std::strcmp(now.socket, m_address.socket) == 0 && ::stat(m_address.socket, &st) == 0
                         && st.st_ino == m_socketInode;
    if (current)
        return;
    if (m_building)
        m_stopAfterBuild = true;
    else
        stop();
}

void BuildServer::stop()
{
    if (m_listener < 0)
        return;
    m_notifier.reset();
    ::close(m_listener);
    m_listener = -1;
    struct stat st;
    if (::stat(m_address.socket, &st) == 0 && st.st_ino == m_socketInode)
        ::unlink(m_address.socket);
    // The lock file stays: unlinked, a server starting at this moment could lock the old file while another
    // locks a new one, and both would listen at the address.
    if (m_lock >= 0) {
        ::close(m_lock);
        m_lock = -1;
    }
    m_idle.stop();
    m_currency.stop();
    Q_EMIT finished();
}

} // namespace hwb::cli
