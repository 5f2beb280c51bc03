#include "BuildrcLayer.h"

#include "buildrc/BuildrcEvaluator.h"

#include <QCoreApplication>

namespace hwb {

namespace {

QString located(const BuildrcDiagnostic &d)
{
    return (d.line > 0 ? QStringLiteral(".buildrc:%1: ").arg(d.line) : QStringLiteral(".buildrc: ")) + d.message;
}

// The diagnostic that explains why EXTRA_TAGS is unknown: one about the key itself, else the line sh stops at.
QString whyTagsUnknown(const BuildrcEvaluation &e)
{
    const QString key = QStringLiteral("EXTRA_TAGS");
    if (!e.unknownKeys.contains(key))
        return {};
    for (const BuildrcDiagnostic &d : e.diagnostics)
        if (d.key == key && d.severity != BuildrcDiagnostic::Severity::Info)
            return located(d);
    for (const BuildrcDiagnostic &d : e.diagnostics)
        if (e.stopped && d.line == e.stopLine && d.severity == BuildrcDiagnostic::Severity::Error)
            return located(d);
    return {};
}

bool isMakeSourcingFinding(const QString &code)
{
    return code == QLatin1String("make-gets-no-tags") || code == QLatin1String("prints-while-sourced");
}

} // namespace

BuildrcLayer BuildrcLayer::read(const QString &buildrcPath, const QString &familyDir)
{
    BuildrcLayer layer;
    BuildrcEvaluator::Options options;
    options.checkMakeSourcing = true;
    options.workingDirectory = familyDir;
    const BuildrcEvaluation evaluation = evaluateBuildrcFile(buildrcPath, options);
    for (auto it = evaluation.values.cbegin(); it != evaluation.values.cend(); ++it)
        layer.values.set(it.key(), it.value());
    layer.unknownKeys = evaluation.unknownKeys;
    layer.tagsUnknownBecause = whyTagsUnknown(evaluation);
    layer.makeTags = evaluation.makeTags;
    for (const auto &d : evaluation.diagnostics) {
        // A .buildrc that cannot be read holds the build: its tags are unknown, and make would hang sourcing a
        // device. Tags that cannot be known hold it too (BuildPlanner's buildrc-tags-unknown). Anything else in it is
        // the evaluator's to judge, and the build goes on.
        const auto severity = d.code == QLatin1String("unreadable")               ? BuildWarning::Severity::Error
                              : d.severity == BuildrcDiagnostic::Severity::Info ? BuildWarning::Severity::Info
                                                                                : BuildWarning::Severity::Warning;
        // hwb's make modes give make EXTRA_TAGS on its command line, and the go modes pass -tags themselves: what
        // make's own sourcing gets matters to a `make build` typed by hand, and to a custom command that runs make
        // without EXTRA_TAGS (BuildrcCoverage holds that one).
        const QString fix = isMakeSourcingFinding(d.code)
            ? QCoreApplication::translate("hwb::BuildrcLayer",
                                          "This build passes the .buildrc's tags itself; a plain make build, or hgctl, "
                                          "would not get them. Mend the .buildrc as it says.")
            : QString();
        layer.warnings.append({QStringLiteral("buildrc-") + d.code, severity, located(d), fix});
    }
    return layer;
}

} // namespace hwb
