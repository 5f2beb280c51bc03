#include "BatchRunner.h"

#include <QTcpSocket>

namespace hwb {

BatchRunner::BatchRunner(RequestSpec spec, BatchOptions options, QObject *parent)
    : QObject(parent)
    , m_spec(std::move(spec))
    , m_options(options)
{
    m_options.count = qMax(0, m_options.count);
    m_options.concurrency = qMax(1, m_options.concurrency);
    m_rateTimer.setSingleShot(true);
    m_rateTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_rateTimer, &QTimer::timeout, this, &BatchRunner::pump);
}

FireLimits BatchRunner::batchLimits()
{
    FireLimits limits;
    limits.keepBodyBytes = 4 * 1024;
    limits.keepTextChars = 4 * 1024;
    limits.keepEvents = 256;
    limits.keepGaps = 4096;
    return limits;
}

void BatchRunner::start()
{
    m_running = true;
    m_clock.start();
    m_results.reserve(m_options.count);
    pump();
    if (m_options.count == 0) {
        m_running = false;
        Q_EMIT finished();
    }
}

double BatchRunner::elapsedMs() const
{
    return m_running ? double(m_clock.nsecsElapsed()) / 1e6 : m_durationMs;
}

QList<FireResult> BatchRunner::inFlightResults() const
{
    QList<FireResult> live;
    live.reserve(m_inFlight.size());
    for (const FireRequest *request : m_inFlight)
        live.append(request->liveResult());
    return live;
}

bool BatchRunner::holdingForFirstRound() const
{
    return m_options.stopWhenFirstRoundHangs && m_firstRoundHung > 0 && m_firstRoundDone < firstRound();
}

void BatchRunner::pump()
{
    while (!m_cancelled && !m_stoppedOnHang && !holdingForFirstRound() && m_started < m_options.count
           && m_inFlight.size() < m_options.concurrency) {
        if (m_options.rate > 0) {
            const double due = m_started * 1000.0 / m_options.rate;
            const double now = double(m_clock.nsecsElapsed()) / 1e6;
            if (due > now) {
                m_rateTimer.start(int(due - now + 0.999));
                return;
            }
        }
        auto *request = new FireRequest(m_spec, m_options.timeouts, m_options.limits, this);
        while (!m_idle.isEmpty()) {
            QTcpSocket *socket = m_idle.takeLast();
            if (socket->state() == QAbstractSocket::ConnectedState) {
                request->adoptConnection(socket);
                break;
            }
            socket->deleteLater();
        }
        request->result().index = m_started++;
        request->result().startOffsetMs = double(m_clock.nsecsElapsed()) / 1e6;
        m_inFlight.append(request);
        connect(request, &FireRequest::finished, this, [this, request] { onRequestFinished(request); });
        request->start();
    }
}

void BatchRunner::onRequestFinished(FireRequest *request)
{
    m_inFlight.removeOne(request);
    FireResult result = request->result();
    if (QTcpSocket *socket = request->takeReusableConnection()) {
        socket->setParent(this);
        m_idle.append(socket);
    }
    request->deleteLater();
    if (result.index < firstRound()) {
        ++m_firstRoundDone;
        if (result.outcome == Outcome::HangNoFirstByte)
            ++m_firstRoundHung;
        m_stoppedOnHang = m_options.stopWhenFirstRoundHangs && m_firstRoundHung == firstRound()
            && m_options.count > firstRound();
    }
    m_results.append(std::move(result));
    Q_EMIT requestFinished(m_results.last());
    if (m_inFlight.isEmpty() && (m_cancelled || m_stoppedOnHang || m_started == m_options.count)) {
        for (QTcpSocket *socket : std::as_const(m_idle)) {
            socket->disconnectFromHost();
            socket->deleteLater();
        }
        m_idle.clear();
        m_durationMs = double(m_clock.nsecsElapsed()) / 1e6;
        m_running = false;
        Q_EMIT finished();
        return;
    }
    pump();
}

void BatchRunner::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_rateTimer.stop();
    const QList<FireRequest *> running = m_inFlight;
    for (FireRequest *r : running)
        r->cancel(); // each reports "cancelled" through onRequestFinished
    if (m_running && m_inFlight.isEmpty()) { // nothing was in flight, e.g. waiting for the rate
        m_durationMs = double(m_clock.nsecsElapsed()) / 1e6;
        m_running = false;
        Q_EMIT finished();
    }
}

RunSummary BatchRunner::summary() const
{
    RunSummary s = RunSummary::of(m_results, elapsedMs());
    s.stoppedOnHang = m_stoppedOnHang;
    s.cancelled = m_cancelled && !m_stoppedOnHang;
    s.notFired = m_stoppedOnHang || m_cancelled ? notFired() : 0;
    return s;
}

} // namespace hwb
