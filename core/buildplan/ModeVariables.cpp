#include "ModeVariables.h"

#include "BuildFlagMerger.h"
#include "common/Placeholders.h"

#include <QCoreApplication>

namespace hwb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hwb::ModeVariables", text);
}

// The value a mode fixes for a variable, if it fixes one.
std::optional<QString> fixedValue(BuildMode mode, const QString &name)
{
    if (mode != BuildMode::Go)
        return std::nullopt;
    if (name == QLatin1String("GOOS"))
        return QStringLiteral("wasip1");
    if (name == QLatin1String("GOARCH"))
        return QStringLiteral("wasm");
    return std::nullopt;
}

// What the mode reads, for the message about a value it does not.
QString whatTheModeReads(BuildMode mode)
{
    switch (mode) {
    case BuildMode::Go:
        return QCoreApplication::translate("hwb::ModeVariables", "the go mode reads GO, EXTRA_TAGS and Go's environment variables (GOPROXY, GOFLAGS, CGO_ENABLED…), and "
                  "builds for GOOS=wasip1 GOARCH=wasm");
    case BuildMode::TinyGo:
        return QCoreApplication::translate("hwb::ModeVariables", "the tinygo mode reads EXTRA_TAGS and Go's environment variables, and -target=wasi sets GOOS and GOARCH");
    case BuildMode::Cargo:
        return QCoreApplication::translate("hwb::ModeVariables", "the cargo mode reads CARGO, RUSTC, RUST_TARGET and PREBUILD");
    case BuildMode::Custom:
        return QCoreApplication::translate("hwb::ModeVariables", "the custom command uses only the ${NAME}s it contains (and ARTIFACT)");
    case BuildMode::MakeBuild:
    case BuildMode::MakeLocal:
        break;
    }
    return QCoreApplication::translate("hwb::ModeVariables", "make gets it, but the Makefile's '%1' target never uses it")
        .arg(mode == BuildMode::MakeBuild ? QStringLiteral("build") : QStringLiteral("local-build"));
}

bool applies(const BuildVariable &v, BuildMode mode, const MakefileInfo &makefile, const QSet<QString> &usedByTarget,
             const QStringList &placeholders)
{
    if (v.name == BuildFlagMerger::kExtraTags || v.name == QLatin1String("PLUGIN_NAME"))
        return true; // BuildrcCoverage and the plugin-name check say what there is to say
    if (const auto fixed = fixedValue(mode, v.name))
        return v.value == *fixed;
    const bool goEnvironment = ModeVariables::isGoEnvironmentVariable(v.name);
    switch (mode) {
    case BuildMode::Go:
        return v.name == QLatin1String("GO") || (goEnvironment && v.layer > VariableLayer::Makefile);
    case BuildMode::TinyGo:
        return goEnvironment && v.layer > VariableLayer::Makefile && v.name != QLatin1String("GOOS")
            && v.name != QLatin1String("GOARCH");
    case BuildMode::Cargo:
        return v.name == QLatin1String("CARGO") || v.name == QLatin1String("RUSTC")
            || v.name == QLatin1String("RUST_TARGET") || v.name == QLatin1String("PREBUILD");
    case BuildMode::Custom:
        return v.name == QLatin1String("ARTIFACT") || placeholders.contains(v.name);
    case BuildMode::MakeLocal:
    case BuildMode::MakeBuild:
        break;
    }
    if (!makefile.exists)
        return true; // the plan says there is no Makefile; what it would use is not known
    if (mode == BuildMode::MakeBuild && v.name == QLatin1String("DOCKER"))
        return true; // a Makefile that runs a literal docker gets it first on PATH (DockerFromPath)
    if (usedByTarget.contains(v.name))
        return true;
    const QString target = mode == BuildMode::MakeBuild ? QStringLiteral("build") : QStringLiteral("local-build");
    if (mode == BuildMode::MakeLocal)
        return goEnvironment && !makefile.recipeSetsForCommand(target, v.name);
    return v.name.startsWith(QLatin1String("DOCKER_")) || v.name.startsWith(QLatin1String("BUILDKIT_"));
}

} // namespace

bool ModeVariables::isGoEnvironmentVariable(const QString &name)
{
    if (name.startsWith(QLatin1String("CGO_")))
        return true;
    return name.size() > 2 && name.startsWith(QLatin1String("GO")) && name.at(2).isUpper();
}

void ModeVariables::check(BuildPlan &plan, const QString &pluginName, const MakefileInfo &makefile,
                          const QString &customTemplate)
{
    const QString target = plan.mode == BuildMode::MakeBuild ? QStringLiteral("build") : QStringLiteral("local-build");
    const QSet<QString> used = makefile.variablesUsedBy(target);
    const QStringList placeholders = Placeholders::names(customTemplate);
    for (BuildVariable &v : plan.variables) {
        if (v.name == QLatin1String("PLUGIN_NAME") && v.value != pluginName && v.layer > VariableLayer::Environment) {
            v.applied = false;
            const QString where = v.layer == VariableLayer::Override ? tr("--set PLUGIN_NAME=%1").arg(v.value)
                : v.layer == VariableLayer::Profile                  ? tr("PLUGIN_NAME=%1 in the workspace profile").arg(v.value)
                                                                      : tr("PLUGIN_NAME=%1 in the .buildrc").arg(v.value);
            plan.warnings.append(
                {QStringLiteral("plugin-name-override"), BuildWarning::Severity::Error,
                 tr("%1 names another plugin, but this plan is %2's: its folder, its .buildrc tags and its artifact. "
                    "The build would mix the two (make-local compiles %3 with %2's tags; go builds %2 all the same).")
                     .arg(where, pluginName, v.value),
                 tr("Build %1 by selecting it (hwb plan %1), and drop PLUGIN_NAME.").arg(v.value)});
            continue;
        }
        v.applied = applies(v, plan.mode, makefile, used, placeholders);
        if (v.applied)
            continue;
        const QString reason = whatTheModeReads(plan.mode);
        // Named, never quoted: the value may be a token (--set GITHUB_TOKEN=…), and warnings are printed as they are.
        // make exports what its command line sets to the commands it runs, so an override the Makefile never names
        // may still reach go or git (HTTPS_PROXY, GIT_*): there it is worth a warning, not a refusal.
        const bool make = (plan.mode == BuildMode::MakeBuild || plan.mode == BuildMode::MakeLocal)
            && !(plan.mode == BuildMode::MakeLocal && makefile.recipeSetsForCommand(target, v.name));
        if (v.layer == VariableLayer::Override) {
            const QString fixed = fixedValue(plan.mode, v.name).value_or(QString());
            plan.warnings.append(
                {QStringLiteral("override-not-applied"), make ? BuildWarning::Severity::Warning : BuildWarning::Severity::Error,
                 make ? tr("--set %1 may do nothing in this build: %2; make still passes it to the environment of the "
                           "commands it runs.").arg(v.name, reason)
                      : tr("--set %1 would do nothing in this build: %2.").arg(v.name, reason),
                 fixed.isEmpty() ? tr("Drop --set %1, or choose a mode that uses it.").arg(v.name)
                                 : tr("Drop --set %1: a Higress plugin is a %1=%2 module.").arg(v.name, fixed)});
        } else if (v.layer == VariableLayer::Profile) {
            plan.warnings.append({QStringLiteral("profile-value-unused"), BuildWarning::Severity::Info,
                                  tr("The workspace profile's %1 is not used by this build: %2.").arg(v.name, reason),
                                  QString()});
        }
    }
}

} // namespace hwb
