#include "BuildrcLayer.h"

#include "buildrc/BuildrcEvaluator.h"

namespace hwb {

BuildrcLayer BuildrcLayer::read(const QString &buildrcPath)
{
    BuildrcLayer layer;
    const BuildrcEvaluation evaluation = evaluateBuildrcFile(buildrcPath);
    for (auto it = evaluation.values.cbegin(); it != evaluation.values.cend(); ++it)
        layer.values.set(it.key(), it.value());
    layer.unknownKeys = evaluation.unknownKeys;
    for (const auto &d : evaluation.diagnostics) {
        const auto severity = d.severity == BuildrcDiagnostic::Severity::Info ? BuildWarning::Severity::Info
                                                                              : BuildWarning::Severity::Warning;
        layer.warnings.append({QStringLiteral("buildrc-") + d.code, severity,
                               QStringLiteral(".buildrc:%1: %2").arg(d.line).arg(d.message), QString()});
    }
    return layer;
}

} // namespace hwb
