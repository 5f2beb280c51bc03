#include "MockLlmServer.h"

#include "MockLlmExchange.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace hwb {

MockLlmServer::MockLlmServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] { acceptConnections(m_server); });
}

MockLlmServer::~MockLlmServer() = default;

bool MockLlmServer::listen(const QHostAddress &address, quint16 port)
{
    return m_server->listen(address, port);
}

bool MockLlmServer::listenAlso(const QHostAddress &address)
{
    if (!isListening())
        return false;
    if (address == m_server->serverAddress())
        return true;
    for (QTcpServer *extra : std::as_const(m_extra)) {
        if (extra->serverAddress() == address)
            return true;
    }
    auto *extra = new QTcpServer(this);
    if (!extra->listen(address, port())) {
        m_extraError = extra->errorString();
        delete extra;
        return false;
    }
    connect(extra, &QTcpServer::newConnection, this, [this, extra] { acceptConnections(extra); });
    m_extra.append(extra);
    return true;
}

void MockLlmServer::close()
{
    m_server->close();
    qDeleteAll(m_extra);
    m_extra.clear();
    // Hanging and stalled exchanges would otherwise outlive the server.
    const auto exchanges = findChildren<MockLlmExchange *>(Qt::FindDirectChildrenOnly);
    for (MockLlmExchange *exchange : exchanges)
        delete exchange;
}

bool MockLlmServer::isListening() const
{
    return m_server->isListening();
}

quint16 MockLlmServer::port() const
{
    return m_server->serverPort();
}

QHostAddress MockLlmServer::address() const
{
    return m_server->serverAddress();
}

QUrl MockLlmServer::baseUrl() const
{
    QHostAddress host = address();
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4 || host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHost;
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host.toString());
    url.setPort(port());
    url.setPath(QStringLiteral("/v1"));
    return url;
}

QString MockLlmServer::errorString() const
{
    return m_extraError.isEmpty() ? m_server->errorString() : m_extraError;
}

void MockLlmServer::acceptConnections(QTcpServer *server)
{
    while (QTcpSocket *socket = server->nextPendingConnection()) {
        ++m_requests;
        auto *exchange = new MockLlmExchange(socket, m_defaults, this);
        connect(exchange, &MockLlmExchange::served, this, &MockLlmServer::served);
    }
}

} // namespace hwb
