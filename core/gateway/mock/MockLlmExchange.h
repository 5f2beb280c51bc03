#pragma once

#include "MockHttpRequest.h"
#include "MockLlmBehaviour.h"
#include "MockLlmDialect.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

class QTcpSocket;

namespace hwb {

// One connection to the mock upstream: reads a request, then answers it on the schedule its behaviour
// asks for. Times are measured from the request's first byte, so clients can compare theirs with ours.
class MockLlmExchange : public QObject
{
    Q_OBJECT
public:
    MockLlmExchange(QTcpSocket *socket, const MockLlmBehaviour &defaults, QObject *parent);

Q_SIGNALS:
    // One line for the server's log: method, path, status, fault and timings.
    void served(const QString &summary);

private:
    struct Timings
    {
        qint64 received = -1, firstByte = -1, firstToken = -1, lastToken = -1;
    };

    void readRequest();
    void respond();
    void sendSimple(int status, const QByteArray &contentType, const QByteArray &body);
    void writeHead(int status, const QByteArray &contentType, qint64 contentLength);
    void writeChunk(const QByteArray &data);
    void scheduleToken(int index);
    void sendToken(int index);
    void finishStream();
    void sendCompleteBody();
    void resetConnection();
    void close();
    QByteArray timingValue(bool complete) const;
    void report(int status);

    QPointer<QTcpSocket> m_socket;
    MockLlmBehaviour m_defaults;
    MockLlmBehaviour m_behaviour;
    MockHttpRequestParser m_parser;
    std::unique_ptr<MockLlmDialect> m_dialect;
    QStringList m_tokens;
    QElapsedTimer m_clock;
    Timings m_timings;
    bool m_chunked = false;
    bool m_responding = false;
};

} // namespace hwb
