#include "MockUpstreamProbe.h"

#include "mock/MockLlmRoutes.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QNetworkInterface>
#include <QNetworkProxy>
#include <QNetworkReply>

namespace hwb {

namespace {

// A daemon that does not answer must not hold the verdict for long; the bridge's address is all that is asked.
constexpr int kEngineTimeoutMs = 3000;

// The first address that is this host's own: a bridge of a remote daemon (DOCKER_HOST) or of Docker Desktop's VM
// cannot be probed from here.
QHostAddress firstLocal(const QList<QHostAddress> &candidates)
{
    const QList<QHostAddress> local = QNetworkInterface::allAddresses();
    for (const QHostAddress &address : candidates)
        if (local.contains(address) || address.isLoopback())
            return address;
    return {};
}

QList<QHostAddress> docker0Addresses()
{
    QList<QHostAddress> addresses;
    for (const QNetworkAddressEntry &entry : QNetworkInterface::interfaceFromName(QStringLiteral("docker0")).addressEntries())
        if (entry.ip().protocol() == QAbstractSocket::IPv4Protocol)
            addresses.append(entry.ip());
    return addresses;
}

} // namespace

QString MockUpstreamStatus::id() const
{
    switch (verdict) {
    case Verdict::NotAnswering: return QStringLiteral("not-answering");
    case Verdict::NotTheMock: return QStringLiteral("not-the-mock");
    case Verdict::LoopbackOnly: return QStringLiteral("loopback-only");
    case Verdict::Answering: return QStringLiteral("answering");
    case Verdict::Reachable: return QStringLiteral("reachable");
    case Verdict::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QString MockUpstreamStatus::startCommand() const
{
    return QStringLiteral("hwb mock-llm --port %1 --bind 0.0.0.0").arg(port);
}

QString MockUpstreamStatus::text() const
{
    switch (verdict) {
    case Verdict::Reachable:
        return tr("The mock LLM answers on host port %1, also at %2, where the gateway container reaches the host.")
            .arg(port).arg(containerAddress);
    case Verdict::Answering:
        return tr("The mock LLM answers on 127.0.0.1:%1. Whether the gateway container reaches it could not be told: "
                  "if it does not, run the mock with --bind 0.0.0.0 ('%2').")
            .arg(port).arg(startCommand());
    case Verdict::LoopbackOnly:
        return tr("The mock LLM answers on 127.0.0.1:%1 only, and the gateway container reaches the host at %2: "
                  "restart it as '%3'.")
            .arg(port).arg(containerAddress, startCommand());
    case Verdict::NotTheMock:
        return tr("Host port %1 is held by something that is not the mock LLM: stop it, or run the mock on a free port "
                  "('hwb mock-llm --port N --bind 0.0.0.0') and start the gateway with --mock-port N.")
            .arg(port);
    case Verdict::NotAnswering:
        return tr("Nothing answers on host port %1, where the gateway expects the mock LLM: start it with '%2'.")
            .arg(port).arg(startCommand());
    case Verdict::Unknown: break;
    }
    return tr("Its upstream is the mock LLM on host port %1: run '%2'.").arg(port).arg(startCommand());
}

MockUpstreamStatus MockUpstreamStatus::forProvider(const QString &address)
{
    MockUpstreamStatus status;
    status.provider = address;
    return status;
}

QString MockUpstreamStatus::unreachableText() const
{
    if (verdict == Verdict::Unknown && !provider.isEmpty())
        return tr("The gateway is up but cannot reach its upstream %1 from its container: check that the container "
                  "resolves and reaches that address (DNS, an HTTP proxy the host needs, a firewall), and that the "
                  "provider is up.")
            .arg(provider);
    if (verdict == Verdict::Unknown) // not a gateway known to forward to the mock: the likeliest cause, hedged
        return tr("The gateway is up but cannot reach its upstream from its container. If that is hwb mock-llm on "
                  "this machine, run it with --bind 0.0.0.0: it listens on 127.0.0.1 by default.");
    const QString upstream = tr("The gateway's upstream is the mock LLM on host port %1.").arg(port);
    if (verdict == Verdict::Reachable)
        return upstream + QLatin1Char(' ')
            + tr("It answers at %1, where the container reaches the host, so the connection between them was refused: "
                 "a firewall that drops traffic from the docker bridge (ufw, firewalld) is the usual cause, or the "
                 "mock started after the request. Fire again to tell.")
                  .arg(containerAddress);
    return upstream + QLatin1Char(' ') + text();
}

QJsonObject MockUpstreamStatus::toJson() const
{
    QJsonObject o{{QStringLiteral("port"), port},
                  {QStringLiteral("verdict"), id()},
                  {QStringLiteral("answering"), answering()},
                  {QStringLiteral("reachable_from_container"),
                   verdict == Verdict::Answering || verdict == Verdict::Unknown ? QJsonValue(QJsonValue::Null)
                                                                                 : QJsonValue(verdict == Verdict::Reachable)},
                  {QStringLiteral("message"), text()}};
    if (!containerAddress.isEmpty())
        o.insert(QStringLiteral("container_address"), containerAddress);
    return o;
}

MockUpstreamProbe::MockUpstreamProbe(QObject *parent)
    : QObject(parent)
{
    // The mock is on this host: an http_proxy of the environment must not answer for it.
    m_network.setProxy(QNetworkProxy::NoProxy);
}

MockUpstreamProbe::~MockUpstreamProbe()
{
    m_engine.cancel();
}

void MockUpstreamProbe::setEngine(const QString &program, const QStringList &environment)
{
    m_engine.setProgram(program);
    m_engine.setExtraEnvironment(environment);
}

void MockUpstreamProbe::setContainerAddresses(const QList<QHostAddress> &addresses)
{
    m_givenAddresses = addresses;
}

QStringList MockUpstreamProbe::bridgeGatewayArguments()
{
    return {QStringLiteral("network"), QStringLiteral("inspect"), QStringLiteral("bridge"), QStringLiteral("--format"),
            QStringLiteral("{{range .IPAM.Config}}{{.Gateway}}|{{.Subnet}} {{end}}")};
}

QList<QHostAddress> MockUpstreamProbe::bridgeGateways(const QByteArray &engineOutput, const QList<QHostAddress> &hostAddresses)
{
    QList<QHostAddress> addresses;
    for (const QByteArray &entry : engineOutput.simplified().split(' ')) {
        const QHostAddress gateway(QString::fromLatin1(entry.left(entry.indexOf('|'))));
        if (gateway.protocol() == QAbstractSocket::IPv4Protocol) {
            addresses.append(gateway);
            continue;
        }
        // A daemon that set the bridge up itself may list only its subnet (Docker 20.10 on a fresh docker0): the
        // gateway is then the host's own address in that subnet, which is what host-gateway resolves to.
        const auto subnet = QHostAddress::parseSubnet(QString::fromLatin1(entry.mid(entry.indexOf('|') + 1)));
        if (subnet.first.protocol() != QAbstractSocket::IPv4Protocol)
            continue;
        for (const QHostAddress &own : hostAddresses)
            if (own.protocol() == QAbstractSocket::IPv4Protocol && own.isInSubnet(subnet) && !addresses.contains(own))
                addresses.append(own);
    }
    return addresses;
}

QList<QHostAddress> MockUpstreamProbe::hostSideOfBridge(const ContainerEngine::Result &inspected)
{
    const QList<QHostAddress> bridge =
        inspected.ok() ? bridgeGateways(inspected.out, QNetworkInterface::allAddresses()) : QList<QHostAddress>();
    return bridge.isEmpty() ? docker0Addresses() : bridge; // Docker's own bridge is docker0
}

bool MockUpstreamProbe::isMockHealthz(int status, const QByteArray &body)
{
    return status == 200 && body.startsWith(MockLlmRoute::kHealthzBody);
}

void MockUpstreamProbe::start(int port)
{
    ++m_generation;
    m_engine.cancel();
    m_status = {};
    m_status.port = port;
    m_loopback = m_container = Answer::Pending;
    m_started = true;
    m_pending = 2; // before either question goes out: an engine that cannot start answers at once
    ask(QHostAddress(QHostAddress::LocalHost), &m_loopback);
    if (m_givenAddresses)
        return probeContainerAddresses(*m_givenAddresses);
    m_engine.run(bridgeGatewayArguments(), [this, generation = m_generation](const ContainerEngine::Result &r) {
        if (generation != m_generation)
            return;
        probeContainerAddresses(hostSideOfBridge(r)); // the engine first: a daemon may be set up otherwise
    }, kEngineTimeoutMs);
}

void MockUpstreamProbe::probeContainerAddresses(const QList<QHostAddress> &addresses)
{
    const QHostAddress address = firstLocal(addresses);
    if (address.isNull()) {
        m_container = Answer::None;
        return settle();
    }
    m_status.containerAddress = address.toString();
    ask(address, &m_container);
}

void MockUpstreamProbe::ask(const QHostAddress &address, Answer *answer)
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(address.toString());
    url.setPort(m_status.port);
    url.setPath(QStringLiteral("/healthz"));
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply = m_network.get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, answer, generation = m_generation] {
        reply->deleteLater();
        if (generation != m_generation)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::ConnectionRefusedError)
            *answer = Answer::None;
        else
            *answer = isMockHealthz(status, reply->read(MockLlmRoute::kHealthzBody.size())) ? Answer::Mock : Answer::Other;
        settle();
    });
}

void MockUpstreamProbe::settle()
{
    if (--m_pending > 0)
        return;
    using V = MockUpstreamStatus::Verdict;
    if (m_container == Answer::Mock)
        m_status.verdict = V::Reachable;
    else if (m_loopback == Answer::Mock)
        m_status.verdict = m_status.containerAddress.isEmpty() ? V::Answering : V::LoopbackOnly;
    else if (m_loopback == Answer::Other)
        m_status.verdict = V::NotTheMock;
    else
        m_status.verdict = V::NotAnswering;
    Q_EMIT finished(m_status);
}

} // namespace hwb
