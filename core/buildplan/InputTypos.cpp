#include "InputTypos.h"

#include "BuildPlan.h"
#include "ExtraTags.h"
#include "common/Suggestions.h"

#include <QCoreApplication>

namespace hwb {

// A ${NAME} of a custom command that is none of the plan's variables reaches sh, which expands it from the environment:
// ${PLUGN_DIR} became an empty word, and `cd ${PLUGN_DIR}` built in the wrong folder. A name close to a variable's
// is a typo and stops the plan; another one the environment does not set expands to nothing, which is said.
void InputTypos::checkPlaceholders(BuildPlan &plan, const QStringList &unknown)
{
    QStringList names;
    for (const BuildVariable &v : std::as_const(plan.variables))
        names.append(v.name);
    for (const QString &name : unknown) {
        const QString meant = closestMatch(name, names);
        const bool inEnvironment = qEnvironmentVariableIsSet(qPrintable(name));
        if (!meant.isEmpty() && !inEnvironment) {
            plan.warnings.append({QStringLiteral("unknown-placeholder"), BuildWarning::Severity::Error,
                                  QCoreApplication::translate("hwb::BuildPlanner", "${%1} in the command is none of the build's variables, so "
                                                                                   "sh would expand it from the environment, to nothing.").arg(name),
                                  QCoreApplication::translate("hwb::BuildPlanner", "Did you mean ${%1}?").arg(meant)});
        } else if (!inEnvironment) {
            plan.warnings.append({QStringLiteral("unknown-placeholder"), BuildWarning::Severity::Warning,
                                  QCoreApplication::translate("hwb::BuildPlanner", "${%1} in the command is none of the build's variables, and "
                                                                                   "the environment does not set it: sh expands it to nothing.").arg(name),
                                  QCoreApplication::translate("hwb::BuildPlanner", "The command can use: %1.").arg(names.join(QStringLiteral(", ")))});
        }
    }
}

// A -tag that removes nothing is most often a typo (-proxy_wasm_version_0_2_10): the tag it meant stays in, silently.
void InputTypos::checkUnmatchedRemovals(BuildPlan &plan, const ExtraTags &merged)
{
    for (const ExtraTags::Removal &r : merged.unmatchedRemovals()) {
        if (r.layer != VariableLayer::Override && r.layer != VariableLayer::Profile)
            continue;
        const QString meant = closestMatch(r.tag, r.present);
        const QString where = r.layer == VariableLayer::Override ? QStringLiteral("--set EXTRA_TAGS=-%1").arg(r.tag)
                                                                 : QCoreApplication::translate("hwb::BuildPlanner", "the profile's -%1").arg(r.tag);
        plan.warnings.append(
            {QStringLiteral("tag-not-present"),
             r.layer == VariableLayer::Override ? BuildWarning::Severity::Warning : BuildWarning::Severity::Info,
             QCoreApplication::translate("hwb::BuildPlanner", "%1 removes nothing: no lower layer sets the tag %2 (the tags were: %3).")
                 .arg(where, r.tag, r.present.isEmpty() ? QCoreApplication::translate("hwb::BuildPlanner", "none") : r.present.join(QLatin1Char(' '))),
             meant.isEmpty() ? QCoreApplication::translate("hwb::BuildPlanner", "Check the tag's spelling, or drop the -%1.").arg(r.tag)
                             : QCoreApplication::translate("hwb::BuildPlanner", "Did you mean -%1?").arg(meant)});
    }
}

} // namespace hwb
