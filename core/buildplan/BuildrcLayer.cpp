#include "BuildrcLayer.h"

#include <QCoreApplication>

#if __has_include("buildrc/BuildrcEvaluator.h")
#include "buildrc/BuildrcEvaluator.h"
#define HWB_HAVE_BUILDRC_EVALUATOR 1
#endif

namespace hwb {

BuildrcLayer BuildrcLayer::read(const QString &buildrcPath)
{
    BuildrcLayer layer;
#ifdef HWB_HAVE_BUILDRC_EVALUATOR
    const BuildrcEvaluation evaluation = evaluateBuildrcFile(buildrcPath);
    for (auto it = evaluation.values.cbegin(); it != evaluation.values.cend(); ++it)
        layer.values.set(it.key(), it.value());
    for (const auto &d : evaluation.diagnostics)
        layer.warnings.append({QStringLiteral("buildrc-") + d.code, BuildWarning::Severity::Warning,
                               QStringLiteral(".buildrc:%1: %2").arg(d.line).arg(d.message), QString()});
#else
    layer.warnings.append({QStringLiteral("buildrc-unread"), BuildWarning::Severity::Warning,
                           QCoreApplication::translate("hwb::BuildrcLayer", "%1 was not read: this build has no .buildrc evaluator.")
                               .arg(buildrcPath),
                           QString()});
#endif
    return layer;
}

} // namespace hwb
