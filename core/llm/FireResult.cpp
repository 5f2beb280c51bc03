#include "FireResult.h"

#include "HangExplanation.h"

#include <QJsonArray>

namespace hwb {

bool FireResult::upstreamUnreachable() const
{
    return (status == 503 || status == 502)
        && (keptBody.startsWith("no healthy upstream") || keptBody.startsWith("upstream connect error"));
}

std::optional<double> FireResult::tokensPerSecond() const
{
    // Generation speed: the tokens after the first over the time from the first token to the end. The first is
    // TTFT's; counting it over that span made a one-token answer (span ~0) read as 250,000 tokens/s.
    const double span = (ttftMs >= 0 ? totalMs - ttftMs : totalMs) / 1000.0;
    if (outputTokens < 2 || span < 0.001)
        return std::nullopt;
    return double(outputTokens - 1) / span;
}

QString FireResult::errorText() const
{
    // A hang ends when the first-byte timeout fires, so the request's total is how long it waited. Its cause is
    // said once for the run (HangExplanation), not on every row.
    return outcome == Outcome::HangNoFirstByte ? HangExplanation::noFirstByte(totalMs / 1000.0) : error;
}

QJsonObject FireResult::toJson(bool withDetail) const
{
    QJsonObject o{
        {QLatin1String("i"), index},
        {QLatin1String("outcome"), OutcomeClassifier::id(outcome)},
        {QLatin1String("status"), status > 0 ? QJsonValue(status) : QJsonValue(QJsonValue::Null)},
        {QLatin1String("ttfb_ms"), msJson(ttfbMs)},
        {QLatin1String("ttft_ms"), msJson(ttftMs)},
        {QLatin1String("total_ms"), msJson(totalMs)},
        {QLatin1String("itl_ms"), itl.toJson(false)},
        {QLatin1String("chunks"), chunks},
        {QLatin1String("output_tokens"), outputTokens},
        {QLatin1String("output_tokens_estimated"), tokensEstimated},
        {QLatin1String("bytes"), bytes},
        {QLatin1String("error"), error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(error)},
        {QLatin1String("start_ms"), msJson(startOffsetMs)},
    };
    if (!withDetail)
        return o;
    QJsonArray headerArray;
    for (const auto &h : headers)
        headerArray.append(QJsonArray{QString::fromLatin1(h.first), QString::fromLatin1(h.second)});
    QJsonArray eventArray;
    for (const StreamEventRecord &e : events)
        eventArray.append(QJsonArray{msJson(e.atMs), e.delta, e.type});
    o.insert(QLatin1String("reason"), QString::fromLatin1(reason));
    o.insert(QLatin1String("headers"), headerArray);
    o.insert(QLatin1String("started_at"), startedAtMsEpoch);
    o.insert(QLatin1String("streamed"), streamed);
    o.insert(QLatin1String("body"), QString::fromUtf8(keptBody));
    o.insert(QLatin1String("body_clipped"), bodyClipped);
    o.insert(QLatin1String("text"), streamText);
    o.insert(QLatin1String("events"), eventArray);
    o.insert(QLatin1String("events_dropped"), eventsDropped);
    return o;
}

FireResult FireResult::fromJson(const QJsonObject &o)
{
    FireResult r;
    r.index = o.value(QLatin1String("i")).toInt();
    r.outcome = OutcomeClassifier::fromId(o.value(QLatin1String("outcome")).toString());
    r.status = o.value(QLatin1String("status")).toInt();
    r.ttfbMs = o.value(QLatin1String("ttfb_ms")).toDouble(-1);
    r.ttftMs = o.value(QLatin1String("ttft_ms")).toDouble(-1);
    r.totalMs = o.value(QLatin1String("total_ms")).toDouble();
    r.itl = Percentiles::fromJson(o.value(QLatin1String("itl_ms")).toObject());
    r.chunks = o.value(QLatin1String("chunks")).toInt();
    r.outputTokens = o.value(QLatin1String("output_tokens")).toInteger();
    r.tokensEstimated = o.value(QLatin1String("output_tokens_estimated")).toBool();
    r.bytes = o.value(QLatin1String("bytes")).toInteger();
    r.error = o.value(QLatin1String("error")).toString();
    r.startOffsetMs = o.value(QLatin1String("start_ms")).toDouble();
    r.reason = o.value(QLatin1String("reason")).toString().toLatin1();
    for (const QJsonValue &h : o.value(QLatin1String("headers")).toArray()) {
        const QJsonArray pair = h.toArray();
        r.headers.append({pair.at(0).toString().toLatin1(), pair.at(1).toString().toLatin1()});
    }
    r.startedAtMsEpoch = o.value(QLatin1String("started_at")).toInteger();
    r.streamed = o.value(QLatin1String("streamed")).toBool();
    r.keptBody = o.value(QLatin1String("body")).toString().toUtf8();
    r.bodyClipped = o.value(QLatin1String("body_clipped")).toBool();
    r.streamText = o.value(QLatin1String("text")).toString();
    for (const QJsonValue &e : o.value(QLatin1String("events")).toArray()) {
        const QJsonArray a = e.toArray();
        r.events.append({a.at(0).toDouble(), a.at(1).toString(), a.at(2).toString()});
    }
    r.eventsDropped = o.value(QLatin1String("events_dropped")).toInteger();
    return r;
}

} // namespace hwb
