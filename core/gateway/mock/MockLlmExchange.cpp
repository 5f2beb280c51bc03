#include "MockLlmExchange.h"

#include "MockLlmRoutes.h"
#include "MockLlmTokens.h"

#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

namespace hwb {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 413: return "Payload Too Large";
    case 429: return "Too Many Requests";
    default: return "Internal Server Error";
    }
}

const QByteArray kJson = "application/json";

} // namespace

MockLlmExchange::MockLlmExchange(QTcpSocket *socket, const MockLlmBehaviour &defaults, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_defaults(defaults)
    , m_behaviour(defaults)
{
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, &MockLlmExchange::readRequest);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    connect(socket, &QTcpSocket::errorOccurred, this, &QObject::deleteLater);
    if (socket->bytesAvailable() > 0)
        QTimer::singleShot(0, this, &MockLlmExchange::readRequest);
}

void MockLlmExchange::readRequest()
{
    if (!m_socket || m_responding) {
        if (m_socket)
            m_socket->readAll(); // one request per connection; the rest is ignored
        return;
    }
    if (!m_clock.isValid())
        m_clock.start();
    switch (m_parser.feed(m_socket->readAll())) {
    case MockHttpRequestParser::State::Incomplete:
        return;
    case MockHttpRequestParser::State::Invalid:
        m_responding = true;
        sendSimple(m_parser.error().contains("large") ? 413 : 400, "text/plain", m_parser.error() + '\n');
        return;
    case MockHttpRequestParser::State::Complete:
        m_responding = true;
        m_timings.received = m_clock.elapsed();
        respond();
        return;
    }
}

void MockLlmExchange::respond()
{
    const MockHttpRequest &request = m_parser.request();
    const QByteArray path = request.path();
    if (request.method == "GET" && (path == "/" || path == "/healthz")) {
        sendSimple(200, "text/plain", MockLlmRoute::kHealthzBody.toByteArray());
        return;
    }
    const MockLlmRoute *route = MockLlmRoute::match(path);
    if (!route) {
        sendSimple(404, "text/plain", MockLlmRoute::notFoundText().toUtf8() + '\n');
        return;
    }
    if (request.method != route->method) {
        sendSimple(405, "text/plain", "use " + route->method + '\n');
        return;
    }
    switch (route->kind) {
    case MockLlmRoute::Kind::Models:
        sendSimple(200, kJson,
                   R"({"object":"list","data":[{"id":"mock-gpt","object":"model","created":1700000000,)"
                   R"("owned_by":"higress-workbench"},{"id":"mock-claude","object":"model","created":1700000000,)"
                   R"("owned_by":"higress-workbench"}]})" "\n");
        return;
    case MockLlmRoute::Kind::Embeddings:
        sendSimple(200, kJson, MockLlmTokens::embeddingsBody(request.body));
        return;
    case MockLlmRoute::Kind::ChatCompletions:
    case MockLlmRoute::Kind::Messages:
        break;
    }
    int status = 0;
    QString error;
    m_dialect = MockLlmDialect::forRequest(route->kind == MockLlmRoute::Kind::Messages, request.body, &status, &error);
    if (!m_dialect) {
        sendSimple(status, "text/plain", error.toUtf8() + '\n');
        return;
    }
    QString headerError;
    m_behaviour = m_defaults.withOverrides(request, &headerError);
    if (!headerError.isEmpty()) {
        sendSimple(400, kJson, m_dialect->errorBody(400, headerError));
        return;
    }
    int count = m_behaviour.tokens;
    if (m_dialect->maxTokens() > 0)
        count = qMin(count, m_dialect->maxTokens());
    m_tokens = MockLlmTokens::forPrompt(m_dialect->prompt(), count);

    switch (m_behaviour.fault) {
    case MockLlmBehaviour::Fault::Hang:
        report(0); // the request is read and then nothing ever comes back
        return;
    case MockLlmBehaviour::Fault::TooManyRequests:
        sendSimple(429, kJson, m_dialect->errorBody(429, QStringLiteral("mock: rate limit (x-mock-fault: 429)")));
        return;
    case MockLlmBehaviour::Fault::ServerError:
        sendSimple(500, kJson, m_dialect->errorBody(500, QStringLiteral("mock: server error (x-mock-fault: 500)")));
        return;
    default:
        break;
    }
    if (!m_dialect->isStream()) {
        // A non-streaming reply arrives when the last token would have been generated.
        const int delay = m_behaviour.ttftMs + m_behaviour.itlMs * qMax(0, int(m_tokens.size()) - 1);
        QTimer::singleShot(qMax<qint64>(0, m_timings.received + delay - m_clock.elapsed()), Qt::PreciseTimer, this,
                           &MockLlmExchange::sendCompleteBody);
        return;
    }
    m_chunked = true;
    writeHead(200, "text/event-stream", -1);
    writeChunk(m_dialect->streamStart());
    if (m_tokens.isEmpty())
        finishStream();
    else
        scheduleToken(0);
}

void MockLlmExchange::scheduleToken(int index)
{
    // Absolute targets, so timer jitter does not accumulate over a long reply.
    const qint64 target = m_timings.received + m_behaviour.ttftMs + qint64(index) * m_behaviour.itlMs;
    QTimer::singleShot(qMax<qint64>(0, target - m_clock.elapsed()), Qt::PreciseTimer, this,
                       [this, index] { sendToken(index); });
}

void MockLlmExchange::sendToken(int index)
{
    if (!m_socket)
        return;
    const bool malformed = m_behaviour.fault == MockLlmBehaviour::Fault::Malformed && index == qMin(1, int(m_tokens.size()) - 1);
    writeChunk(malformed ? m_dialect->malformedTokenEvent(m_tokens.at(index)) : m_dialect->tokenEvent(m_tokens.at(index)));
    if (index == 0)
        m_timings.firstToken = m_clock.elapsed();
    m_timings.lastToken = m_clock.elapsed();
    if (m_behaviour.fault == MockLlmBehaviour::Fault::Stall) {
        report(200); // the stream stays open and silent
        return;
    }
    if (m_behaviour.fault == MockLlmBehaviour::Fault::Reset) {
        resetConnection();
        return;
    }
    if (index + 1 < m_tokens.size())
        scheduleToken(index + 1);
    else
        finishStream();
}

void MockLlmExchange::finishStream()
{
    const QByteArray comment = ": x-mock-timing " + timingValue(true) + '\n';
    writeChunk(m_dialect->streamEnd(int(m_tokens.size()), comment));
    report(200);
    close();
}

void MockLlmExchange::sendCompleteBody()
{
    QByteArray body = m_dialect->completeBody(m_tokens.join(QString()), int(m_tokens.size()));
    m_timings.firstToken = m_timings.lastToken = m_clock.elapsed();
    switch (m_behaviour.fault) {
    case MockLlmBehaviour::Fault::Malformed:
        sendSimple(200, kJson, body.left(body.size() / 2));
        return;
    case MockLlmBehaviour::Fault::Stall:
    case MockLlmBehaviour::Fault::Reset:
        // Announce the whole body, send half of it, then go silent or drop the connection.
        writeHead(200, kJson, body.size());
        m_socket->write(body.left(body.size() / 2));
        if (m_behaviour.fault == MockLlmBehaviour::Fault::Reset)
            resetConnection();
        else
            report(200);
        return;
    default:
        sendSimple(200, kJson, body);
    }
}

void MockLlmExchange::sendSimple(int status, const QByteArray &contentType, const QByteArray &body)
{
    if (!m_socket)
        return;
    writeHead(status, contentType, body.size());
    m_socket->write(body);
    report(status);
    close();
}

void MockLlmExchange::writeHead(int status, const QByteArray &contentType, qint64 contentLength)
{
    m_timings.firstByte = m_clock.elapsed();
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n"
        + "content-type: " + contentType + (contentType.startsWith("text/") ? "; charset=utf-8" : "") + "\r\n"
        + "connection: close\r\n" + "x-mock-timing: " + timingValue(!m_chunked) + "\r\n";
    if (status == 429)
        head += "retry-after: 1\r\n";
    if (m_chunked)
        head += "cache-control: no-cache\r\ntransfer-encoding: chunked\r\n";
    else
        head += "content-length: " + QByteArray::number(contentLength) + "\r\n";
    m_socket->write(head + "\r\n");
}

void MockLlmExchange::writeChunk(const QByteArray &data)
{
    if (m_socket && !data.isEmpty())
        m_socket->write(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
    if (m_socket)
        m_socket->flush();
}

// received/first_byte/first_token/last_token: ms since the request's first byte. The planned values let
// a client check its own measurement against what the server was asked to do.
QByteArray MockLlmExchange::timingValue(bool complete) const
{
    QByteArray value = "received=" + QByteArray::number(m_timings.received) + ";first_byte="
        + QByteArray::number(m_timings.firstByte);
    if (complete && m_timings.firstToken >= 0)
        value += ";first_token=" + QByteArray::number(m_timings.firstToken) + ";last_token="
            + QByteArray::number(m_timings.lastToken);
    return value + ";ttft_target=" + QByteArray::number(m_behaviour.ttftMs) + ";itl_target="
        + QByteArray::number(m_behaviour.itlMs) + ";tokens=" + QByteArray::number(m_tokens.size());
}

void MockLlmExchange::resetConnection()
{
    if (!m_socket)
        return;
    report(200);
    m_socket->flush();
    // SO_LINGER 0 makes close() send a TCP RST, what a crashed upstream looks like to the client.
    struct linger lingerOff = {1, 0};
    ::setsockopt(int(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &lingerOff, sizeof lingerOff);
    m_socket->abort();
    deleteLater();
}

void MockLlmExchange::close()
{
    if (!m_socket)
        return;
    if (m_chunked)
        m_socket->write("0\r\n\r\n");
    m_socket->disconnectFromHost();
}

void MockLlmExchange::report(int status)
{
    const MockHttpRequest &r = m_parser.request();
    Q_EMIT served(QStringLiteral("%1 %2 -> %3 fault=%4 tokens=%5 %6")
                      .arg(QString::fromLatin1(r.method), QString::fromLatin1(r.target),
                           status ? QString::number(status) : QStringLiteral("-"),
                           MockLlmBehaviour::faultName(m_behaviour.fault))
                      .arg(m_tokens.size())
                      .arg(QString::fromLatin1(timingValue(true))));
}

} // namespace hwb
