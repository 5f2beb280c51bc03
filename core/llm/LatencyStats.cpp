#include "LatencyStats.h"

#include <QJsonValue>
#include <algorithm>
#include <cmath>

namespace hwb {

double Percentiles::percentile(const QList<double> &sorted, double fraction)
{
    if (sorted.isEmpty())
        return -1;
    const auto rank = static_cast<qsizetype>(std::ceil(fraction * double(sorted.size())));
    return sorted[std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1)];
}

Percentiles Percentiles::of(QList<double> values)
{
    Percentiles p;
    p.count = int(values.size());
    if (values.isEmpty())
        return p;
    std::sort(values.begin(), values.end());
    p.p50 = percentile(values, 0.50);
    p.p90 = percentile(values, 0.90);
    p.p99 = percentile(values, 0.99);
    p.max = values.last();
    return p;
}

QJsonValue msJson(double ms)
{
    if (ms < 0)
        return QJsonValue(QJsonValue::Null);
    return std::round(ms * 1000.0) / 1000.0;
}

QJsonObject Percentiles::toJson(bool withP99) const
{
    QJsonObject o{{QLatin1String("p50"), msJson(p50)}, {QLatin1String("p90"), msJson(p90)},
                  {QLatin1String("max"), msJson(max)}};
    if (withP99)
        o.insert(QLatin1String("p99"), msJson(p99));
    return o;
}

Percentiles Percentiles::fromJson(const QJsonObject &o)
{
    Percentiles p;
    p.p50 = o.value(QLatin1String("p50")).toDouble(-1);
    p.p90 = o.value(QLatin1String("p90")).toDouble(-1);
    p.p99 = o.value(QLatin1String("p99")).toDouble(-1);
    p.max = o.value(QLatin1String("max")).toDouble(-1);
    return p;
}

} // namespace hwb
