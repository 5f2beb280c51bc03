#include "PlanSecrets.h"

#include "BuildPlan.h"
#include "BuildProfile.h"
#include "llm/Redactor.h"

#include <algorithm>

namespace hwb {

PlanSecrets::PlanSecrets(const BuildPlan &plan)
{
    for (const BuildVariable &v : plan.variables)
        if (BuildProfile::isSecret(v.name, v.value) && v.value.size() >= kMinMaskedLength && !m_values.contains(v.value))
            m_values.append(v.value);
    // Longest first: a secret that contains another must go whole, not leave its remainder behind.
    std::sort(m_values.begin(), m_values.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

QString PlanSecrets::mask(QString text) const
{
    const QString masked = QLatin1String(Redactor::kMask);
    for (const QString &value : m_values)
        text.replace(value, masked);
    return Redactor::maskUrlPasswords(text);
}

} // namespace hwb
