#pragma once

#include "RunHistory.h"
#include "RunSummary.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace hwb {

// Two runs side by side, e.g. the same prompts through a build with the tag and one without: each metric in
// run A and run B and how B moved against A. One definition for the Requests page and `hwb runs compare`.
struct RunComparison
{
    enum class Direction { Better, Worse, Same, Unknown };

    struct Metric
    {
        const char *id = "";   // JSON key, e.g. "ttfb_p50_ms"
        const char *name = ""; // for people; translated by displayName()
        bool lowerIsBetter = false;
        std::optional<double> a; // empty: no run A, or the run has no such value (no request got a first byte)
        std::optional<double> b;
        std::optional<double> changePercent; // (b - a) / a, when both exist and a > 0
        Direction direction = Direction::Unknown;

        QString displayName() const;
        QString changeText() const; // "+12.5%", "-3.0%"; "—" when there is no percentage
    };

    // Below this relative change a metric counts as unchanged: run-to-run noise of a local gateway.
    static constexpr double kSamePercent = 5.0;

    QList<Metric> metrics;

    static RunComparison of(const RunSummary *a, const RunSummary *b); // null: that side is not chosen
    QJsonObject toJson() const; // {metrics:[{id, a, b, change_percent, lower_is_better, direction}]}
    static QString directionId(Direction d); // "better" | "worse" | "same" | "unknown"
    static QString valueText(const std::optional<double> &v); // "12", "12.5"; "—" when absent
    static QJsonObject runJson(const RunHistory::Entry &run); // {id, label, template, url, started_at, n}
};

} // namespace hwb
