#include "BuildrcCoverage.h"

#include "BuildFlagMerger.h"
#include "buildrc/BuildrcKeys.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace hwb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hwb::BuildrcCoverage", text);
}

QStringList buildrcTags(const BuildPlan &plan)
{
    QStringList out;
    for (const auto &t : plan.tags)
        if (t.layer == VariableLayer::Buildrc)
            out.append(t.name);
    return out;
}

BuildWarning ignored(const QString &message, const QString &fix)
{
    return {QStringLiteral("buildrc-ignored"), BuildWarning::Severity::Warning, message, fix};
}

// Uses the value ($EXTRA_TAGS, ${EXTRA_TAGS}, $(EXTRA_TAGS)), not merely names it as `ARG EXTRA_TAGS` does.
bool expandsTags(const QString &text)
{
    static const QRegularExpression use(QStringLiteral("\\$[({]?EXTRA_TAGS\\b"));
    return use.match(text).hasMatch();
}

} // namespace

QString BuildrcCoverage::noMakefileFix(PluginFamily family)
{
    switch (family) {
    case PluginFamily::WasmGo:
        return tr("Choose the go mode.");
    case PluginFamily::WasmRust:
        return tr("Choose the cargo mode.");
    case PluginFamily::WasmAssemblyScript:
        // Higress's AssemblyScript plugins build with npm scripts; asconfig.json's release target writes the module.
        return tr("Choose the custom mode with the command npm run asbuild:release and --set ARTIFACT=build/release.wasm.");
    case PluginFamily::WasmCpp:
        break;
    }
    return tr("Choose the custom mode with the family's own build command.");
}

QList<BuildWarning> BuildrcCoverage::check(const Inputs &in)
{
    QList<BuildWarning> out;
    const QStringList tags = in.plan.tags.isEmpty() ? QStringList() : [&] {
        QStringList all;
        for (const auto &t : in.plan.tags)
            all.append(t.name);
        return all;
    }();
    const QString tagText = tags.join(QLatin1Char(' '));
    const QString makefileName = in.makefile.path.isEmpty() ? QStringLiteral("Makefile") : in.makefile.path;

    switch (in.plan.mode) {
    case BuildMode::Go:
    case BuildMode::TinyGo:
    case BuildMode::Cargo:
        break; // the workbench writes -tags itself
    case BuildMode::MakeLocal:
    case BuildMode::MakeBuild: {
        const QString target = in.plan.mode == BuildMode::MakeBuild ? QStringLiteral("build") : QStringLiteral("local-build");
        if (!in.makefile.unreadable.isEmpty())
            break; // the plan says it was not read; what it would say is unknown, not missing
        if (!in.makefile.exists) {
            out.append({QStringLiteral("makefile-missing"), BuildWarning::Severity::Error,
                        tr("There is no Makefile at %1.").arg(makefileName), noMakefileFix(in.family)});
            break;
        }
        if (!in.makefile.hasTarget(target)) {
            out.append({QStringLiteral("target-missing"), BuildWarning::Severity::Error,
                        tr("The Makefile has no '%1' target.").arg(target), tr("Choose another mode.")});
            break;
        }
        if (!tags.isEmpty() && !in.makefile.recipeMentions(target, BuildFlagMerger::kExtraTags)) {
            out.append(ignored(tr("The Makefile's '%1' recipe never uses EXTRA_TAGS, so the tags '%2' will not be applied.")
                                   .arg(target, tagText),
                               tr("Use the go mode, or pass -tags \"$(EXTRA_TAGS)\" in the '%1' recipe of %2.")
                                   .arg(target, makefileName)));
        } else if (!tags.isEmpty() && in.plan.mode == BuildMode::MakeBuild && !in.dockerfileUnread
                   && !expandsTags(in.dockerfileText)) {
            out.append(ignored(tr("The Dockerfile never uses EXTRA_TAGS, so the tags '%1' will not reach the compiler.")
                                   .arg(tagText),
                               tr("Add ARG EXTRA_TAGS and -tags \"$EXTRA_TAGS\" to the Dockerfile's build step, or use the go mode.")));
        }
        if (in.pluginHasBuildrc && !in.makefile.mentionsBuildrc()) {
            out.append({QStringLiteral("buildrc-not-sourced"), BuildWarning::Severity::Info,
                        tr("The Makefile does not read .buildrc. The workbench passes EXTRA_TAGS on the make command "
                           "line, but 'make %1' typed by hand would build without '%2'.")
                            .arg(target, buildrcTags(in.plan).join(QLatin1Char(' '))),
                        tr("Copy the command preview, or make the Makefile source extensions/$(PLUGIN_NAME)/.buildrc.")});
        }
        break;
    }
    case BuildMode::Custom:
        if (!tags.isEmpty() && !expandsTags(in.customTemplate)) {
            const bool makeReadsBuildrc = in.customTemplate.contains(QLatin1String("make")) && in.makefile.mentionsBuildrc();
            // make then gets what its own `. .buildrc && echo $EXTRA_TAGS` gives, which a last command that fails,
            // or output while sourced, makes other than the plan's tags (and the plan's +tags never reach it).
            const QStringList sourced = in.makeSourcedTags ? BuildrcKeys::splitTags(*in.makeSourcedTags) : QStringList();
            if (makeReadsBuildrc && in.makeSourcedTags && sourced != tags)
                out.append({QStringLiteral("make-sourcing-differs"), BuildWarning::Severity::Error,
                            tr("The custom command leaves EXTRA_TAGS to make, which sources the .buildrc itself and "
                               "gets '%1', not this build's tags '%2' (the .buildrc's diagnostics say why).")
                                .arg(sourced.join(QLatin1Char(' ')), tagText),
                            tr("Add EXTRA_TAGS=\"${EXTRA_TAGS}\" to the make command, or use the make-build or go mode.")});
            if (!makeReadsBuildrc)
                out.append(ignored(tr("The custom command never uses ${EXTRA_TAGS}%1, so the tags '%2' will not be applied.")
                                       .arg(in.makefile.exists && !in.makefile.mentionsBuildrc()
                                                ? tr(" and the Makefile does not read .buildrc")
                                                : QString(),
                                            tagText),
                                   tr("Add EXTRA_TAGS=${EXTRA_TAGS} (make) or -tags=${EXTRA_TAGS} (go) to the command, "
                                      "or use the make-build or go mode.")));
        }
        break;
    }
    return out;
}

} // namespace hwb
