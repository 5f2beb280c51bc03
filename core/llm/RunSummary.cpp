#include "RunSummary.h"

#include <QHash>

#include <cmath>

namespace hwb {

RunSummary RunSummary::of(const QList<FireResult> &results, double durationMs)
{
    RunSummary s;
    s.n = int(results.size());
    s.durationMs = durationMs;
    // Counted by number and named once at the end: naming each request's outcome and status as it was counted was
    // most of what a summary of 10,000 requests cost, and a running batch is summed up ten times a second.
    QHash<Outcome, int> outcomes;
    QMap<int, int> status;
    QList<double> ttfb, ttft, total;
    ttfb.reserve(results.size());
    for (const FireResult &r : results) {
        ++outcomes[r.outcome];
        if (r.status > 0)
            ++status[r.status];
        if (r.ttfbMs >= 0)
            ttfb.append(r.ttfbMs);
        if (r.outcome != Outcome::Cancelled)
            total.append(r.totalMs);
        if (!r.isOk())
            continue;
        ++s.ok;
        s.outputTokens += r.outputTokens;
        if (r.ttftMs >= 0)
            ttft.append(r.ttftMs);
    }
    for (Outcome o : OutcomeClassifier::all())
        s.outcomes.insert(OutcomeClassifier::id(o), outcomes.value(o));
    for (auto it = status.cbegin(); it != status.cend(); ++it)
        s.status.insert(QString::number(it.key()), it.value());
    s.ttfb = Percentiles::of(ttfb);
    s.ttft = Percentiles::of(ttft);
    s.total = Percentiles::of(total);
    if (durationMs > 0) {
        s.rps = s.n / (durationMs / 1000.0);
        s.tokensPerSecond = double(s.outputTokens) / (durationMs / 1000.0);
    }
    return s;
}

QJsonObject RunSummary::toJson() const
{
    QJsonObject outcomeObject, statusObject;
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it)
        outcomeObject.insert(it.key(), it.value());
    for (auto it = status.cbegin(); it != status.cend(); ++it)
        statusObject.insert(it.key(), it.value());
    const auto round2 = [](double v) { return std::round(v * 100.0) / 100.0; };
    return {
        {QLatin1String("n"), n},
        {QLatin1String("ok"), ok},
        {QLatin1String("outcomes"), outcomeObject},
        {QLatin1String("status"), statusObject},
        {QLatin1String("ttfb_ms"), ttfb.toJson()},
        {QLatin1String("ttft_ms"), ttft.toJson()},
        {QLatin1String("total_ms"), total.toJson()},
        {QLatin1String("rps"), round2(rps)},
        {QLatin1String("duration_ms"), msJson(durationMs)},
        {QLatin1String("output_tokens"), outputTokens},
        {QLatin1String("tokens_per_s"), round2(tokensPerSecond)},
        // Always there, so scripts can rely on the keys; the reason is a code, like outcomes.
        {QLatin1String("stopped_early"), stoppedOnHang                ? QJsonValue(QLatin1String("first_round_hung"))
                                         : cancelled && notFired > 0 ? QJsonValue(QLatin1String("cancelled"))
                                                                     : QJsonValue()},
        {QLatin1String("not_fired"), notFired},
    };
}

RunSummary RunSummary::fromJson(const QJsonObject &o)
{
    RunSummary s;
    s.n = o.value(QLatin1String("n")).toInt();
    s.ok = o.value(QLatin1String("ok")).toInt();
    const QJsonObject outcomeObject = o.value(QLatin1String("outcomes")).toObject();
    for (auto it = outcomeObject.begin(); it != outcomeObject.end(); ++it)
        s.outcomes.insert(it.key(), it.value().toInt());
    const QJsonObject statusObject = o.value(QLatin1String("status")).toObject();
    for (auto it = statusObject.begin(); it != statusObject.end(); ++it)
        s.status.insert(it.key(), it.value().toInt());
    s.ttfb = Percentiles::fromJson(o.value(QLatin1String("ttfb_ms")).toObject());
    s.ttft = Percentiles::fromJson(o.value(QLatin1String("ttft_ms")).toObject());
    s.total = Percentiles::fromJson(o.value(QLatin1String("total_ms")).toObject());
    s.rps = o.value(QLatin1String("rps")).toDouble();
    s.durationMs = o.value(QLatin1String("duration_ms")).toDouble();
    s.outputTokens = o.value(QLatin1String("output_tokens")).toInteger();
    s.tokensPerSecond = o.value(QLatin1String("tokens_per_s")).toDouble();
    s.stoppedOnHang = o.value(QLatin1String("stopped_early")).toString() == QLatin1String("first_round_hung");
    s.cancelled = o.value(QLatin1String("stopped_early")).toString() == QLatin1String("cancelled");
    s.notFired = o.value(QLatin1String("not_fired")).toInt();
    return s;
}

} // namespace hwb
