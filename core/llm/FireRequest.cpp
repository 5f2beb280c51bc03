#include "FireRequest.h"

#include "HangExplanation.h"
#include "StreamDelta.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkProxy>
#include <QPointer>
#include <QTcpSocket>
#if QT_CONFIG(ssl)
#include <QSslSocket>
#endif

#include <chrono>
#include <utility>

namespace hwb {

namespace {
constexpr qint64 kReadBlock = 64 * 1024;
constexpr int kAfterEndGraceMs = 1000; // how long to wait for the message end after [DONE]
constexpr qsizetype kErrorLineBytes = 300; // of a plain-text error body, quoted in the error

bool isTextual(const QByteArray &contentType)
{
    const QByteArray t = contentType.toLower();
    return t.isEmpty() || t.contains("json") || t.startsWith("text/");
}

// Where a request went, as error texts name it: they are stored and exported, so never with a user:password.
QString hostAndPort(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo).authority();
}

// A socket error before the response completed. Outcome::Ok means "not a failure by itself" (the peer closing:
// the HTTP framing decides whether the response was complete).
Outcome outcomeOfSocketError(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return Outcome::Refused;
    case QAbstractSocket::HostNotFoundError:
        return Outcome::DnsError;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return Outcome::TlsError;
    case QAbstractSocket::RemoteHostClosedError:
        return Outcome::Ok;
    case QAbstractSocket::SocketTimeoutError:
        return Outcome::TimeoutConnect;
    default:
        return Outcome::Reset;
    }
}

} // namespace

FireRequest::FireRequest(RequestSpec spec, FireTimeouts timeouts, FireLimits limits, QObject *parent)
    : QObject(parent)
    , m_spec(std::move(spec))
    , m_timeouts(timeouts)
    , m_limits(limits)
    , m_check(m_spec.url.path(), m_spec.body, limits.checkBodyBytes)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &FireRequest::onTimer);
}

FireRequest::~FireRequest()
{
    if (m_socket)
        m_socket->abort();
    delete m_reusable; // nobody took it
}

double FireRequest::elapsedMs() const
{
    return double(m_clock.nsecsElapsed()) / 1e6;
}

bool FireRequest::awaitsFirstByte() const
{
    return !m_finished && (m_phase == Phase::Connecting || m_phase == Phase::WaitingFirstByte);
}

FireResult FireRequest::liveResult() const
{
    if (m_finished)
        return m_result;
    FireResult live = m_result;
    live.inFlight = true;
    live.totalMs = m_clock.isValid() ? elapsedMs() : 0;
    if (m_phase == Phase::Receiving)
        live.silentMs = live.totalMs - m_lastActivityMs;
    return live;
}

QTcpSocket *FireRequest::createSocket()
{
    QTcpSocket *socket = nullptr;
#if QT_CONFIG(ssl)
    if (m_spec.url.scheme() == QLatin1String("https")) {
        auto *ssl = new QSslSocket(this);
        connect(ssl, &QSslSocket::encrypted, this, &FireRequest::onConnected);
        connect(ssl, &QSslSocket::sslErrors, this, [this, ssl](const QList<QSslError> &errors) {
            if (m_limits.ignoreTlsErrors) {
                ssl->ignoreSslErrors();
                return;
            }
            QStringList texts;
            for (const QSslError &e : errors)
                texts.append(e.errorString());
            finish(Outcome::TlsError, texts.join(QLatin1String("; ")));
        });
        socket = ssl;
    }
#endif
    if (!socket && m_spec.url.scheme() != QLatin1String("https")) {
        socket = new QTcpSocket(this);
        connect(socket, &QTcpSocket::connected, this, &FireRequest::onConnected);
    }
    if (socket) {
        socket->setProxy(QNetworkProxy::NoProxy);
        socket->setReadBufferSize(4 * kReadBlock); // Qt's own buffer stays bounded as well
    }
    return socket;
}

void FireRequest::watchSocket()
{
    connect(m_socket, &QTcpSocket::readyRead, this, &FireRequest::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &FireRequest::onClosed);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &FireRequest::onSocketError);
}

void FireRequest::connectSocket()
{
    const bool tls = m_spec.url.scheme() == QLatin1String("https");
    const quint16 port = quint16(m_spec.url.port(tls ? 443 : 80));
    m_phase = Phase::Connecting;
    armTimer();
#if QT_CONFIG(ssl)
    if (tls) {
        static_cast<QSslSocket *>(m_socket)->connectToHostEncrypted(m_spec.url.host(), port);
        return;
    }
#endif
    m_socket->connectToHost(m_spec.url.host(), port);
}

void FireRequest::adoptConnection(QTcpSocket *socket)
{
    socket->setParent(this);
    m_socket = socket;
    m_adopted = true;
}

QTcpSocket *FireRequest::takeReusableConnection()
{
    return std::exchange(m_reusable, nullptr);
}

void FireRequest::start()
{
    // Sockets are built before the clock starts: setting up objects is not part of the request's time.
    const bool reuse = m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
    if (!reuse) {
        if (m_socket)
            m_socket->deleteLater();
        m_adopted = false;
        m_socket = createSocket();
    }
    if (m_socket)
        watchSocket();
    m_wire = m_spec.toWire(m_limits.keepAlive);

    m_result.startedAtMsEpoch = QDateTime::currentMSecsSinceEpoch();
    m_startNs = std::chrono::duration_cast<std::chrono::nanoseconds>(
                    std::chrono::steady_clock::now().time_since_epoch()).count();
    m_clock.start();
    if (!m_socket) {
        finish(Outcome::TlsError, tr("This build has no TLS support."));
        return;
    }
    if (reuse)
        onConnected();
    else
        connectSocket();
}

// A kept-alive connection the server closed while it sat idle fails before any byte: that is not the
// request's fault, so it is sent again once on a new connection.
bool FireRequest::retryOnFreshConnection()
{
    if (!m_adopted || m_phase != Phase::WaitingFirstByte || m_result.ttfbMs >= 0)
        return false;
    m_adopted = false;
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = createSocket();
    watchSocket();
    m_wire = m_spec.toWire(m_limits.keepAlive);
    connectSocket();
    return true;
}

void FireRequest::cancel()
{
    finish(Outcome::Cancelled, tr("Cancelled."));
}

void FireRequest::onConnected()
{
    if (m_finished)
        return;
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket->write(m_wire);
    m_wire.clear();
    m_phase = Phase::WaitingFirstByte;
    m_lastActivityMs = elapsedMs();
    armTimer();
}

void FireRequest::armTimer()
{
    const double now = elapsedMs();
    double deadline = m_timeouts.totalMs;
    if (m_phase == Phase::Connecting)
        deadline = qMin<double>(deadline, m_timeouts.connectMs);
    else if (m_phase == Phase::WaitingFirstByte)
        deadline = qMin<double>(deadline, m_lastActivityMs + m_timeouts.firstByteMs);
    else if (m_phase == Phase::Receiving)
        deadline = qMin<double>(deadline, m_lastActivityMs + (m_sawEnd ? kAfterEndGraceMs : m_timeouts.idleMs));
    m_timer.start(qMax(0, int(deadline - now + 0.999)));
}

void FireRequest::onTimer()
{
    if (m_finished)
        return;
    const double now = elapsedMs();
    const bool totalExpired = now >= m_timeouts.totalMs;
    switch (m_phase) {
    case Phase::Connecting:
        if (m_socket && m_socket->state() == QAbstractSocket::HostLookupState) {
            finish(Outcome::DnsError, tr("The lookup of host %1 did not finish within %2 s.")
                                          .arg(m_spec.url.host())
                                          .arg(qMin(now, double(m_timeouts.connectMs)) / 1000.0, 0, 'f', 1));
            return;
        }
#if QT_CONFIG(ssl)
        // TCP is up but TLS is not: the classic https:// to a plain-HTTP port, where the server waits for a request
        // line and never answers the ClientHello. Not a connect timeout: the connection was made.
        if (auto *ssl = qobject_cast<QSslSocket *>(m_socket); ssl && ssl->state() == QAbstractSocket::ConnectedState) {
            finish(Outcome::TlsError, tr("Connected to %1, but the TLS handshake did not finish within %2 s. If this "
                                         "port speaks plain HTTP, use http:// instead of https://.")
                                          .arg(hostAndPort(m_spec.url))
                                          .arg(qMin(now, double(m_timeouts.connectMs)) / 1000.0, 0, 'f', 1));
            return;
        }
#endif
        finish(Outcome::TimeoutConnect, tr("Could not connect to %1 within %2 s.")
                                            .arg(hostAndPort(m_spec.url))
                                            .arg(qMin(now, double(m_timeouts.connectMs)) / 1000.0, 0, 'f', 1));
        return;
    case Phase::WaitingFirstByte:
        if (totalExpired || now - m_lastActivityMs >= m_timeouts.firstByteMs)
            finish(Outcome::HangNoFirstByte, HangExplanation::noFirstByte((now - m_lastActivityMs) / 1000.0));
        else
            armTimer();
        return;
    case Phase::Receiving:
        if (m_sawEnd) {
            completeResponse();
            return;
        }
        if (totalExpired) {
            finish(Outcome::Stalled, tr("The response was still running when the total timeout of %1 s expired.")
                                         .arg(m_timeouts.totalMs / 1000.0, 0, 'f', 1));
        } else if (now - m_lastActivityMs >= m_timeouts.idleMs) {
            const QString idle = QString::number(m_timeouts.idleMs / 1000.0, 'f', 1);
            if (!m_http.headersComplete())
                finish(Outcome::Stalled, tr("The response started but its headers never finished (no data for %1 s).").arg(idle));
            else if (m_result.bytes == 0)
                finish(Outcome::Stalled, tr("Response headers arrived (HTTP %1) but the body never started: no data for %2 s.")
                                             .arg(m_http.status()).arg(idle));
            else
                finish(Outcome::Stalled, tr("The stream stopped: no data for %1 s after %2 events and %3 bytes.")
                                             .arg(idle).arg(m_result.chunks).arg(m_result.bytes));
        } else {
            armTimer();
        }
        return;
    case Phase::Idle:
    case Phase::Done:
        return;
    }
}

void FireRequest::onReadyRead()
{
    QByteArray block;
    while (!m_finished && m_socket && m_socket->bytesAvailable() > 0) {
        block.resize(kReadBlock);
        const qint64 n = m_socket->read(block.data(), kReadBlock);
        if (n <= 0)
            break;
        block.resize(n);
        const double now = elapsedMs();
        if (m_phase != Phase::Receiving) {
            m_result.ttfbMs = now;
            m_phase = Phase::Receiving;
        }
        m_lastActivityMs = now;
        const bool hadHeaders = m_http.headersComplete();
        QByteArray body;
        const auto state = m_http.feed(block, body);
        if (!hadHeaders && m_http.headersComplete()) {
            m_result.status = m_http.status();
            m_result.reason = m_http.reason();
            m_result.headers = m_http.headers();
            m_result.streamed = m_http.status() / 100 == 2
                && m_http.header("content-type").toLower().contains("text/event-stream");
            Q_EMIT headersReceived();
        }
        if (state == HttpResponseParser::State::Error) {
            finish(Outcome::Malformed, tr("Invalid HTTP response: %1.").arg(QString::fromLatin1(m_http.errorText())));
            return;
        }
        if (!body.isEmpty())
            handleBody(body);
        m_result.peakBufferedBytes = qMax(m_result.peakBufferedBytes,
                                          qint64(block.size() + m_sse.bufferedBytes() + m_result.keptBody.size()
                                                 + m_result.streamText.size() * 2));
        if (!m_finished && state == HttpResponseParser::State::Complete) {
            completeResponse();
            return;
        }
    }
    if (!m_finished)
        armTimer();
}

void FireRequest::handleBody(const QByteArray &bytes)
{
    m_result.bytes += bytes.size();
    const qsizetype room = m_limits.keepBodyBytes - m_result.keptBody.size();
    if (room > 0)
        m_result.keptBody.append(bytes.left(room));
    if (bytes.size() > room)
        m_result.bodyClipped = true;
    if (isTextual(m_http.header("content-type")) && !m_utf8.feed(bytes)) {
        finish(Outcome::Malformed, tr("The response body is not valid UTF-8 (first bad byte at offset %1).")
                                       .arg(m_utf8.errorOffset()));
        return;
    }
    if (!m_result.streamed) {
        m_check.feed(bytes);
        return;
    }
    QList<SseEvent> events;
    m_sse.feed(bytes, events);
    for (const SseEvent &e : std::as_const(events)) {
        if (m_finished || m_sawEnd)
            return;
        handleEvent(e);
    }
    if (!m_finished && !m_sawEnd && m_sse.error() != SseParser::Error::None)
        finish(Outcome::Malformed, m_sse.error() == SseParser::Error::LineTooLong
                                       ? tr("An SSE line exceeded the size limit.")
                                       : tr("An SSE event exceeded the size limit."));
}

void FireRequest::handleEvent(const SseEvent &event)
{
    const double now = elapsedMs();
    const StreamDelta delta = StreamDelta::fromEvent(event);
    if (!event.done)
        ++m_result.chunks;
    if (m_result.events.size() < m_limits.keepEvents)
        m_result.events.append({now, delta.text,
                                event.done ? QStringLiteral("[DONE]") : QString::fromUtf8(event.type)});
    else
        ++m_result.eventsDropped;
    if (delta.outputTokens >= 0) {
        m_result.outputTokens = delta.outputTokens;
        m_sawUsage = true;
    }
    switch (delta.kind) {
    case StreamDelta::Kind::Content:
        ++m_contentEvents;
        if (m_result.ttftMs < 0)
            m_result.ttftMs = now;
        if (m_lastContentMs >= 0 && m_gaps.size() < m_limits.keepGaps)
            m_gaps.append(now - m_lastContentMs);
        m_lastContentMs = now;
        if (m_result.streamText.size() < m_limits.keepTextChars)
            m_result.streamText += delta.text.left(m_limits.keepTextChars - m_result.streamText.size());
        break;
    case StreamDelta::Kind::End:
        // The end marker ends the measurement; the connection is still read to its end (briefly), so
        // the next request of a batch starts only once this one has really left the server.
        m_sawEnd = true;
        m_endMs = now;
        m_lastActivityMs = now;
        armTimer();
        return;
    case StreamDelta::Kind::Error:
        finish(Outcome::HttpError, tr("The stream reported an error: %1").arg(delta.errorMessage));
        return;
    case StreamDelta::Kind::NotJson:
        finish(Outcome::Malformed, tr("A stream event is not JSON: %1")
                                       .arg(QString::fromUtf8(event.data.left(120))));
        return;
    case StreamDelta::Kind::Metadata:
        break;
    }
    Q_EMIT streamEvent(m_result.events.isEmpty() ? StreamEventRecord{} : m_result.events.last());
}

void FireRequest::onClosed()
{
    if (m_finished || !m_socket)
        return;
    if (m_socket->bytesAvailable() == 0 && retryOnFreshConnection())
        return;
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
    if (m_finished)
        return;
    if (m_phase == Phase::Connecting) {
        finish(Outcome::Reset, tr("The connection closed while connecting."));
        return;
    }
    if (m_http.finish() == HttpResponseParser::State::Complete || m_sawEnd) {
        completeResponse();
        return;
    }
    if (m_phase == Phase::WaitingFirstByte)
        finish(Outcome::Reset, tr("The server closed the connection without sending any response."));
    else
        finish(Outcome::Reset, tr("The connection closed before the response was complete (after %1 body bytes).")
                                   .arg(m_result.bytes));
}

void FireRequest::onSocketError()
{
    if (m_finished || !m_socket)
        return;
    const auto error = m_socket->error();
    if (m_socket->bytesAvailable() == 0 && retryOnFreshConnection())
        return;
    if (error == QAbstractSocket::RemoteHostClosedError) {
        onClosed();
        return;
    }
    const Outcome outcome = outcomeOfSocketError(error);
    QString text = m_socket->errorString();
    if (outcome == Outcome::Refused)
        text = tr("Connection refused by %1: nothing listens there. Is the gateway running?").arg(hostAndPort(m_spec.url));
    else if (outcome == Outcome::DnsError)
        text = tr("Host %1 not found: %2").arg(m_spec.url.host(), text);
    else if (error == QAbstractSocket::SocketResourceError)
        text = tr("This machine could not open another connection (%1): too many at once for its open-file limit "
                  "(ulimit -n). The server never saw this request.")
                   .arg(text);
    finish(outcome == Outcome::Ok ? Outcome::Reset : outcome, text);
}

void FireRequest::completeResponse()
{
    if (m_finished)
        return;
    const int status = m_http.status();
    if (status / 100 != 2) {
        QString message = StreamDelta::errorMessageOf(m_result.keptBody);
        // A plain-text error page says why in its first line (Envoy: "no healthy upstream"; the mock: what it serves).
        if (message.isEmpty() && m_http.header("content-type").toLower().startsWith("text/plain"))
            message = QString::fromUtf8(m_result.keptBody.left(kErrorLineBytes)).section(QLatin1Char('\n'), 0, 0).trimmed();
        finish(Outcome::HttpError, QStringLiteral("HTTP %1 %2%3")
                                       .arg(status)
                                       .arg(QString::fromLatin1(m_http.reason()),
                                            message.isEmpty() ? QString() : QLatin1String(": ") + message));
        return;
    }
    if (m_result.streamed) {
        if (!m_sawEnd) {
            finish(Outcome::Truncated, tr("The stream ended without [DONE] or message_stop after %1 events.")
                                           .arg(m_result.chunks));
            return;
        }
        finish(Outcome::Ok);
        return;
    }
    if (!m_utf8.finish() && isTextual(m_http.header("content-type"))) {
        finish(Outcome::Malformed, tr("The response body ends inside a UTF-8 sequence."));
        return;
    }
    const ResponseCheck::Verdict verdict = m_check.verdict(status, m_http.header("content-type"));
    if (verdict.delta.outputTokens >= 0) {
        m_result.outputTokens = verdict.delta.outputTokens;
        m_sawUsage = true;
    }
    if (verdict.outcome == Outcome::Ok && !verdict.delta.text.isEmpty()) {
        ++m_contentEvents;
        m_result.ttftMs = elapsedMs();
        m_result.streamText = verdict.delta.text.left(m_limits.keepTextChars);
    }
    finish(verdict.outcome, verdict.error);
}

// After a complete response to "Connection: close" the server closes next. Waiting for its FIN instead
// of closing first leaves TIME_WAIT on the server's side: a client that closes first piles up TIME_WAIT
// sockets, and connect() slows down as it searches for a free ephemeral port (seen: 2 ms per connect
// after a few thousand requests).
void FireRequest::closeGracefully(QTcpSocket *socket)
{
    // One sweeper for all lingering sockets: a timer per socket would put thousands of timers in the
    // event loop during a fast batch.
    struct Sweeper
    {
        QList<QPair<QPointer<QTcpSocket>, qint64>> sockets;
        QTimer timer;
    };
    static Sweeper *sweeper = [] {
        auto *s = new Sweeper;
        s->timer.setInterval(1000);
        QObject::connect(&s->timer, &QTimer::timeout, &s->timer, [s] {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            s->sockets.removeIf([now](const auto &entry) {
                if (!entry.first)
                    return true;
                if (now - entry.second < 2000)
                    return false;
                entry.first->abort();
                entry.first->deleteLater();
                return true;
            });
            if (s->sockets.isEmpty())
                s->timer.stop();
        });
        return s;
    }();
    socket->setParent(nullptr);
    if (socket->state() != QAbstractSocket::ConnectedState) {
        socket->deleteLater();
        return;
    }
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
    sweeper->sockets.append({socket, QDateTime::currentMSecsSinceEpoch()});
    if (!sweeper->timer.isActive())
        sweeper->timer.start();
}

void FireRequest::finish(Outcome outcome, const QString &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_phase = Phase::Done;
    m_timer.stop();
    m_result.totalMs = m_endMs >= 0 ? m_endMs : elapsedMs();
    m_result.outcome = outcome;
    m_result.error = error;
    m_result.itl = Percentiles::of(m_gaps);
    if (!m_sawUsage) {
        m_result.outputTokens = m_contentEvents;
        m_result.tokensEstimated = true;
    }
    m_gaps = {};
    const bool reusable = m_socket && m_limits.keepAlive && m_http.state() == HttpResponseParser::State::Complete
        && (outcome == Outcome::Ok || outcome == Outcome::HttpError)
        && m_http.header("connection").compare("close", Qt::CaseInsensitive) != 0
        && m_socket->state() == QAbstractSocket::ConnectedState && m_socket->bytesAvailable() == 0;
    if (reusable) {
        m_socket->disconnect(this);
        m_socket->setParent(nullptr);
        m_reusable = std::exchange(m_socket, nullptr);
    }
    if (m_socket) {
        m_socket->disconnect(this);
        if (m_http.state() == HttpResponseParser::State::Complete || outcome == Outcome::Ok)
            closeGracefully(m_socket);
        else
            m_socket->abort();
        m_socket = nullptr;
    }
    Q_EMIT finished();
}

} // namespace hwb
