#include "RunExport.h"

#include "Redactor.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace hwb {

QJsonObject RunInfo::toJson() const
{
    QJsonObject headers;
    for (const auto &h : Redactor::global().redactHeaders(requestHeaders))
        headers.insert(QString::fromLatin1(h.first), QString::fromUtf8(h.second));
    return {{QLatin1String("url"), Redactor::global().redact(url)},
            {QLatin1String("template"), templateName},
            {QLatin1String("label"), label},
            {QLatin1String("n"), count},
            {QLatin1String("c"), concurrency},
            {QLatin1String("rate"), rate},
            {QLatin1String("started_at"), startedAtMsEpoch},
            {QLatin1String("headers"), headers}};
}

RunInfo RunInfo::fromJson(const QJsonObject &o)
{
    RunInfo info;
    info.url = o.value(QLatin1String("url")).toString();
    info.templateName = o.value(QLatin1String("template")).toString();
    info.label = o.value(QLatin1String("label")).toString();
    info.count = o.value(QLatin1String("n")).toInt();
    info.concurrency = o.value(QLatin1String("c")).toInt(1);
    info.rate = o.value(QLatin1String("rate")).toDouble();
    info.startedAtMsEpoch = o.value(QLatin1String("started_at")).toInteger();
    const QJsonObject headers = o.value(QLatin1String("headers")).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        info.requestHeaders.append({it.key().toLatin1(), it.value().toString().toUtf8()});
    return info;
}

FireResult RunExport::redacted(FireResult result)
{
    const Redactor &r = Redactor::global();
    result.error = r.redact(result.error);
    result.headers = r.redactHeaders(result.headers);
    result.keptBody = r.redactAnswer(result.keptBody);
    result.streamText = r.redactAnswer(result.streamText);
    for (StreamEventRecord &event : result.events) // the timeline's deltas are the stream text again, in pieces
        event.delta = r.redactAnswer(event.delta);
    return result;
}

QByteArray RunExport::toJson(const RunInfo &info, const QList<FireResult> &results, const RunSummary &summary)
{
    QJsonArray requests;
    for (const FireResult &result : results)
        requests.append(redacted(result).toJson());
    const QJsonObject root{{QLatin1String("run"), info.toJson()},
                           {QLatin1String("requests"), requests},
                           {QLatin1String("summary"), summary.toJson()}};
    return QJsonDocument(root).toJson();
}

QByteArray RunExport::toCsv(const QList<FireResult> &results)
{
    const auto num = [](double v) { return v < 0 ? QByteArray() : QByteArray::number(v, 'f', 3); };
    const auto quote = [](QString text) {
        text.replace(QLatin1Char('"'), QLatin1String("\"\""));
        return QByteArray("\"" + text.toUtf8() + "\"");
    };
    QByteArray csv = "i,start_ms,outcome,status,ttfb_ms,ttft_ms,total_ms,itl_p50_ms,itl_p90_ms,itl_max_ms,chunks,"
                     "output_tokens,output_tokens_estimated,bytes,error\n";
    for (const FireResult &raw : results) {
        const FireResult r = redacted(raw);
        csv += QByteArray::number(r.index) + ',' + num(r.startOffsetMs) + ','
            + OutcomeClassifier::id(r.outcome).toLatin1() + ',' + (r.status > 0 ? QByteArray::number(r.status) : "")
            + ',' + num(r.ttfbMs) + ',' + num(r.ttftMs) + ',' + num(r.totalMs) + ',' + num(r.itl.p50) + ','
            + num(r.itl.p90) + ',' + num(r.itl.max) + ',' + QByteArray::number(r.chunks) + ','
            + QByteArray::number(r.outputTokens) + ',' + (r.tokensEstimated ? "true" : "false") + ','
            + QByteArray::number(r.bytes) + ',' + quote(r.error) + '\n';
    }
    return csv;
}

bool RunExport::writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        *error = f.errorString();
        return false;
    }
    return true;
}

bool RunExport::canWrite(const QString &path, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = f.errorString();
        return false;
    }
    f.cancelWriting();
    return true;
}

} // namespace hwb
