#pragma once

#include <QJsonObject>
#include <QList>

namespace hwb {

// Nearest-rank percentiles of a set of durations in milliseconds. Empty sets report -1, which the JSON
// form writes as null.
struct Percentiles
{
    int count = 0;
    double p50 = -1;
    double p90 = -1;
    double p99 = -1;
    double max = -1;

    static Percentiles of(QList<double> values);
    static double percentile(const QList<double> &sorted, double fraction);
    QJsonObject toJson(bool withP99 = true) const; // {p50,p90,p99,max}
    static Percentiles fromJson(const QJsonObject &o);
};

// Milliseconds for JSON: microsecond precision, null when unknown (negative).
QJsonValue msJson(double ms);

} // namespace hwb
