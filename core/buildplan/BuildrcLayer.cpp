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
        // A .buildrc that cannot be read holds the build: its tags are unknown, and make would hang sourcing a
        // device. Anything else in it is the evaluator's to judge, and the build goes on.
        const auto severity = d.code == QLatin1String("unreadable")               ? BuildWarning::Severity::Error
                              : d.severity == BuildrcDiagnostic::Severity::Info ? BuildWarning::Severity::Info
                                                                                : BuildWarning::Severity::Warning;
        const QString where = d.line > 0 ? QStringLiteral(".buildrc:%1: ").arg(d.line) : QStringLiteral(".buildrc: ");
        layer.warnings.append({QStringLiteral("buildrc-") + d.code, severity, where + d.message, QString()});
    }
    return layer;
}

} // namespace hwb
