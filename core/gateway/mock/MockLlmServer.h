#pragma once

#include "MockLlmBehaviour.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

class QTcpServer;

namespace hwb {

// The built-in LLM upstream: OpenAI- and Anthropic-compatible, deterministic and paced, with faults on
// request. It lets authors iterate offline, and it is the upstream the tests and the demo use.
// Loopback by default; listen on 0.0.0.0 (or the docker bridge) so containers reach it via host-gateway.
class MockLlmServer : public QObject
{
    Q_OBJECT
public:
    explicit MockLlmServer(QObject *parent = nullptr);
    ~MockLlmServer() override;

    void setDefaults(const MockLlmBehaviour &behaviour) { m_defaults = behaviour; }
    MockLlmBehaviour defaults() const { return m_defaults; }

    // port 0 picks a free port. Returns false and sets errorString() when the port cannot be bound.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    // Also serve on another address with the same port, e.g. the docker bridge gateway, so a container
    // reaches the mock via host-gateway while it stays off the LAN. Idempotent.
    bool listenAlso(const QHostAddress &address);
    void close();
    bool isListening() const;
    quint16 port() const;
    QHostAddress address() const;
    QUrl baseUrl() const; // http://host:port/v1, with a loopback host when bound to "any"
    QString errorString() const;
    int requestCount() const { return m_requests; }

Q_SIGNALS:
    void served(const QString &summary);

private:
    void acceptConnections(QTcpServer *server);

    QTcpServer *m_server;
    QList<QTcpServer *> m_extra;
    QString m_extraError;
    MockLlmBehaviour m_defaults;
    int m_requests = 0;
};

} // namespace hwb
