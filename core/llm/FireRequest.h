#pragma once

#include "FireResult.h"
#include "HttpResponseParser.h"
#include "RequestSpec.h"
#include "ResponseCheck.h"
#include "SseParser.h"
#include "Utf8Validator.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QUrl>

class QTcpSocket;

namespace hwb {

// One HTTP/1.1 request over its own connection (QTcpSocket, or QSslSocket for https), timed with a
// monotonic clock from the moment it starts. Owning the socket gives exact first-byte times and lets a
// batch hold C connections at once, which QNetworkAccessManager's six-per-host pool would not.
class FireRequest : public QObject
{
    Q_OBJECT
public:
    FireRequest(RequestSpec spec, FireTimeouts timeouts, FireLimits limits, QObject *parent = nullptr);
    ~FireRequest() override;

    // Sends over an open connection a previous request left (keep-alive) instead of connecting.
    void adoptConnection(QTcpSocket *socket);
    void start();
    void cancel();
    // After finished(): the connection, if it may carry another request; the caller owns it.
    QTcpSocket *takeReusableConnection();
    bool isFinished() const { return m_finished; }
    // Still connecting or waiting for the response's first byte.
    bool awaitsFirstByte() const;
    // What is known so far, for live views: inFlight set, totalMs the time it has run. result() once finished.
    FireResult liveResult() const;
    const FireResult &result() const { return m_result; }
    FireResult &result() { return m_result; }
    // CLOCK_MONOTONIC nanoseconds at start(), so tests can compare with times a server stamps.
    qint64 startedAtMonotonicNs() const { return m_startNs; }

Q_SIGNALS:
    void headersReceived();
    void streamEvent(const hwb::StreamEventRecord &event);
    void finished();

private:
    double elapsedMs() const;
    QTcpSocket *createSocket();
    void watchSocket();
    void connectSocket();
    bool retryOnFreshConnection();
    void onConnected();
    void onReadyRead();
    void onClosed();
    void onSocketError();
    void onTimer();
    void armTimer();
    void handleBody(const QByteArray &bytes);
    void handleEvent(const SseEvent &event);
    void completeResponse();
    void finish(Outcome outcome, const QString &error = {});
    static void closeGracefully(QTcpSocket *socket);

    RequestSpec m_spec;
    FireTimeouts m_timeouts;
    FireLimits m_limits;
    FireResult m_result;
    QTcpSocket *m_socket = nullptr;
    QTcpSocket *m_reusable = nullptr;
    bool m_adopted = false;
    QByteArray m_wire;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_startNs = 0;
    enum class Phase { Idle, Connecting, WaitingFirstByte, Receiving, Done } m_phase = Phase::Idle;
    double m_lastActivityMs = 0;
    double m_lastContentMs = -1;
    double m_endMs = -1; // when [DONE] / message_stop arrived
    QList<double> m_gaps;
    HttpResponseParser m_http;
    SseParser m_sse;
    Utf8Validator m_utf8;
    ResponseCheck m_check;
    bool m_sawEnd = false;
    bool m_sawUsage = false;
    qint64 m_contentEvents = 0;
    QString m_streamError;
    bool m_finished = false;
};

} // namespace hwb
