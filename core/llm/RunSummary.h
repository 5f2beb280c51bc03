#pragma once

#include "FireResult.h"

#include <QJsonObject>
#include <QMap>

namespace hwb {

// The distribution of a batch the way load tools report it. TTFB counts every request that got a first byte; total
// every request that ended by itself (all but cancelled ones), so a hang's or a stall's wait shows in max and p99,
// where the tail is looked for; TTFT only successful ones, the only ones with content.
struct RunSummary
{
    int n = 0;
    int ok = 0;
    QMap<QString, int> outcomes; // every outcome id, zero included, so scripts can rely on the keys
    QMap<QString, int> status;   // "200": count; requests without a status are left out
    Percentiles ttfb;
    Percentiles ttft;
    Percentiles total;
    double durationMs = 0;
    double rps = 0;
    qint64 outputTokens = 0;
    double tokensPerSecond = 0;
    // A batch that stopped before firing all it was asked to (BatchOptions::stopWhenFirstRoundHangs): n counts
    // the fired ones, notFired the rest, so a stored or exported run still says it was cut short.
    bool stoppedOnHang = false;
    // Cancelled (Ctrl-C, the Cancel button) before all were fired: notFired the ones never sent. A stored run that
    // said n: 2 and nothing else read as a batch of two.
    bool cancelled = false;
    int notFired = 0;

    static RunSummary of(const QList<FireResult> &results, double durationMs);
    QJsonObject toJson() const; // the object under "summary" in BRIEF §5
    static RunSummary fromJson(const QJsonObject &o);
};

} // namespace hwb
