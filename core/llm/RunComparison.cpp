#include "RunComparison.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

#include <cmath>

namespace hwb {

namespace {

struct MetricSpec
{
    const char *id;
    const char *name;
    bool lowerIsBetter;
    double (*value)(const RunSummary &);
};

// Latency percentiles of a run where nothing got that far are -1: absent, not zero.
std::optional<double> present(double v)
{
    return v < 0 ? std::nullopt : std::optional<double>(v);
}

const MetricSpec kMetrics[] = {
    {"requests", QT_TRANSLATE_NOOP("hwb::RunComparison", "Requests"), false, [](const RunSummary &s) { return double(s.n); }},
    // A run stopped on a hang fired fewer than it was asked to: its other figures cover only those.
    {"not_fired", QT_TRANSLATE_NOOP("hwb::RunComparison", "Not fired (stopped early)"), true,
     [](const RunSummary &s) { return double(s.notFired); }},
    {"ok", QT_TRANSLATE_NOOP("hwb::RunComparison", "OK"), false, [](const RunSummary &s) { return double(s.ok); }},
    {"hang_no_first_byte", QT_TRANSLATE_NOOP("hwb::RunComparison", "Hung (no first byte)"), true,
     [](const RunSummary &s) { return double(s.outcomes.value(QStringLiteral("hang_no_first_byte"))); }},
    {"ttfb_p50_ms", QT_TRANSLATE_NOOP("hwb::RunComparison", "TTFB p50 ms"), true, [](const RunSummary &s) { return s.ttfb.p50; }},
    {"ttfb_p90_ms", QT_TRANSLATE_NOOP("hwb::RunComparison", "TTFB p90 ms"), true, [](const RunSummary &s) { return s.ttfb.p90; }},
    {"ttft_p50_ms", QT_TRANSLATE_NOOP("hwb::RunComparison", "TTFT p50 ms"), true, [](const RunSummary &s) { return s.ttft.p50; }},
    {"ttft_p90_ms", QT_TRANSLATE_NOOP("hwb::RunComparison", "TTFT p90 ms"), true, [](const RunSummary &s) { return s.ttft.p90; }},
    {"total_p50_ms", QT_TRANSLATE_NOOP("hwb::RunComparison", "Total p50 ms"), true, [](const RunSummary &s) { return s.total.p50; }},
    {"total_p99_ms", QT_TRANSLATE_NOOP("hwb::RunComparison", "Total p99 ms"), true, [](const RunSummary &s) { return s.total.p99; }},
    {"requests_per_s", QT_TRANSLATE_NOOP("hwb::RunComparison", "Requests/s"), false, [](const RunSummary &s) { return s.rps; }},
    {"tokens_per_s", QT_TRANSLATE_NOOP("hwb::RunComparison", "Tokens/s"), false, [](const RunSummary &s) { return s.tokensPerSecond; }},
};

QJsonValue number(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

} // namespace

QString RunComparison::Metric::displayName() const
{
    return QCoreApplication::translate("hwb::RunComparison", name);
}

QString RunComparison::Metric::changeText() const
{
    if (!changePercent)
        return QStringLiteral("—");
    return QStringLiteral("%1%2%").arg(*changePercent >= 0 ? QStringLiteral("+") : QString()).arg(*changePercent, 0, 'f', 1);
}

QString RunComparison::valueText(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'f', *v == std::floor(*v) ? 0 : 1) : QStringLiteral("—");
}

RunComparison RunComparison::of(const RunSummary *a, const RunSummary *b)
{
    RunComparison c;
    for (const MetricSpec &spec : kMetrics) {
        Metric m;
        m.id = spec.id;
        m.name = spec.name;
        m.lowerIsBetter = spec.lowerIsBetter;
        if (a)
            m.a = present(spec.value(*a));
        if (b)
            m.b = present(spec.value(*b));
        if (m.a && m.b && *m.a > 0) {
            m.changePercent = (*m.b - *m.a) / *m.a * 100.0;
            m.direction = std::abs(*m.changePercent) < kSamePercent ? Direction::Same
                        : (*m.changePercent < 0) == m.lowerIsBetter ? Direction::Better
                                                                    : Direction::Worse;
        } else if (m.a && m.b && *m.a == *m.b) {
            m.direction = Direction::Same; // both zero
        }
        c.metrics.append(m);
    }
    return c;
}

QString RunComparison::directionId(Direction d)
{
    switch (d) {
    case Direction::Better: return QStringLiteral("better");
    case Direction::Worse: return QStringLiteral("worse");
    case Direction::Same: return QStringLiteral("same");
    case Direction::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QJsonObject RunComparison::toJson() const
{
    QJsonArray out;
    for (const Metric &m : metrics)
        out.append(QJsonObject{{QStringLiteral("id"), QString::fromLatin1(m.id)},
                               {QStringLiteral("a"), number(m.a)},
                               {QStringLiteral("b"), number(m.b)},
                               {QStringLiteral("change_percent"), number(m.changePercent)},
                               {QStringLiteral("lower_is_better"), m.lowerIsBetter},
                               {QStringLiteral("direction"), directionId(m.direction)}});
    return {{QStringLiteral("metrics"), out}};
}

QJsonObject RunComparison::runJson(const RunHistory::Entry &run)
{
    return {{QStringLiteral("id"), run.id},
            {QStringLiteral("label"), run.info.label},
            {QStringLiteral("template"), run.info.templateName},
            {QStringLiteral("url"), run.info.url},
            {QStringLiteral("started_at"),
             QDateTime::fromMSecsSinceEpoch(run.info.startedAtMsEpoch).toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("n"), run.summary.n}};
}

} // namespace hwb
