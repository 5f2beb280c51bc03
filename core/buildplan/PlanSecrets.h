#pragma once

#include <QString>
#include <QStringList>

namespace hwb {

struct BuildPlan;

// What of a build must not show in its log or reach the build history: the values of variables named like
// credentials (--set GITHUB_TOKEN=..., see BuildProfile::looksSecret), and the password of any URL
// (GOPROXY=https://user:password@proxy, which `make build` echoes as a --build-arg).
class PlanSecrets
{
public:
    explicit PlanSecrets(const BuildPlan &plan);

    QString mask(QString text) const; // each of them as [REDACTED]
    // The values by name, longest first. Shorter ones than kMinMaskedLength are left out: by value, API_KEY=1
    // would eat the 1 of 0_2_100; where the plan says which variable a word is, they are masked by name.
    const QStringList &values() const { return m_values; }
    static constexpr int kMinMaskedLength = 6;

private:
    QStringList m_values;
};

} // namespace hwb
