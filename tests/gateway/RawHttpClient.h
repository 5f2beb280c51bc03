#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QTcpSocket>

namespace hwb::test {

// A deliberately plain HTTP/1.1 client on QTcpSocket: it records when every byte arrived, so the tests
// check the mock's pacing and faults without trusting any client library's buffering.
class RawHttpClient
{
public:
    struct Arrival
    {
        qint64 ms;
        QByteArray bytes;
    };
    struct SseEvent
    {
        qint64 ms; // arrival of the chunk that completed the event
        QByteArray name;
        QByteArray data;
        QList<QByteArray> comments;
    };

    // Sends the request and reads until the server closes or quietMs pass without a byte.
    void exchange(quint16 port, const QByteArray &request, int quietMs = 3000);

    static QByteArray post(const QByteArray &path, const QByteArray &body, const QList<QByteArray> &headers = {});

    int status() const;
    QByteArray head() const;
    QByteArray header(const QByteArray &name) const;
    QByteArray body() const;          // de-chunked
    bool chunkedComplete() const;     // saw the terminating zero-size chunk
    QList<SseEvent> events() const;
    qint64 firstByteMs() const { return m_arrivals.isEmpty() ? -1 : m_arrivals.first().ms; }

    bool disconnected = false;
    QAbstractSocket::SocketError error = QAbstractSocket::UnknownSocketError;

private:
    QList<Arrival> m_arrivals;
    QByteArray raw() const;
};

} // namespace hwb::test
