#pragma once

#include "FireRequest.h"
#include "RunSummary.h"

#include <QElapsedTimer>
#include <QObject>

namespace hwb {

struct BatchOptions
{
    int count = 1;
    int concurrency = 1;
    double rate = 0; // requests started per second; 0 = as fast as the concurrency allows
    FireTimeouts timeouts;
    FireLimits limits;
    // When every request of the first round (the first C) hangs, fire no more: the rest would hang the same way,
    // one first-byte timeout per round. stoppedOnHang() then says so.
    bool stopWhenFirstRoundHangs = false;
};

// Fires N requests with at most C in flight, each on its own connection, so C really is C at once.
// With a rate, request i starts no earlier than i/R seconds after the batch began. With keep-alive, a
// finished request hands its connection to the next one, so there are still at most C connections.
class BatchRunner : public QObject
{
    Q_OBJECT
public:
    BatchRunner(RequestSpec spec, BatchOptions options, QObject *parent = nullptr);

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    int completed() const { return int(m_results.size()); }
    int inFlight() const { return int(m_inFlight.size()); }
    // Live snapshots of the requests in flight (FireRequest::liveResult), start offsets on the batch's clock.
    QList<FireResult> inFlightResults() const;
    bool stoppedOnHang() const { return m_stoppedOnHang; }
    int notFired() const { return m_options.count - m_started; }
    const BatchOptions &options() const { return m_options; }
    const QList<FireResult> &results() const { return m_results; } // in completion order
    RunSummary summary() const;
    double elapsedMs() const;

    // Smaller display limits per request in a batch: thousands of results stay in memory.
    static FireLimits batchLimits();

Q_SIGNALS:
    void requestFinished(const hwb::FireResult &result);
    void finished();

private:
    void pump();
    void onRequestFinished(FireRequest *request);
    int firstRound() const { return qMin(m_options.count, m_options.concurrency); }
    // A first-round request hung and the others are still out: wait for them before firing more.
    bool holdingForFirstRound() const;

    RequestSpec m_spec;
    BatchOptions m_options;
    QList<FireRequest *> m_inFlight;
    QList<QTcpSocket *> m_idle; // kept-alive connections between requests
    QList<FireResult> m_results;
    QElapsedTimer m_clock;
    QTimer m_rateTimer;
    double m_durationMs = 0;
    int m_started = 0;
    bool m_running = false;
    bool m_cancelled = false;
    int m_firstRoundDone = 0;
    int m_firstRoundHung = 0;
    bool m_stoppedOnHang = false;
};

} // namespace hwb
