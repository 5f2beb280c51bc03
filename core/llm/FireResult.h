#pragma once

#include "FireOutcome.h"
#include "LatencyStats.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace hwb {

// One stream event as the timeline shows it: when it arrived and what text it added.
struct StreamEventRecord
{
    double atMs = 0;
    QString delta;
    QString type; // SSE event type, "[DONE]", or empty
};

// Everything measured about one request. Memory is bounded: the body, the stream text and the event
// timeline are clipped for display while the counters keep counting.
struct FireResult
{
    int index = 0;
    Outcome outcome = Outcome::Cancelled;
    int status = 0;
    QByteArray reason;
    QList<QPair<QByteArray, QByteArray>> headers;
    qint64 startedAtMsEpoch = 0;
    double startOffsetMs = 0; // since the start of its batch
    double ttfbMs = -1;
    double ttftMs = -1;
    double totalMs = 0;
    Percentiles itl;
    int chunks = 0;           // SSE events carrying data, [DONE] excluded
    qint64 outputTokens = 0;
    bool tokensEstimated = false;
    qint64 bytes = 0;         // response body bytes (after chunked decoding)
    QString error;

    bool streamed = false;
    QByteArray keptBody;      // the first bytes of the body, for display
    bool bodyClipped = false;
    QString streamText;       // assembled content, clipped
    QList<StreamEventRecord> events;
    qint64 eventsDropped = 0;
    qint64 peakBufferedBytes = 0;
    bool inFlight = false;    // a snapshot of a request that still runs: totalMs is how long it has run so far
    double silentMs = 0;      // in such a snapshot, once the response started: how long since its last byte

    bool isOk() const { return outcome == Outcome::Ok; }
    // Envoy's own answer when it cannot reach the upstream cluster (503 "no healthy upstream", "upstream connect
    // error or disconnect/reset before headers"): the gateway runs, but what is behind it does not answer it.
    bool upstreamUnreachable() const;
    // Nothing when there is no span to measure: fewer than two tokens, or all in one burst.
    std::optional<double> tokensPerSecond() const;
    // What went wrong, in the reader's language. `error` keeps the words of the language the request ran in
    // (it is the CLI's JSON and a stored run's record), so a hang's explanation is rebuilt from its numbers.
    QString errorText() const;
    // The BRIEF §5 request object; withDetail adds headers, body, text and timeline (for history).
    QJsonObject toJson(bool withDetail = false) const;
    static FireResult fromJson(const QJsonObject &o);
};

} // namespace hwb
