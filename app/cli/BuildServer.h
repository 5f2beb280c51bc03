#pragma once

#include "ServerWire.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QSocketNotifier>
#include <QTimer>

#include <map>
#include <memory>

namespace hwb {
class BuildHistory;
}

namespace hwb::cli {

struct ClientRequest;

// The resident build server (docs/build-server.md). `hwb build` pays ~5 ms to start a Qt process and fault its
// pages in, and ~4 more to judge and record what it built in a fresh process: more than a no-op `go build`
// takes altogether. This process stays, with all of that loaded, and runs the builds the hwb launcher hands it
// one at a time, each in the client's folder, environment, umask and streams (BorrowedProcessState), through
// the same command line code as hwb-cli itself. A second build while one runs is declined: its client builds
// by itself. The server ends after an idle spell, when its binary is replaced, or on `hwb build-server stop`.
class BuildServer : public QObject
{
    Q_OBJECT
public:
    explicit BuildServer(QObject *parent = nullptr);
    ~BuildServer() override;

    // The address of the server for this program and environment (serverwire::addressFor), as the launcher
    // works it out.
    static bool addressOfThisProgram(serverwire::Address *address);

    // Takes the address (a lock file, then the socket) and listens. False when another server holds it or the
    // socket cannot be made: errorString() says which.
    bool listen(const serverwire::Address &address);
    QString errorString() const { return m_error; }

    // Ends the event loop after this long without a request.
    void setIdleTimeout(int seconds);

Q_SIGNALS:
    void finished();

private:
    void acceptClients();
    void serve(int connection);
    void serveBuild(int connection, ClientRequest &request);
    void writeStatus(int connection) const;
    void checkStillCurrent();
    void stop();

    serverwire::Address m_address{};
    int m_lock = -1;
    int m_listener = -1;
    ino_t m_socketInode = 0;
    std::unique_ptr<QSocketNotifier> m_notifier;
    // The build histories the builds used, kept open between them (see serveBuild()).
    std::map<QString, std::shared_ptr<BuildHistory>> m_heldHistories;
    QTimer m_idle;
    QTimer m_currency; // is this still the binary and the socket hwb would use?
    QString m_error;
    std::uint64_t m_stickyHash = 0;
    bool m_building = false;
    bool m_stopAfterBuild = false;
    int m_served = 0;
    QDateTime m_started;
    QDateTime m_buildStarted;
    QElapsedTimer m_sinceLastRequest;
};

} // namespace hwb::cli
