#include "BuildPlanner.h"

#include "BuildFlagMerger.h"
#include "BuildrcCoverage.h"
#include "BuildrcLayer.h"
#include "DockerFromPath.h"
#include "InputTypos.h"
#include "MakefileReader.h"
#include "ModeVariables.h"
#include "PrebuildScript.h"
#include "RustToolchain.h"
#include "ShellQuote.h"
#include "buildrc/BuildrcKeys.h"
#include "common/BoundedFile.h"
#include "common/ParsedFileCache.h"
#include "common/ToolLocator.h"
#include "workspace/CargoManifest.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>

namespace hwb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hwb::BuildPlanner", text);
}

// A file of the checkout the plan reads for what it says, not to build: the build goes on without it, and the plan
// says what was not read and what it went without. One that is a FIFO hung the plan; /dev/zero exhausted memory.
void warnUnread(BuildPlan &plan, const QString &path, const QString &reason, const QString &without)
{
    plan.warnings.append(
        {QStringLiteral("file-unreadable"), BuildWarning::Severity::Warning,
         QCoreApplication::translate("hwb::BuildPlanner", "%1 was not read: %2. The plan goes without %3.")
             .arg(QDir::toNativeSeparators(path), reason, without),
         QCoreApplication::translate("hwb::BuildPlanner",
                                     "Make it a regular file of a few kilobytes, as in a Higress checkout, or remove it.")});
}

// The text of the file at path: empty when there is none, and when it cannot be read, which the plan then says.
std::optional<QString> readPlanInput(BuildPlan &plan, const QString &path, const QString &without)
{
    static ParsedFileCache<std::optional<QString>> cache; // the family's Dockerfile, at every build
    QString reason;
    std::optional<QString> text = cache.read(path, &reason, [&path](QString *why) -> std::optional<QString> {
        if (!QFileInfo::exists(path))
            return QString();
        const auto bytes = BoundedFile::read(path, BoundedFile::kBuildFileLimit, why);
        return bytes ? std::optional<QString>(QString::fromUtf8(*bytes)) : std::nullopt;
    });
    if (!text)
        warnUnread(plan, path, reason, without);
    return text;
}

// A Makefile's `GO ?= go` means "whatever is on PATH"; the workbench's located tool is the better answer
// (it honours HWB_GO/HWB_DOCKER and the settings), so it beats a bare program name but not a real path, neither the
// Makefile's nor one the environment gives it (GO=/usr/lib/go-1.24/bin/go make …).
bool isBareProgram(const MakefileInfo &makefile, const VariableLayerValues &environment, const QString &name)
{
    if (const auto fromEnvironment = environment.value(name))
        return !fromEnvironment->contains(QLatin1Char('/'));
    const MakefileAssignment *a = makefile.find(name);
    return !a || !a->value.contains(QLatin1Char('/'));
}

// make's `VAR ?= value` gives way to the environment make runs in: `GOPROXY=https://goproxy.cn,direct make build`
// builds with goproxy.cn. The build inherits this process's environment, so the plan takes those values too, as the
// environment layer.
VariableLayerValues environmentLayer(const MakefileInfo &makefile)
{
    VariableLayerValues layer{VariableLayer::Environment, {}};
    for (const MakefileAssignment &a : makefile.assignments) {
        const MakefileAssignment *last = makefile.find(a.name);
        if (last != &a || a.kind != MakefileAssignment::Kind::Default || !qEnvironmentVariableIsSet(qPrintable(a.name)))
            continue;
        layer.set(a.name, qEnvironmentVariable(qPrintable(a.name)));
    }
    return layer;
}

QString toolOrName(ToolLocator::Tool tool, const char *name)
{
    const QString found = ToolLocator::find(tool);
    return found.isEmpty() ? QString::fromLatin1(name) : found;
}

QString cargoArtifact(BuildPlan &plan, const QString &pluginDir, const QString &target)
{
    QString unread;
    const QString manifest = pluginDir + QStringLiteral("/Cargo.toml");
    QString crate = CargoManifest::fromFile(manifest, &unread).artifactStem();
    if (!unread.isEmpty())
        warnUnread(plan, manifest, unread,
                   QCoreApplication::translate("hwb::BuildPlanner", "the crate's name, so the artifact's is a guess"));
    if (crate.isEmpty())
        crate = QDir(pluginDir).dirName().replace(QLatin1Char('-'), QLatin1Char('_'));
    return pluginDir + QStringLiteral("/target/") + target + QStringLiteral("/release/") + crate + QStringLiteral(".wasm");
}

// A make command-line value is expanded where the Makefile uses it: '$' must be '$$' to arrive as itself.
QString makeAssignment(const BuildVariable &v)
{
    return v.name + QLatin1Char('=') + QString(v.value).replace(QLatin1Char('$'), QLatin1String("$$"));
}

// Variables above the Makefile layer go to make explicitly, so a Makefile that ignores .buildrc still gets them.
QStringList explicitMakeVariables(const BuildPlan &plan, const QStringList &always)
{
    QStringList out;
    for (const QString &name : always)
        if (const BuildVariable *v = plan.variable(name))
            out.append(makeAssignment(*v));
    // The environment's values reach make as they are (the build inherits them), as `make` typed in that shell gets them.
    for (const auto &v : plan.variables) {
        if (!always.contains(v.name) && v.layer > VariableLayer::Environment)
            out.append(makeAssignment(v));
    }
    return out;
}

// Higress's Makefiles put $(PLUGIN_NAME), $(GO) and the rest into their recipes' shell commands unquoted, so a
// value with a space, a quote or a '$' breaks the command there, or runs part of it as code. The go mode passes
// them to no shell. (EXTRA_TAGS sits inside double quotes in those recipes; its tags are checked as tags.)
void checkMakeSafeValues(BuildPlan &plan)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_.,:/@%+=-]"));
    for (const QString &arg : std::as_const(plan.args)) {
        const qsizetype eq = arg.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        const QString name = arg.left(eq);
        const BuildVariable *v = plan.variable(name);
        if (!v || name == BuildFlagMerger::kExtraTags || !v->value.contains(unsafe))
            continue;
        const bool isName = name == QLatin1String("PLUGIN_NAME");
        plan.warnings.append({QStringLiteral("make-unsafe-value"),
                              isName ? BuildWarning::Severity::Error : BuildWarning::Severity::Warning,
                              QCoreApplication::translate("hwb::BuildPlanner", "%1=%2 goes into the Makefile's shell commands unquoted: its spaces, "
                                               "quotes or '$' break the command there, or run part of it.")
                                  .arg(name, v->value),
                              isName ? QCoreApplication::translate("hwb::BuildPlanner",
                                                                   "Build it with the go mode, which passes the name to no shell.")
                                     : QCoreApplication::translate("hwb::BuildPlanner",
                                                                   "Give a value without them, or build with the go mode.")});
    }
}

// Go's environment variables set above the environment (GOPROXY, GOFLAGS, CGO_ENABLED…) go to go's environment; the
// go mode fixes the target (GOOS=wasip1 GOARCH=wasm), tinygo takes it from -target=wasi.
void addGoEnvironment(BuildPlan &plan, bool setTarget)
{
    if (setTarget) {
        plan.env.append({QStringLiteral("GOOS"), QStringLiteral("wasip1")});
        plan.env.append({QStringLiteral("GOARCH"), QStringLiteral("wasm")});
    }
    for (const auto &v : plan.variables) {
        const bool goSetting = ModeVariables::isGoEnvironmentVariable(v.name) && v.name != QLatin1String("GOOS")
            && v.name != QLatin1String("GOARCH");
        if (goSetting && v.layer > VariableLayer::Environment) // the environment's, go inherits
            plan.env.append({v.name, v.value});
    }
}

// The .buildrc's tags must reach the build, or the plan says why not. Two ways they can get lost:
//  - the .buildrc sets EXTRA_TAGS to something only a shell can compute ($(...), a line sh stops at), or on a line sh
//    does not read as an assignment (a byte order mark, a quote left open, `EXTRA_TAGS=(a b)`). Building with
//    the tags the workbench knows, none, is the silent skip behind higress #1847, and a make mode would even pass
//    EXTRA_TAGS= over make's own sourcing. The plan stops unless this build's overrides give the tags: a saved
//    profile's tags (a +debug) say nothing about what this .buildrc computes.
//  - a profile or an override removes one (-tag): allowed, it may be the point of the build, but said out loud,
//    naming the layer that holds the -tag.
void checkBuildrcTags(BuildPlan &plan, const ExtraTags &merged, const BuildrcLayer &buildrc,
                      const QList<VariableLayerValues> &userLayers)
{
    const BuildVariable *tags = plan.variable(BuildFlagMerger::kExtraTags);
    if (buildrc.unknownKeys.contains(BuildFlagMerger::kExtraTags) && !(tags && tags->layer == VariableLayer::Override)) {
        const QString why = buildrc.tagsUnknownBecause.isEmpty()
            ? QString()
            : QLatin1Char(' ') + QCoreApplication::translate("hwb::BuildPlanner", "The .buildrc says why: %1").arg(buildrc.tagsUnknownBecause);
        plan.warnings.append(
            {QStringLiteral("buildrc-tags-unknown"), BuildWarning::Severity::Error,
             QCoreApplication::translate("hwb::BuildPlanner",
                                         "The .buildrc's EXTRA_TAGS cannot be known: it is set to a value only a shell "
                                         "can compute, on a line sh does not read as a plain assignment, or after a line "
                                         "sh stops at. Building now would leave its tags out: the silent skip behind "
                                         "requests that hang at the gateway.")
                 + why,
             QCoreApplication::translate("hwb::BuildPlanner",
                                         "Make it a plain line such as EXTRA_TAGS=proxy_wasm_version_0_2_100 (hwb "
                                         "buildrc set PLUGIN EXTRA_TAGS TAGS rewrites it), or give the tags for this "
                                         "build: --set EXTRA_TAGS=<tags> (on the Build page, add them as tags).")});
    }
    // The highest layer whose -tag (or clear: EXTRA_TAGS=, -*) took the tag out.
    const auto removedBy = [&](const QString &tag) -> std::pair<QString, bool> {
        for (auto layer = userLayers.crbegin(); layer != userLayers.crend(); ++layer)
            for (const auto &[name, value] : layer->values) {
                if (name != BuildFlagMerger::kExtraTags)
                    continue;
                if (ExtraTags::tokens(value).contains(QLatin1Char('-') + tag))
                    return {layerDisplayName(layer->layer), false};
                if (ExtraTags::clears(value))
                    return {layerDisplayName(layer->layer), true};
            }
        return {layerDisplayName(tags ? tags->layer : VariableLayer::Override), false};
    };
    QStringList removed, fixes;
    for (const auto &[name, value] : buildrc.values.values) {
        if (name != BuildFlagMerger::kExtraTags)
            continue;
        for (QString tag : ExtraTags::tokens(value)) {
            if (tag.startsWith(QLatin1Char('-')))
                continue;
            if (tag.startsWith(QLatin1Char('+')))
                tag.remove(0, 1);
            if (merged.contains(tag))
                continue;
            const auto [layer, byClear] = removedBy(tag);
            const QString entry = QCoreApplication::translate("hwb::BuildPlanner", "%1 (removed by: %2)").arg(tag, layer);
            if (!removed.contains(entry)) {
                removed.append(entry);
                const QString fix = byClear ? QStringLiteral("EXTRA_TAGS= (%1)").arg(layer) : QStringLiteral("-%1 (%2)").arg(tag, layer);
                if (!fixes.contains(fix))
                    fixes.append(fix);
            }
        }
    }
    if (!removed.isEmpty()) {
        plan.warnings.append(
            {QStringLiteral("buildrc-tag-removed"), BuildWarning::Severity::Warning,
             QCoreApplication::translate("hwb::BuildPlanner", "This build leaves out tags the .buildrc asks for: %1.")
                 .arg(removed.join(QStringLiteral(", "))),
             QCoreApplication::translate("hwb::BuildPlanner",
                                         "If the plugin is to work at the gateway, drop %1.").arg(fixes.join(QStringLiteral(", ")))});
    }
}

} // namespace

QString BuildPlanner::parseOverrides(const QStringList &overrides, VariableLayerValues *out, QString *hint)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    for (const QString &kv : overrides) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        if (eq <= 0 || !name.match(kv.left(eq)).hasMatch())
            return tr("'%1' is not NAME=VALUE.").arg(kv);
        const QString key = kv.left(eq);
        QString value = kv.mid(eq + 1);
        // Several --set EXTRA_TAGS=... accumulate: each is a list of +tag/-tag edits (and EXTRA_TAGS= a clear).
        if (key == BuildFlagMerger::kExtraTags) {
            if (const QString bad = ExtraTags::malformedToken(value); !bad.isEmpty()) {
                if (hint)
                    *hint = tr("Write tag or +tag to add a tag, -tag to remove one, and EXTRA_TAGS= (or -*) for none.");
                return tr("'%1' in %2 is no tag edit.").arg(bad, kv);
            }
            if (const auto earlier = out->value(key))
                value = ExtraTags::combine(*earlier, value);
        }
        out->set(key, value);
    }
    return {};
}

QString BuildPlanner::expandTemplate(const QString &text, const QList<BuildVariable> &variables, QStringList *unknown)
{
    // A value is quoted for where its ${NAME} stands: plain words get sh quotes, inside "..." only \ $ ` " are
    // escaped (single quotes there would be kept, and a '$' in a path would expand), and inside '...' a ' ends the
    // quote for a moment. Unknown names are left for sh.
    enum class Quote { None, Single, Double };
    Quote quote = Quote::None;
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' && quote != Quote::Single && i + 1 < text.size()) {
            out += c;
            out += text.at(++i);
            continue;
        }
        if (c == u'\'' && quote != Quote::Double)
            quote = quote == Quote::Single ? Quote::None : Quote::Single;
        else if (c == u'"' && quote != Quote::Single)
            quote = quote == Quote::Double ? Quote::None : Quote::Double;
        static const QRegularExpression placeholder(QStringLiteral("\\$\\{([A-Za-z_][A-Za-z0-9_]*)\\}"));
        const auto m = c == u'$' ? placeholder.match(text, i, QRegularExpression::NormalMatch,
                                                     QRegularExpression::AnchorAtOffsetMatchOption)
                                 : QRegularExpressionMatch();
        const auto v = m.hasMatch() ? std::find_if(variables.cbegin(), variables.cend(),
                                                   [&](const BuildVariable &b) { return b.name == m.captured(1); })
                                    : variables.cend();
        if (v == variables.cend()) {
            if (m.hasMatch() && unknown && !unknown->contains(m.captured(1)))
                unknown->append(m.captured(1));
            out += c;
            continue;
        }
        switch (quote) {
        case Quote::None: out += shellQuote(v->value); break;
        case Quote::Single: out += QString(v->value).replace(QLatin1String("'"), QLatin1String("'\\''")); break;
        case Quote::Double:
            for (const QChar vc : v->value) {
                if (vc == u'\\' || vc == u'$' || vc == u'`' || vc == u'"')
                    out += u'\\';
                out += vc;
            }
            break;
        }
        i = m.capturedEnd() - 1;
    }
    return out;
}

BuildPlan BuildPlanner::plan(const BuildRequest &request)
{
    const PluginInfo &plugin = request.plugin;
    QString profileError;
    const BuildProfile profile = request.profile ? *request.profile : BuildProfile::load(request.workspace, &profileError);
    BuildPlan plan;
    if (!profileError.isEmpty())
        plan.warnings.append({QStringLiteral("profile-unreadable"), BuildWarning::Severity::Warning,
                              profileError + QLatin1Char(' ') + tr("This build goes without the workspace profile."),
                              tr("Mend the file, or build with --no-profile to say you mean it.")});
    plan.plugin = plugin.name;
    plan.pluginPath = plugin.path;
    plan.workspace = request.workspace;
    plan.mode = request.mode ? *request.mode : profile.mode.value_or(defaultBuildMode(plugin.family));
    if (!buildModesFor(plugin.family).contains(plan.mode))
        plan.warnings.append({QStringLiteral("mode-unsupported"), BuildWarning::Severity::Warning,
                              tr("The %1 mode is not meant for %2 plugins.").arg(buildModeId(plan.mode), familyId(plugin.family)),
                              tr("Choose one of the modes for %1 plugins: %2.").arg(familyId(plugin.family), buildModeIdList(buildModesFor(plugin.family)))});

    const QString familyDir = QDir::cleanPath(plugin.path + QStringLiteral("/../.."));
    const MakefileInfo makefile = MakefileReader::read(familyDir + QStringLiteral("/Makefile"));
    if (!makefile.unreadable.isEmpty())
        warnUnread(plan, makefile.path, makefile.unreadable, tr("its defaults and the checks of its recipes"));

    VariableLayerValues makefileLayer{VariableLayer::Makefile, {}};
    for (const auto &a : makefile.defaults())
        makefileLayer.set(a.name, a.value);
    const VariableLayerValues environment = environmentLayer(makefile);

    // Facts of the selection and the machine: they beat the Makefile's placeholders (see isBareProgram).
    VariableLayerValues facts{VariableLayer::Default, {}};
    facts.set(QStringLiteral("PLUGIN_NAME"), plugin.name);
    // Go mode runs the located go for a plugin of any family (it warns above when the family is not Go's).
    if ((plugin.family == PluginFamily::WasmGo || plan.mode == BuildMode::Go) && isBareProgram(makefile, environment, QStringLiteral("GO")))
        facts.set(QStringLiteral("GO"), toolOrName(ToolLocator::Tool::Go, "go"));
    if (plan.mode == BuildMode::MakeBuild && isBareProgram(makefile, environment, QStringLiteral("DOCKER")))
        facts.set(QStringLiteral("DOCKER"), toolOrName(ToolLocator::Tool::Docker, "docker"));
    if (plan.mode == BuildMode::Cargo) {
        const RustToolchain &rust = RustToolchain::forWasm().chosen;
        facts.set(QStringLiteral("CARGO"), rust.cargo.isEmpty() ? QStringLiteral("cargo") : rust.cargo);
        facts.set(QStringLiteral("RUSTC"), rust.rustc);
        facts.set(QStringLiteral("RUST_TARGET"), rust.wasiTarget().isEmpty() ? QStringLiteral("wasm32-wasip1") : rust.wasiTarget());
        // As Higress's wasm-rust Dockerfile has it (ARG PREBUILD=".prebuild"); --set PREBUILD= builds without it.
        if (QFile::exists(plugin.path + QStringLiteral("/.prebuild")))
            facts.set(QStringLiteral("PREBUILD"), QStringLiteral(".prebuild"));
    }
    if (plan.mode == BuildMode::Custom) {
        facts.set(QStringLiteral("PLUGIN_DIR"), plugin.path);
        facts.set(QStringLiteral("FAMILY_DIR"), familyDir);
        facts.set(QStringLiteral("WORKSPACE"), request.workspace);
        facts.set(QStringLiteral("ARTIFACT"), QStringLiteral("main.wasm")); // what the template writes, from PLUGIN_DIR
    }

    const BuildrcLayer buildrc = plugin.hasBuildrc ? BuildrcLayer::read(plugin.buildrcPath(), familyDir) : BuildrcLayer{};
    plan.warnings.append(buildrc.warnings);

    VariableLayerValues overrides{VariableLayer::Override, {}};
    QString hint;
    if (const QString error = parseOverrides(request.overrides, &overrides, &hint); !error.isEmpty())
        plan.warnings.append({QStringLiteral("bad-override"), BuildWarning::Severity::Error, error,
                              hint.isEmpty() ? tr("Write overrides as NAME=VALUE.") : hint});

    const auto merged = BuildFlagMerger::merge({makefileLayer, environment, facts, buildrc.values, profile.variables, overrides});
    plan.variables = merged.variables;
    plan.tags = merged.tags.tags();
    // An empty EXTRA_TAGS row, and EXTRA_TAGS= for make, would only puzzle where Go does not compile.
    if (!buildModeUsesTags(plan.mode, plugin.family) && plan.tags.isEmpty())
        plan.variables.removeIf([](const BuildVariable &v) { return v.name == BuildFlagMerger::kExtraTags; });
    if (plugin.family == PluginFamily::WasmGo)
        checkBuildrcTags(plan, merged.tags, buildrc, {profile.variables, overrides});
    InputTypos::checkUnmatchedRemovals(plan, merged.tags);
    for (const ExtraTags::Tag &tag : merged.tags.tags()) {
        // The .buildrc's own are diagnosed by its evaluator (buildrc-invalid-build-tag).
        if (tag.layer != VariableLayer::Buildrc && !BuildrcKeys::isValidBuildTag(tag.name))
            plan.warnings.append({QStringLiteral("invalid-build-tag"), BuildWarning::Severity::Warning,
                                  tr("'%1' (%2) is not a valid Go build tag (only letters, digits, '_' and '.').")
                                      .arg(tag.name, layerDisplayName(tag.layer)),
                                  tr("Correct or remove it.")});
    }
    const QStringList tags = merged.tags.names();

    QString customTemplate;
    QStringList unknownPlaceholders;
    switch (plan.mode) {
    case BuildMode::Go:
        plan.cwd = plugin.path;
        plan.program = plan.value(QStringLiteral("GO"));
        plan.args = QStringList{QStringLiteral("build"), QStringLiteral("-buildmode=c-shared")};
        if (!tags.isEmpty())
            plan.args.append(QStringLiteral("-tags=") + tags.join(QLatin1Char(',')));
        plan.args << QStringLiteral("-o") << QStringLiteral("main.wasm") << QStringLiteral(".");
        addGoEnvironment(plan, true);
        plan.artifact = plugin.path + QStringLiteral("/main.wasm");
        break;
    case BuildMode::MakeLocal:
        plan.cwd = familyDir;
        plan.program = toolOrName(ToolLocator::Tool::Make, "make");
        plan.args = QStringList{QStringLiteral("local-build")}
            + explicitMakeVariables(plan, {QStringLiteral("PLUGIN_NAME"), BuildFlagMerger::kExtraTags, QStringLiteral("GO")});
        plan.artifact = plugin.path + QStringLiteral("/main.wasm");
        break;
    case BuildMode::MakeBuild:
        plan.cwd = familyDir;
        plan.program = toolOrName(ToolLocator::Tool::Make, "make");
        plan.args = QStringList{QStringLiteral("build")}
            + explicitMakeVariables(plan, {QStringLiteral("PLUGIN_NAME"), BuildFlagMerger::kExtraTags,
                                           QStringLiteral("BUILDER"), QStringLiteral("GOPROXY"), QStringLiteral("DOCKER")});
        plan.artifact = plugin.path + QStringLiteral("/plugin.wasm");
        DockerFromPath::route(plan, makefile);
        break;
    case BuildMode::TinyGo:
        plan.cwd = plugin.path;
        plan.program = toolOrName(ToolLocator::Tool::TinyGo, "tinygo");
        plan.args = QStringList{QStringLiteral("build"), QStringLiteral("-o"), QStringLiteral("main.wasm"),
                                QStringLiteral("-scheduler=none"), QStringLiteral("-gc=custom"),
                                (QStringList{QStringLiteral("custommalloc"), QStringLiteral("nottinygc_finalizer")} + tags)
                                    .join(QLatin1Char(' ')).prepend(QStringLiteral("-tags=")),
                                QStringLiteral("-target=wasi"), QStringLiteral("./")};
        addGoEnvironment(plan, false);
        plan.artifact = plugin.path + QStringLiteral("/main.wasm");
        break;
    case BuildMode::Cargo: {
        plan.cwd = plugin.path;
        planCargo(plan);
        const QString cargo = shellQuote(plan.value(QStringLiteral("CARGO"))) + QStringLiteral(" build --target ")
            + shellQuote(plan.value(QStringLiteral("RUST_TARGET"))) + QStringLiteral(" --release");
        plan.program = toolOrName(ToolLocator::Tool::Sh, "sh");
        // .prebuild sets RUSTFLAGS and friends for the cargo that follows, so both run in one shell.
        const QString prebuild = plan.value(QStringLiteral("PREBUILD"));
        QString script = QStringLiteral("exec ") + cargo;
        if (!prebuild.isEmpty()) {
            plan.warnings.append(PrebuildScript::check(QDir(plugin.path).absoluteFilePath(prebuild), prebuild));
            script.prepend(QStringLiteral(". ") + shellQuote(QDir::isAbsolutePath(prebuild) ? prebuild : QStringLiteral("./") + prebuild)
                           + QStringLiteral(" && "));
        }
        plan.args = QStringList{QStringLiteral("-c"), script};
        plan.artifact = cargoArtifact(plan, plugin.path, plan.value(QStringLiteral("RUST_TARGET")));
        break;
    }
    case BuildMode::Custom:
        customTemplate = request.customCommand.isEmpty() ? profile.customCommand : request.customCommand;
        plan.cwd = plugin.path;
        plan.program = toolOrName(ToolLocator::Tool::Sh, "sh");
        plan.args = QStringList{QStringLiteral("-c"), expandTemplate(customTemplate, plan.variables, &unknownPlaceholders)};
        plan.artifact = plan.variable(QStringLiteral("ARTIFACT"))
            ? QDir(plugin.path).absoluteFilePath(plan.value(QStringLiteral("ARTIFACT")))
            : plugin.path + QStringLiteral("/main.wasm");
        if (customTemplate.trimmed().isEmpty())
            plan.warnings.append({QStringLiteral("command-missing"), BuildWarning::Severity::Error,
                                  tr("The custom mode needs a command template."),
                                  tr("Give one, e.g. make build PLUGIN_NAME=${PLUGIN_NAME} EXTRA_TAGS=${EXTRA_TAGS}.")});
        break;
    }

    if (plan.mode == BuildMode::MakeLocal || plan.mode == BuildMode::MakeBuild)
        checkMakeSafeValues(plan);
    ModeVariables::check(plan, plugin.name, makefile, customTemplate);
    InputTypos::checkPlaceholders(plan, unknownPlaceholders);
    checkProgram(plan);
    // go build -o DIR writes DIR/<name> and succeeds: the build would "pass" with no module where it belongs.
    if (!plan.artifact.isEmpty() && QFileInfo(plan.artifact).isDir())
        plan.warnings.append({QStringLiteral("artifact-is-folder"), BuildWarning::Severity::Error,
                              tr("%1 is a folder, so the build would write its module into it, not as it.").arg(plan.artifact),
                              tr("Remove or rename that folder.")});
    // Another mode would silently drop the command: a build the user did not ask for.
    if (plan.mode != BuildMode::Custom && !request.customCommand.isEmpty())
        plan.warnings.append({QStringLiteral("command-unused"), BuildWarning::Severity::Error,
                              tr("A command template is only run by the custom mode, and this is a %1 build.").arg(buildModeId(plan.mode)),
                              tr("Choose the custom mode (--mode custom) to run it, or leave the command out.")});

    const std::optional<QString> dockerfile = readPlanInput(plan, familyDir + QStringLiteral("/Dockerfile"),
                                                            tr("the checks of its build steps"));
    if (plan.mode == BuildMode::MakeBuild && plugin.family == PluginFamily::WasmRust && dockerfile) {
        const auto prebuild = readPlanInput(plan, plugin.path + QStringLiteral("/.prebuild"),
                                            tr("checking that what it exports reaches cargo"));
        plan.warnings.append(PrebuildScript::checkDockerfile(prebuild.value_or(QString()), *dockerfile));
    }
    plan.warnings.append(BuildrcCoverage::check({plan, plugin.hasBuildrc, makefile, dockerfile.value_or(QString()),
                                                 customTemplate, plugin.family, !dockerfile, buildrc.makeTags}));
    return plan;
}

// Where the user set the variable whose value the plan runs (GO in the go mode), for a fix that names the place to
// change; empty when the program is the located tool.
QString BuildPlanner::whereSet(const BuildPlan &plan)
{
    const BuildVariable *v = plan.mode == BuildMode::Go ? plan.variable(QStringLiteral("GO")) : nullptr;
    switch (v ? v->layer : VariableLayer::Default) {
    case VariableLayer::Override: return tr("--set %1 (this build's override)").arg(v->name);
    case VariableLayer::Profile: return tr("%1 in the workspace's build profile").arg(v->name);
    case VariableLayer::Buildrc: return tr("%1 in the plugin's .buildrc").arg(v->name);
    case VariableLayer::Makefile: return tr("%1 in the family's Makefile").arg(v->name);
    case VariableLayer::Environment: return tr("%1 in the environment, which the Makefile's %1 ?= gives way to").arg(v->name);
    case VariableLayer::Default: break;
    }
    return {};
}

// A program that cannot start fails the build in its first millisecond with a bare "Failed"; the plan says which
// program and where it came from before anything runs.
void BuildPlanner::checkProgram(BuildPlan &plan)
{
    if (plan.program.isEmpty()) {
        plan.warnings.append({QStringLiteral("tool-missing"), BuildWarning::Severity::Error,
                              tr("The %1 mode has no program to run: its tool's variable is empty.").arg(buildModeId(plan.mode)),
                              tr("Set it, e.g. --set GO=/usr/local/go/bin/go, or in the settings.")});
        return;
    }
    QString problem;
    if (!QDir::isAbsolutePath(plan.program))
        problem = tr("'%1' was not found.").arg(plan.program);
    else if (!QFileInfo::exists(plan.program))
        problem = tr("%1 does not exist.").arg(plan.program);
    else if (!ToolLocator::isExecutable(plan.program))
        problem = tr("%1 is not an executable program.").arg(plan.program);
    if (problem.isEmpty())
        return;
    const QString source = whereSet(plan);
    ToolLocator::Tool tool = ToolLocator::Tool::Sh;
    switch (plan.mode) {
    case BuildMode::Go: tool = ToolLocator::Tool::Go; break;
    case BuildMode::MakeLocal:
    case BuildMode::MakeBuild: tool = ToolLocator::Tool::Make; break;
    case BuildMode::TinyGo: tool = ToolLocator::Tool::TinyGo; break;
    case BuildMode::Cargo:
    case BuildMode::Custom: break;
    }
    QString fix = tr("Correct or remove %1.").arg(source);
    if (source.isEmpty()) {
        ToolLocator::Origin origin = ToolLocator::Origin::None;
        const bool located = ToolLocator::find(tool, &origin) == plan.program;
        const QString variable = ToolLocator::environmentVariable(tool);
        if (located && origin == ToolLocator::Origin::Environment)
            fix = tr("Correct or unset %1, which names it.").arg(variable);
        else if (located && origin == ToolLocator::Origin::Settings)
            fix = tr("Correct its path in the settings, which name it.");
        else
            fix = tr("Install it, or give its path in the settings or in %1.").arg(variable);
    }
    plan.warnings.append({QStringLiteral("tool-missing"), BuildWarning::Severity::Error, problem, fix});
}

// Settles which cargo and rustc build and for which target, and warns when the build cannot work. A --set CARGO
// (or a profile's) is probed on its own; RUSTC and RUST_TARGET then follow it unless they were set too.
void BuildPlanner::planCargo(BuildPlan &plan)
{
    const BuildVariable *cargoVar = plan.variable(QStringLiteral("CARGO"));
    const bool cargoChosenByUser = cargoVar && cargoVar->layer != VariableLayer::Default;
    const RustToolchainChoice &choice = RustToolchain::forWasm();
    RustToolchain used = choice.chosen;
    if (cargoChosenByUser) {
        const QString cargo = QStandardPaths::findExecutable(cargoVar->value);
        if (cargo.isEmpty()) {
            plan.warnings.append({QStringLiteral("tool-missing"), BuildWarning::Severity::Error,
                                  tr("CARGO=%1 is not a program that can run here.").arg(cargoVar->value),
                                  tr("Give the path of a cargo executable, or drop the override.")});
            return;
        }
        used = RustToolchain::probe(cargo);
        for (auto &v : plan.variables) {
            if (v.layer != VariableLayer::Default)
                continue;
            if (v.name == QLatin1String("RUSTC"))
                v.value = used.rustc;
            else if (v.name == QLatin1String("RUST_TARGET") && !used.wasiTarget().isEmpty())
                v.value = used.wasiTarget();
        }
    }
    const QString rustc = plan.value(QStringLiteral("RUSTC"));
    if (!rustc.isEmpty())
        plan.env.append({QStringLiteral("RUSTC"), rustc});

    if (used.cargo.isEmpty()) {
        plan.warnings.append({QStringLiteral("tool-missing"), BuildWarning::Severity::Error,
                              tr("No cargo found on PATH or in the usual places."),
                              tr("Install Rust (Debian: apt install rustc cargo libstd-rust-dev-wasm32; "
                                 "or rustup) or set HWB_CARGO.")});
        return;
    }
    const QString target = plan.value(QStringLiteral("RUST_TARGET"));
    if (!used.wasmTargets.contains(target)) {
        QStringList lookedAt;
        if (!cargoChosenByUser)
            for (const RustToolchain &t : choice.passedOver)
                lookedAt.append(t.describe());
        if (!lookedAt.contains(used.describe()))
            lookedAt.append(used.describe());
        plan.warnings.append({QStringLiteral("rust-target-missing"), BuildWarning::Severity::Error,
                              tr("The Rust toolchain has no standard library for %1, so cargo would fail with "
                                 "\"can't find crate for core\". Looked at: %2.")
                                  .arg(target, lookedAt.join(QLatin1String("; "))),
                              tr("rustup target add wasm32-wasip1 (rustup), or apt install "
                                 "libstd-rust-dev-wasm32 (Debian's /usr/bin/cargo).")});
    } else if (!used.hasWasmLinker) {
        plan.warnings.append({QStringLiteral("rust-linker-missing"), BuildWarning::Severity::Warning,
                              tr("%1 has no rust-lld, the linker rustc uses for wasm targets, so cargo would fail with "
                                 "\"linker `rust-lld` not found\" unless a cargo config names another.")
                                  .arg(used.describe()),
                              tr("apt install lld-14 on Debian 12 (its /usr/bin/rust-lld points there), rust-llvm on Debian 13; "
                                 "rustup toolchains bring their own.")});
    } else if (!cargoChosenByUser && !choice.passedOver.isEmpty()) {
        plan.warnings.append({QStringLiteral("rust-toolchain-chosen"), BuildWarning::Severity::Info,
                              tr("%1 has no WASI target; building with %2 instead.")
                                  .arg(choice.passedOver.first().describe(), used.describe()),
                              tr("To build with the first one, add the target to it (rustup target add "
                                 "wasm32-wasip1), or set CARGO to its path for the build (CARGO=PATH in the Build "
                                 "page's overrides, --set CARGO=PATH to hwb).")});
    }
}

} // namespace hwb
