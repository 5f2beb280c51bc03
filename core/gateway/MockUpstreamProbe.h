#pragma once

#include "ContainerEngine.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>

namespace hwb {

// What answers on the host port a gateway's mock upstream is on, and whether the gateway's container can reach it
// there. The container reaches the host at host-gateway, the docker bridge's gateway address (172.17.0.1): a mock
// bound to 127.0.0.1 (hwb mock-llm's default) answers on this host and never to the container.
struct MockUpstreamStatus
{
    Q_DECLARE_TR_FUNCTIONS(hwb::MockUpstreamStatus)

public:
    enum class Verdict {
        Unknown,      // not probed (yet)
        NotAnswering, // nothing listens on the port
        NotTheMock,   // something listens there, and it is not the mock LLM
        LoopbackOnly, // the mock answers on 127.0.0.1, not where the container reaches the host
        Answering,    // the mock answers on 127.0.0.1; where the container reaches the host is not known here
        Reachable,    // the mock answers where the container reaches the host
    };
    Verdict verdict = Verdict::Unknown;
    int port = 0;
    QString containerAddress; // where containers reach the host, when known: "172.17.0.1"
    QString provider;         // Unknown: the provider the gateway forwards to instead, when its label says

    static MockUpstreamStatus forProvider(const QString &address);

    bool answering() const { return verdict == Verdict::LoopbackOnly || verdict == Verdict::Answering || verdict == Verdict::Reachable; }
    // "not-answering", "not-the-mock", "loopback-only", "answering", "reachable", "unknown"
    QString id() const;
    // The command that starts the mock where a container reaches it.
    QString startCommand() const;
    // What answers, and what to do when that is not the mock where the container reaches it. One or two sentences.
    QString text() const;
    // What to do after the gateway said it cannot reach its upstream (Envoy's 502/503). Unknown: a gateway not
    // known to forward to the mock: its provider when known, else the likeliest cause, hedged.
    QString unreachableText() const;
    // {port, verdict, answering, reachable_from_container (null when not known), container_address?, message}
    QJsonObject toJson() const;
};

// Asks GET /healthz of the mock on 127.0.0.1 and at the docker bridge's gateway, each with a short timeout, and
// says what it found. Asynchronous; finished() follows start(), at once never.
class MockUpstreamProbe : public QObject
{
    Q_OBJECT
public:
    explicit MockUpstreamProbe(QObject *parent = nullptr);
    ~MockUpstreamProbe() override;

    void setEngine(const QString &program, const QStringList &environment = {});
    // Where containers reach the host, instead of asking the engine (and the docker0 interface when it cannot say).
    void setContainerAddresses(const QList<QHostAddress> &addresses);
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void start(int port);
    bool isStarted() const { return m_started; }
    bool isDone() const { return m_pending == 0 && m_started; }
    const MockUpstreamStatus &status() const { return m_status; }

    // `network inspect bridge` for the bridge's gateway addresses and subnets, and its answer parsed (IPv4 only:
    // host-gateway is one); a subnet without a gateway stands for the host's own address in it. Shared with
    // GatewayController, which binds the in-process mock there.
    static QStringList bridgeGatewayArguments();
    static QList<QHostAddress> bridgeGateways(const QByteArray &engineOutput, const QList<QHostAddress> &hostAddresses);
    // Where containers reach this host: the engine's answer to bridgeGatewayArguments(), else docker0's addresses.
    static QList<QHostAddress> hostSideOfBridge(const ContainerEngine::Result &inspected);
    // True when the body of a /healthz answer is the mock's.
    static bool isMockHealthz(int status, const QByteArray &body);

Q_SIGNALS:
    void finished(const hwb::MockUpstreamStatus &status);

private:
    enum class Answer { Pending, None, Mock, Other };
    void ask(const QHostAddress &address, Answer *answer);
    void probeContainerAddresses(const QList<QHostAddress> &addresses);
    void settle();

    QNetworkAccessManager m_network;
    ContainerEngine m_engine;
    std::optional<QList<QHostAddress>> m_givenAddresses;
    MockUpstreamStatus m_status;
    Answer m_loopback = Answer::Pending;
    Answer m_container = Answer::Pending;
    int m_pending = 0;
    int m_timeoutMs = 1500;
    bool m_started = false;
    quint64 m_generation = 0; // answers of an earlier start() are dropped
};

} // namespace hwb
