#pragma once

#include <QObject>
#include <QTcpServer>

// A fault-injecting LLM upstream for the tests and benchmarks: real sockets on 127.0.0.1, one behaviour
// per path. It stamps CLOCK_MONOTONIC nanoseconds into what it sends (header X-Stamp-First-Byte-Ns on
// the status line it writes first, "server_ns" in each content event), so a client in the same machine can
// check its own TTFB and TTFT. It counts concurrent connections and their peak.
//
// Paths (query parameters in brackets):
//   /stream[?tokens=N&delay_ms=D&first_ms=F&headers_ms=H]  OpenAI chat stream with usage and [DONE]
//   /anthropic                                             Anthropic messages stream
//   /json[?delay_ms=D]                                     non-streamed chat completion
//   /hang-before-headers   /hang-after-headers   /stall   /reset   /truncated   /close-empty
//   /status/429   /status/500                              OpenAI error JSON
//   /envoy-no-upstream                                     Envoy's 503 "no healthy upstream"
//   /malformed   /bad-utf8   /huge[?mb=N]   /drip[?tokens=N&delay_ms=D]
//   /fast                                                  tiny JSON answer, honours keep-alive (benchmarks)
class FaultServer : public QObject
{
    Q_OBJECT
public:
    explicit FaultServer(QObject *parent = nullptr);
    bool listen(quint16 port = 0);
    quint16 port() const { return m_server.serverPort(); }
    QString url(const QString &path) const;

    int activeConnections() const { return m_active; }
    int peakConnections() const { return m_peak; }
    int requestsServed() const { return m_requests; }
    int connectionsAccepted() const { return m_accepted; }
    void resetPeak() { m_peak = m_active; }

    static qint64 monotonicNs();

private:
    friend class FaultConnection;
    QTcpServer m_server;
    int m_active = 0;
    int m_peak = 0;
    int m_requests = 0;
    int m_accepted = 0;
};
