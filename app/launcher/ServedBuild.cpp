#include "ServedBuild.h"

#include "ServerWire.h"

#include <cerrno>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace hwb::launcher {

namespace sw = serverwire;

namespace {

// How long a server may take to take up a request. It answers at once unless something holds it (a history
// database another process locked); then this build runs by itself instead of waiting on it.
constexpr int kAnswerTimeoutMs = 5000;

// The connection a signal handler writes the cancel to.
volatile sig_atomic_t g_connection = -1;

void forwardInterrupt(int)
{
    const int savedErrno = errno;
    const int fd = g_connection;
    if (fd >= 0) {
        const char cancel = sw::kCancel;
        [[maybe_unused]] const ssize_t sent = ::send(fd, &cancel, 1, MSG_NOSIGNAL);
    }
    errno = savedErrno;
}

constexpr int kForwarded[] = {SIGINT, SIGTERM, SIGHUP};

// From before the request goes until the server has answered, the signals wait: a Ctrl-C in between reaches the
// build as a cancel once it is accepted, or this process as it would have, once it is declined.
struct ForwardedSignals
{
    sigset_t blocked;
    sigset_t previousMask;
    struct sigaction previous[3];

    explicit ForwardedSignals(int connection)
    {
        sigemptyset(&blocked);
        for (const int signal : kForwarded)
            sigaddset(&blocked, signal);
        ::sigprocmask(SIG_BLOCK, &blocked, &previousMask);
        g_connection = connection;
        struct sigaction forward = {};
        forward.sa_handler = forwardInterrupt;
        sigemptyset(&forward.sa_mask);
        for (int i = 0; i < 3; ++i) {
            ::sigaction(kForwarded[i], nullptr, &previous[i]);
            // As hwb-cli's InterruptWatcher: SIGINT and SIGTERM always cancel; SIGHUP only where it is not
            // ignored (nohup).
            if (kForwarded[i] != SIGHUP || previous[i].sa_handler != SIG_IGN)
                ::sigaction(kForwarded[i], &forward, nullptr);
        }
    }
    void deliver() { ::sigprocmask(SIG_SETMASK, &previousMask, nullptr); }
    // Declined: the handling from before, then what waited is delivered to it.
    void restore()
    {
        g_connection = -1;
        for (int i = 0; i < 3; ++i)
            ::sigaction(kForwarded[i], &previous[i], nullptr);
        ::sigprocmask(SIG_SETMASK, &previousMask, nullptr);
    }
};

// A growing buffer of NUL-terminated strings, without the C++ library (see ServerWire.h).
struct Request
{
    char *data = nullptr;
    std::size_t size = 0;
    std::size_t capacity = 0;
    bool failed = false;

    ~Request() { std::free(data); }
    void append(const char *text)
    {
        const std::size_t length = std::strlen(text) + 1;
        if (size + length > capacity) {
            std::size_t wanted = (size + length) * 2;
            if (wanted > sw::kMaxRequestBytes)
                wanted = size + length; // near the limit, exactly what is needed
            char *grown = size + length > sw::kMaxRequestBytes ? nullptr : static_cast<char *>(std::realloc(data, wanted));
            if (!grown) {
                failed = true;
                return;
            }
            data = grown;
            capacity = wanted;
        }
        std::memcpy(data + size, text, length);
        size += length;
    }
    void appendNumber(unsigned long value, const char *format)
    {
        char text[32];
        std::snprintf(text, sizeof text, format, value);
        append(text);
    }
};

bool sendRequest(int fd, const Request &request)
{
    unsigned char prefix[4];
    sw::putU32(prefix, std::uint32_t(request.size));
    iovec parts[2] = {{prefix, sizeof prefix}, {request.data, request.size}};
    const int stdio[3] = {STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO};
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof stdio)] = {};
    msghdr message = {};
    message.msg_iov = parts;
    message.msg_iovlen = 2;
    message.msg_control = control;
    message.msg_controllen = sizeof control;
    cmsghdr *rights = CMSG_FIRSTHDR(&message);
    rights->cmsg_level = SOL_SOCKET;
    rights->cmsg_type = SCM_RIGHTS;
    rights->cmsg_len = CMSG_LEN(sizeof stdio);
    std::memcpy(CMSG_DATA(rights), stdio, sizeof stdio);

    ssize_t sent;
    do
        sent = ::sendmsg(fd, &message, MSG_NOSIGNAL);
    while (sent < 0 && errno == EINTR);
    if (sent < 0)
        return false;
    // A long environment may not go in one call; the rest follows without the descriptors.
    const std::size_t done = std::size_t(sent);
    if (done < sizeof prefix)
        return sw::writeAll(fd, prefix + done, sizeof prefix - done) && sw::writeAll(fd, request.data, request.size);
    return sw::writeAll(fd, request.data + (done - sizeof prefix), request.size - (done - sizeof prefix));
}

// Starts a server for the next build, detached from this terminal and process: a new session, its standard
// streams on /dev/null (a server holding the pipe of `hwb build | tee log` would keep tee waiting for hours).
void startServer(const char *cliPath)
{
    const pid_t first = ::fork();
    if (first != 0) {
        if (first > 0)
            ::waitpid(first, nullptr, 0);
        return;
    }
    ::setsid();
    if (::fork() != 0)
        ::_exit(0);
    const int null = ::open("/dev/null", O_RDWR);
    if (null >= 0) {
        ::dup2(null, STDIN_FILENO);
        ::dup2(null, STDOUT_FILENO);
        ::dup2(null, STDERR_FILENO);
    }
    ::closefrom(3);
    // The server's own umask is never used: each build runs under its client's.
    char *const serverArgv[] = {const_cast<char *>("hwb"), const_cast<char *>("build-server"),
                                const_cast<char *>("serve"), nullptr};
    ::execv(cliPath, serverArgv);
    ::_exit(127);
}

bool buildRequest(int argc, char *argv[], Request *request)
{
    char cwd[4096];
    if (!::getcwd(cwd, sizeof cwd))
        return false; // a deleted working folder: the build in this process says so
    const mode_t mask = ::umask(0);
    ::umask(mask);
    request->append(sw::kMagic);
    const char kind[2] = {char(sw::Kind::Build), '\0'};
    request->append(kind);
    request->append(cwd);
    request->appendNumber(mask, "%lo");
    request->appendNumber(static_cast<unsigned long>(argc), "%lu");
    for (int i = 0; i < argc; ++i)
        request->append(argv[i]);
    unsigned long count = 0;
    for (char **entry = environ; *entry; ++entry)
        ++count;
    request->appendNumber(count, "%lu");
    for (char **entry = environ; *entry; ++entry)
        request->append(*entry);
    return !request->failed;
}

} // namespace

ServedBuild runServedBuild(const char *cliPath, int argc, char *argv[])
{
    ServedBuild outcome;
    sw::Address address;
    if (!sw::addressFor(cliPath, environ, &address))
        return outcome;
    const int fd = sw::connectTo(address.socket);
    if (fd < 0) {
        if (errno == ENOENT || errno == ECONNREFUSED)
            startServer(cliPath);
        return outcome;
    }
    Request request;
    char answer = 0;
    pollfd wait = {fd, POLLIN, 0};
    ForwardedSignals signals(fd);
    const bool sent = buildRequest(argc, argv, &request) && sendRequest(fd, request);
    int ready = 0;
    while (sent && (ready = ::poll(&wait, 1, kAnswerTimeoutMs)) < 0 && errno == EINTR) {
    }
    if (!sent || ready != 1 || !sw::readAll(fd, &answer, 1) || answer != sw::kAccepted) {
        ::close(fd);
        signals.restore();
        return outcome;
    }
    signals.deliver();
    unsigned char finished[5];
    if (sw::readAll(fd, finished, sizeof finished) && finished[0] == std::uint8_t(sw::kFinished)) {
        outcome.state = ServedBuild::State::Finished;
        outcome.exitCode = int(sw::getU32(finished + 1));
    } else {
        outcome.state = ServedBuild::State::ServerLost;
    }
    g_connection = -1;
    ::close(fd);
    return outcome;
}

} // namespace hwb::launcher
