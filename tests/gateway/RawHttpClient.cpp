#include "RawHttpClient.h"

#include <QEventLoop>
#include <QTimer>

namespace hwb::test {

void RawHttpClient::exchange(quint16 port, const QByteArray &request, int quietMs)
{
    QTcpSocket socket;
    QElapsedTimer clock;
    QEventLoop loop;
    QTimer quiet;
    quiet.setSingleShot(true);
    quiet.setInterval(quietMs);
    QObject::connect(&quiet, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] {
        m_arrivals.append({clock.elapsed(), socket.readAll()});
        quiet.start();
    });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, [&] {
        disconnected = true;
        loop.quit();
    });
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop, [&](QAbstractSocket::SocketError e) {
        error = e;
        disconnected = true;
        loop.quit();
    });
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(5000))
        return;
    clock.start();
    socket.write(request);
    quiet.start();
    loop.exec();
    if (socket.bytesAvailable())
        m_arrivals.append({clock.elapsed(), socket.readAll()});
}

QByteArray RawHttpClient::post(const QByteArray &path, const QByteArray &body, const QList<QByteArray> &headers)
{
    QByteArray request = "POST " + path + " HTTP/1.1\r\nhost: localhost\r\ncontent-type: application/json\r\n";
    for (const QByteArray &h : headers)
        request += h + "\r\n";
    return request + "content-length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QByteArray RawHttpClient::raw() const
{
    QByteArray all;
    for (const Arrival &a : m_arrivals)
        all += a.bytes;
    return all;
}

QByteArray RawHttpClient::head() const
{
    const QByteArray all = raw();
    const qsizetype end = all.indexOf("\r\n\r\n");
    return end < 0 ? QByteArray() : all.left(end);
}

int RawHttpClient::status() const
{
    return head().split(' ').value(1).toInt();
}

QByteArray RawHttpClient::header(const QByteArray &name) const
{
    const QList<QByteArray> lines = head().split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

QByteArray RawHttpClient::body() const
{
    const QByteArray all = raw();
    const qsizetype start = all.indexOf("\r\n\r\n");
    if (start < 0)
        return {};
    QByteArray rest = all.mid(start + 4);
    if (!header("transfer-encoding").contains("chunked"))
        return rest;
    QByteArray out;
    while (!rest.isEmpty()) {
        const qsizetype lineEnd = rest.indexOf("\r\n");
        if (lineEnd < 0)
            break;
        const qsizetype size = rest.left(lineEnd).toLongLong(nullptr, 16);
        if (size == 0)
            break;
        out += rest.mid(lineEnd + 2, size);
        rest.remove(0, lineEnd + 2 + size + 2);
    }
    return out;
}

bool RawHttpClient::chunkedComplete() const
{
    return raw().endsWith("\r\n0\r\n\r\n");
}

QList<RawHttpClient::SseEvent> RawHttpClient::events() const
{
    // Re-parse the body incrementally so each event carries the time its last byte arrived.
    QList<SseEvent> events;
    QByteArray seen;
    qsizetype consumed = 0;
    RawHttpClient partial;
    for (const Arrival &a : m_arrivals) {
        partial.m_arrivals.append(a);
        seen = partial.body();
        for (;;) {
            const qsizetype end = seen.indexOf("\n\n", consumed);
            if (end < 0)
                break;
            SseEvent event{a.ms, {}, {}, {}};
            const QList<QByteArray> lines = seen.mid(consumed, end - consumed).split('\n');
            for (const QByteArray &line : lines) {
                if (line.startsWith(':'))
                    event.comments << line.mid(1).trimmed();
                else if (line.startsWith("event: "))
                    event.name = line.mid(7);
                else if (line.startsWith("data: "))
                    event.data = line.mid(6);
            }
            events.append(event);
            consumed = end + 2;
        }
    }
    return events;
}

} // namespace hwb::test
