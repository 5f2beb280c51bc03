#include "FaultServer.h"

#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <chrono>
#include <sys/socket.h>

qint64 FaultServer::monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch()).count();
}

// One accepted connection: reads one request (or several, for /fast with keep-alive), then plays the
// behaviour its path names.
class FaultConnection : public QObject
{
public:
    FaultConnection(FaultServer *server, QTcpSocket *socket)
        : QObject(server), m_server(server), m_socket(socket)
    {
        socket->setParent(this);
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(socket, &QTcpSocket::readyRead, this, [this] { onRead(); });
        connect(socket, &QTcpSocket::disconnected, this, [this] { done(); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this] { refill(); });
        m_server->m_peak = qMax(m_server->m_peak, ++m_server->m_active);
        ++m_server->m_accepted;
    }

private:
    void done()
    {
        if (m_closed)
            return;
        m_closed = true;
        --m_server->m_active;
        deleteLater();
    }

    void onRead()
    {
        m_in += m_socket->readAll();
        if (m_in.startsWith('\x16')) { // a TLS ClientHello: answer in plain text so the handshake fails
            write("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
            m_socket->disconnectFromHost();
            return;
        }
        for (;;) {
            const qsizetype end = m_in.indexOf("\r\n\r\n");
            if (end < 0 || m_busy)
                return;
            const QByteArray head = m_in.left(end);
            qsizetype length = 0;
            for (const QByteArray &line : head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (m_in.size() < end + 4 + length)
                return;
            m_in.remove(0, end + 4 + length);
            const QList<QByteArray> requestLine = head.left(head.indexOf('\r')).split(' ');
            m_keepAlive = !head.toLower().contains("connection: close");
            ++m_server->m_requests;
            serve(QUrl(QString::fromLatin1(requestLine.value(1))));
        }
    }

    int param(const char *name, int fallback) const
    {
        const QString v = QUrlQuery(m_url).queryItemValue(QString::fromLatin1(name));
        return v.isEmpty() ? fallback : v.toInt();
    }

    void later(int ms, std::function<void()> f)
    {
        QTimer::singleShot(ms, Qt::PreciseTimer, this, [this, f = std::move(f)] {
            if (!m_closed)
                f();
        });
    }

    void write(const QByteArray &bytes) { m_socket->write(bytes); }

    void headers(int status, const char *reason, const char *type, const QByteArray &extra = {})
    {
        QByteArray h = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
        h += "Content-Type: " + QByteArray(type) + "\r\nTransfer-Encoding: chunked\r\n" + extra;
        h += "X-Stamp-First-Byte-Ns: " + QByteArray::number(FaultServer::monotonicNs()) + "\r\n\r\n";
        write(h);
    }

    void chunk(const QByteArray &data)
    {
        write(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
    }
    void endChunks() { write("0\r\n\r\n"); }
    void event(const QByteArray &data) { chunk("data: " + data + "\n\n"); }
    void content(const QByteArray &text)
    {
        event(R"({"choices":[{"index":0,"delta":{"content":")" + text + R"("}}],"server_ns":)"
              + QByteArray::number(FaultServer::monotonicNs()) + "}");
    }
    void finishStream(int tokens)
    {
        event(R"({"choices":[],"usage":{"prompt_tokens":5,"completion_tokens":)" + QByteArray::number(tokens) + "}}");
        event("[DONE]");
        endChunks();
        closeAfterWrite();
    }
    void closeAfterWrite()
    {
        if (m_keepAlive)
            return;
        m_socket->disconnectFromHost();
    }
    void jsonResponse(int status, const char *reason, const QByteArray &body, const QByteArray &type = "application/json")
    {
        QByteArray h = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
        h += "Content-Type: " + type + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
        if (!m_keepAlive)
            h += "Connection: close\r\n";
        write(h + "\r\n" + body);
        closeAfterWrite();
    }

    // Streams `tokens` content events, `delay` ms apart, the first one `first` ms after the headers.
    void streamTokens(int tokens, int first, int delay, std::function<void()> after)
    {
        // The pending timer owns the step; the step knows itself only weakly, or the two would keep each other.
        auto step = std::make_shared<std::function<void(int)>>();
        *step = [this, tokens, delay, after, self = std::weak_ptr(step)](int i) {
            if (i == tokens) {
                after();
                return;
            }
            content("tok" + QByteArray::number(i) + ' ');
            later(delay, [next = self.lock(), i] { (*next)(i + 1); });
        };
        later(first, [step] { (*step)(0); });
    }

    void resetConnection()
    {
        // SO_LINGER 0: close() sends RST instead of FIN.
        struct linger l{1, 0};
        ::setsockopt(int(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &l, sizeof l);
        m_socket->abort();
    }

    void refill()
    {
        if (m_hugeLeft <= 0 || m_socket->bytesToWrite() > 512 * 1024)
            return;
        static const QByteArray block = [] {
            QByteArray b;
            const QByteArray e = "data: {\"choices\":[{\"delta\":{\"content\":\"" + QByteArray(200, 'x') + "\"}}]}\n\n";
            while (b.size() < 60000)
                b += e;
            return b;
        }();
        while (m_hugeLeft > 0 && m_socket->bytesToWrite() < 1024 * 1024) {
            chunk(block);
            m_hugeLeft -= block.size();
        }
        if (m_hugeLeft <= 0) {
            event("[DONE]");
            endChunks();
            closeAfterWrite();
        }
    }

    void serve(const QUrl &url)
    {
        m_url = url;
        const QString path = url.path();
        const char *sse = "text/event-stream";
        if (path == QLatin1String("/fast")) {
            jsonResponse(200, "OK", R"({"choices":[{"message":{"content":"ok"}}],"usage":{"completion_tokens":1}})");
        } else if (path == QLatin1String("/stream")) {
            m_busy = true;
            const int tokens = param("tokens", 5);
            later(param("headers_ms", 0), [=, this] {
                headers(200, "OK", sse);
                event(R"({"choices":[{"index":0,"delta":{"role":"assistant"}}]})");
                streamTokens(tokens, param("first_ms", 0), param("delay_ms", 0), [=, this] {
                    m_busy = false;
                    finishStream(tokens);
                });
            });
        } else if (path == QLatin1String("/anthropic")) {
            headers(200, "OK", sse);
            chunk("event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"usage\":{\"input_tokens\":4,\"output_tokens\":1}}}\n\n");
            chunk("event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"delta\":{\"type\":\"text_delta\",\"text\":\"Hello\"}}\n\n");
            chunk("event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"delta\":{\"type\":\"text_delta\",\"text\":\" world\"}}\n\n");
            chunk("event: message_delta\ndata: {\"type\":\"message_delta\",\"usage\":{\"output_tokens\":2}}\n\n");
            chunk("event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n");
            endChunks();
            closeAfterWrite();
        } else if (path == QLatin1String("/json") || path.startsWith(QLatin1String("/json/"))) {
            later(param("delay_ms", 0), [this] {
                jsonResponse(200, "OK", R"({"choices":[{"message":{"role":"assistant","content":"Hello there"}}],"usage":{"completion_tokens":2}})");
            });
        } else if (path.startsWith(QLatin1String("/answer/hello"))) { // 200s that answer no LLM request: a misrouted gateway's
            jsonResponse(200, "OK", R"({"hello":"world"})");
        } else if (path.startsWith(QLatin1String("/answer/html"))) {
            jsonResponse(200, "OK", "<html><body>Welcome to nginx!</body></html>", "text/html");
        } else if (path.startsWith(QLatin1String("/answer/big"))) {
            jsonResponse(200, "OK", "{\"x\":\"" + QByteArray(param("kb", 256) * 1024, 'x') + "\"}");
        } else if (path.startsWith(QLatin1String("/answer/embeddings"))) {
            jsonResponse(200, "OK", R"({"object":"list","data":[{"index":0,"embedding":[0.1,0.2]}],"usage":{"prompt_tokens":2}})");
        } else if (path == QLatin1String("/hang-before-headers")) {
            // Reads the request and never answers: what a proxy-wasm ABI mismatch looks like.
        } else if (path == QLatin1String("/hang-after-headers")) {
            headers(200, "OK", sse);
        } else if (path == QLatin1String("/stall")) {
            headers(200, "OK", sse);
            content("a");
            content("b");
        } else if (path == QLatin1String("/reset")) {
            headers(200, "OK", sse);
            content("a");
            content("b");
            later(20, [this] { resetConnection(); });
        } else if (path == QLatin1String("/close-empty")) {
            m_socket->disconnectFromHost();
        } else if (path == QLatin1String("/truncated")) {
            headers(200, "OK", sse);
            content("a");
            content("b");
            endChunks();
            closeAfterWrite();
        } else if (path.startsWith(QLatin1String("/status/"))) {
            const int status = path.mid(8).toInt();
            const QByteArray body = status == 429
                ? R"({"error":{"message":"Rate limit reached for gpt-4o-mini","type":"requests","code":"rate_limit_exceeded"}})"
                : R"({"error":{"message":"The upstream model crashed","type":"server_error","code":null}})";
            jsonResponse(status, status == 429 ? "Too Many Requests" : "Internal Server Error", body);
        } else if (path == QLatin1String("/envoy-no-upstream")) { // Envoy's local reply: its cluster has no endpoint
            jsonResponse(503, "Service Unavailable", "no healthy upstream", "text/plain");
        } else if (path == QLatin1String("/malformed")) {
            headers(200, "OK", sse);
            content("a");
            chunk("data: {\"choices\": [oops\n\n");
        } else if (path == QLatin1String("/bad-utf8")) {
            headers(200, "OK", sse);
            content("a");
            chunk("data: {\"choices\":[{\"delta\":{\"content\":\"\xff\xfe\"}}]}\n\n");
        } else if (path == QLatin1String("/huge")) {
            headers(200, "OK", sse);
            m_hugeLeft = qint64(param("mb", 32)) * 1024 * 1024;
            refill();
        } else if (path == QLatin1String("/drip")) {
            const int tokens = param("tokens", 5);
            headers(200, "OK", sse);
            streamTokens(tokens, param("delay_ms", 50), param("delay_ms", 50), [=, this] { finishStream(tokens); });
        } else {
            jsonResponse(404, "Not Found", R"({"error":{"message":"no such fault path","type":"not_found"}})");
        }
    }

    FaultServer *m_server;
    QTcpSocket *m_socket;
    QByteArray m_in;
    QUrl m_url;
    bool m_keepAlive = false;
    bool m_busy = false;
    bool m_closed = false;
    qint64 m_hugeLeft = 0;
};

FaultServer::FaultServer(QObject *parent)
    : QObject(parent)
{
    m_server.setMaxPendingConnections(1000);
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection())
            new FaultConnection(this, socket);
    });
}

bool FaultServer::listen(quint16 port)
{
    m_server.setListenBacklogSize(1024);
    return m_server.listen(QHostAddress::LocalHost, port);
}

QString FaultServer::url(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path);
}
