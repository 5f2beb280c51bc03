#include "InspectionRules.h"

#include "ArtifactFreshness.h"
#include "workspace/EraClassifier.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace hwb {

namespace {

const QString kAbiTag = QStringLiteral("proxy_wasm_version_0_2_100");
const QString kCurrentAbi = QStringLiteral("0_2_100");

PluginEra pluginEra(const QString &dir)
{
    if (dir.isEmpty() || !QFileInfo::exists(QDir(dir).filePath(QStringLiteral("go.mod"))))
        return PluginEra::Unknown;
    const GoModule goMod = GoModule::fromFile(QDir(dir).filePath(QStringLiteral("go.mod")));
    const bool hasBuildrc = QFileInfo::exists(QDir(dir).filePath(QStringLiteral(".buildrc")));
    return EraClassifier::classify(PluginFamily::WasmGo, hasBuildrc, &goMod).era;
}

QStringList tagsForRebuild(const ArtifactReport &r)
{
    QStringList tags = r.goBuildInfo.tags();
    for (const QString &t : r.expectedTags)
        if (!tags.contains(t))
            tags.append(t);
    return tags;
}

class RuleRun
{
    // The context lupdate files these messages under, and the one they are looked up in.
    Q_DECLARE_TR_FUNCTIONS(hwb::InspectionRules)

public:
    RuleRun(const ArtifactReport &r, const GatewayProfile *p) : report(r), profile(p) {}

    void readability()
    {
        const auto &e = report.readError;
        if (e.code == WasmReader::ErrorCode::Truncated)
            add(QStringLiteral("truncated"), e.message + QLatin1Char(' ')
                    + tr("The gateway cannot compile a partial module and rejects the plugin."),
                tr("Copy or build the artifact again and check the copy finished (sizes and sha256 match)."),
                tr("the file is cut short, so the gateway cannot compile it"));
        else if (e.code != WasmReader::ErrorCode::None)
            add(QStringLiteral("not-wasm"), e.message + QLatin1Char(' ')
                    + tr("The gateway only loads WebAssembly binaries and rejects this file."),
                tr("Point the gateway at the .wasm the build produced (main.wasm or plugin.wasm)."),
                tr("the file is not a WebAssembly module"));
    }

    void abi()
    {
        const QString newest = report.surface.newestAbi();
        if (newest.isEmpty()) {
            add(QStringLiteral("abi-missing"),
                tr("The module exports no proxy_abi_version_* function, so the gateway does not recognise it as a "
                   "proxy-wasm plugin and refuses to start it."),
                tr("Build a plugin that uses a proxy-wasm SDK (its main package must import and register it): %1")
                    .arg(rebuild()),
                tr("it exports no proxy_abi_version_*, so the gateway will not start it"), FindingSeverity::Error,
                rebuild());
            return;
        }
        if (profile && !profile->acceptsAbi(newest)) {
            add(QStringLiteral("abi-missing"),
                tr("The module speaks proxy-wasm ABI %1, which gateway %2 does not know; it refuses to start it.")
                    .arg(report.surface.abiVersions.join(QLatin1String(", ")), profile->gateway.toString()),
                tr("Use an SDK version that targets ABI %1.").arg(profile->abiVersions.join(QLatin1String(", "))),
                tr("gateway %1 does not know its ABI %2").arg(profile->gateway.toString(), newest));
        }
        if (ProxyWasmSurface::compareAbi(newest, kCurrentAbi) >= 0)
            return;
        // The 0_2_100 ABI is chosen by a Go build tag; Rust and C++ SDKs speak 0_2_1 and have no such switch,
        // so for their modules the old ABI is no mistake of the build.
        if (report.toolchain.id == QLatin1String("rust") || report.toolchain.id == QLatin1String("clang"))
            return;
        const bool needed = report.expectedTags.contains(kAbiTag) || era == PluginEra::GoWasip1;
        const bool unknownNeed = report.expectedTags.isEmpty() && era == PluginEra::Unknown;
        if (!needed && !unknownNeed)
            return;
        const QString why = needed
            ? (report.expectedTags.contains(kAbiTag) ? tr("its build asks for the tag %1").arg(kAbiTag)
                                                     : tr("it is a Go 1.24 (wasip1) plugin"))
            : tr("no .buildrc or expected tags were given, so this is only a warning");
        add(QStringLiteral("abi-too-old"),
            tr("The module exports proxy_abi_version_%1, older than 0_2_100 (%2). The gateway loads it, but "
               "requests will hang: under the old ABI a HeaderStopIteration returned by the header callback is "
               "turned into StopAllIterationAndWatermark, so the body callbacks never run and the request never "
               "completes (higress #1847).").arg(newest, why),
            tr("Rebuild with the tag %1: %2").arg(kAbiTag, rebuild(QStringList{kAbiTag})),
            tr("it exports proxy_abi_version_%1, not 0_2_100, so requests will hang").arg(newest),
            needed ? FindingSeverity::Error : FindingSeverity::Warning, rebuild(QStringList{kAbiTag}));
    }

    void tags()
    {
        if (!report.buildrcUnread.isEmpty())
            add(QStringLiteral("buildrc-unreadable"),
                report.buildrcUnread + QLatin1Char(' ')
                    + tr("The tags it asks for were not checked: the artifact may lack them and hang requests."),
                tr("Make the .buildrc a regular file, or name its tags with --expect-tags."),
                tr("its .buildrc could not be read, so its tags were not checked"), FindingSeverity::Warning);
        if (report.expectedTags.isEmpty())
            return;
        const QStringList built = report.goBuildInfo.tags();
        QStringList missing;
        if (!report.goBuildInfo.settings.isEmpty()) {
            for (const QString &t : report.expectedTags)
                if (!built.contains(t))
                    missing.append(t);
        } else if (report.expectedTags.contains(kAbiTag) && !report.surface.abiVersions.isEmpty()
                   && !report.surface.abiVersions.contains(kCurrentAbi)) {
            missing.append(kAbiTag); // no Go build info (TinyGo), but the ABI export proves the tag was not set
        }
        if (missing.isEmpty())
            return;
        add(QStringLiteral("tags-not-applied"),
            tr("The artifact was built without the tags %1 that %2 asks for; its build settings say %3. The build "
               "succeeded anyway: Go silently compiles the untagged files instead.")
                .arg(missing.join(QLatin1Char(' ')), askedBy(missing),
                     built.isEmpty() ? tr("no -tags") : QStringLiteral("-tags=") + built.join(QLatin1Char(','))),
            tr("Rebuild with the tags applied: %1").arg(rebuild()),
            tr("it was built without -tags=%1").arg(missing.join(QLatin1Char(','))), FindingSeverity::Error, rebuild());
    }

    // Who asks for these tags: the .buildrc, the caller (--expect-tags, a build plan), or both.
    QString askedBy(const QStringList &tags) const
    {
        const auto anyIn = [&tags](const QStringList &list) {
            return std::any_of(tags.cbegin(), tags.cend(), [&list](const QString &t) { return list.contains(t); });
        };
        const bool buildrc = anyIn(report.buildrcTags);
        const bool given = anyIn(report.givenTags);
        if (buildrc && given)
            return tr("%1 (and %2)").arg(QStringLiteral(".buildrc"), report.givenTagsSource);
        return buildrc ? QStringLiteral(".buildrc") : report.givenTagsSource;
    }

    void entrypoint()
    {
        if (report.surface.entrypoint != QLatin1String("_start"))
            return;
        if (report.toolchain.id == QLatin1String("tinygo")) {
            // Era-1 TinyGo plugins are commands too and load fine while their _start returns; newer TinyGo
            // releases end _start with proc_exit, which the gateway forbids there.
            add(QStringLiteral("command-module"),
                tr("The module is a WASI command (_start, no _initialize). TinyGo builds of the Higress 1.x era "
                   "load this way, but newer TinyGo releases exit from _start and the gateway then fails with "
                   "\"restricted_callback\" (higress #3268)."),
                tr("Build with the TinyGo of the plugin's builder image, or build a reactor (TinyGo "
                   "-buildmode=c-shared, or Go >= 1.24 with -buildmode=c-shared)."),
                tr("it is a WASI command (_start), which newer TinyGo releases cannot load"), FindingSeverity::Warning);
            return;
        }
        add(QStringLiteral("command-module"),
            tr("The module is a WASI command: it exports _start instead of _initialize. The gateway runs _start "
               "at load, Go's main then exits inside the VM, and loading fails with \"Function: _start failed: "
               "Uncaught Error: restricted_callback\" (higress #3268)."),
            tr("Build a reactor with -buildmode=c-shared: %1").arg(rebuild()),
            tr("it is a WASI command (_start), so loading fails with restricted_callback"), FindingSeverity::Error,
            rebuild());
    }

    void imports(const GatewayProfiles &profiles)
    {
        if (!profile)
            return;
        QStringList unsupported;
        for (const WasmImport &i : report.module.imports)
            if (i.kind == WasmExternalKind::Function && !profiles.hostProvides(*profile, i.module, i.name))
                unsupported.append(i.module + QLatin1Char('.') + i.name);
        unsupported.removeDuplicates();
        if (unsupported.isEmpty())
            return;
        const bool schedYield = unsupported.contains(QStringLiteral("wasi_snapshot_preview1.sched_yield"));
        add(QStringLiteral("import-unsupported"),
            tr("Gateway %1 does not provide %2. It fails the module at load (\"missing import\"), and the whole "
               "listener carrying the plugin is rejected (higress #4233).")
                .arg(report.gatewayTarget.isEmpty() ? profile->gateway.toString() : report.gatewayTarget,
                     unsupported.join(QLatin1String(", "))),
            schedYield ? tr("Go >= 1.24 wasip1 builds always import sched_yield: run gateway 2.1.5 or newer, or build "
                            "this plugin with TinyGo for the older gateway.")
                       : tr("Remove the code that needs these imports, or target a gateway that provides them."),
            tr("gateway %1 lacks %2, so its listener is rejected")
                .arg(report.gatewayTarget.isEmpty() ? profile->gateway.toString() : report.gatewayTarget,
                     unsupported.join(QLatin1String(", "))));
    }

    void freshness()
    {
        const auto stale = ArtifactFreshness::newerSource(report.pluginDir, report.modified);
        if (!stale)
            return;
        add(QStringLiteral("stale-artifact"),
            tr("%1 changed after the artifact was built, so the artifact may not contain your latest changes.")
                .arg(QDir(report.pluginDir).relativeFilePath(*stale)),
            tr("Rebuild: %1").arg(rebuild()),
            tr("%1 changed after it was built").arg(QDir(report.pluginDir).relativeFilePath(*stale)),
            FindingSeverity::Warning, rebuild());
    }

    const ArtifactReport &report;
    const GatewayProfile *profile;
    const PluginEra era = pluginEra(report.pluginDir);
    QList<InspectionFinding> findings;

private:
    QString rebuild(const QStringList &extra = {}) const
    {
        QStringList tags = tagsForRebuild(report);
        for (const QString &t : extra)
            if (!tags.contains(t))
                tags.append(t);
        return InspectionRules::rebuildCommand(report, tags);
    }

    void add(const QString &code, const QString &message, const QString &fix, const QString &title,
             FindingSeverity severity = FindingSeverity::Error, const QString &command = {})
    {
        findings.append({code, severity, message, fix, command, title});
    }
};

} // namespace

QList<InspectionFinding> InspectionRules::evaluate(const ArtifactReport &report, const GatewayProfile *profile)
{
    RuleRun run(report, profile);
    run.readability();
    if (report.readable()) {
        run.abi();
        run.tags();
        run.entrypoint();
        run.imports(GatewayProfiles::builtIn());
    }
    if (!report.path.isEmpty())
        run.freshness();
    return run.findings;
}

QString InspectionRules::rebuildCommand(const ArtifactReport &report, const QStringList &tags)
{
    // The module's own name when it lies in the plugin's folder; main.wasm, the name Higress builds, when it is a copy
    // elsewhere (a gateway's run folder mounts plugin.wasm): "-o plugin.wasm" there wrote a second module beside
    // main.wasm, and the next gateway started the old one.
    const auto folder = [](const QString &path) {
        const QFileInfo info(path);
        return info.exists() ? info.canonicalFilePath() : QDir::cleanPath(info.absoluteFilePath());
    };
    const QFileInfo module(report.path);
    // Its path from the plugin's folder when it lies in it, a subfolder too (build/plugin.wasm).
    const QString relative = report.pluginDir.isEmpty() ? module.fileName()
                                                        : QDir(folder(report.pluginDir)).relativeFilePath(folder(report.path));
    const bool inPluginFolder = !relative.startsWith(QLatin1String("..")) && !QDir::isAbsolutePath(relative);
    const QString output = report.path.isEmpty() || !inPluginFolder ? QStringLiteral("main.wasm") : relative;
    const QString dir = report.pluginDir.isEmpty() ? QString()
                                                   : QStringLiteral("cd ") + QDir::toNativeSeparators(report.pluginDir)
            + QStringLiteral(" && ");
    // A Rust module is cargo's: its output lands in target/, under the crate's name.
    if (report.toolchain.id == QLatin1String("rust"))
        return dir + QStringLiteral("cargo build --target wasm32-wasip1 --release");
    if (report.toolchain.id == QLatin1String("tinygo")) {
        const QString all = QString(QStringLiteral("custommalloc nottinygc_finalizer ") + tags.join(QLatin1Char(' '))).trimmed();
        return dir + QStringLiteral("tinygo build -o %1 -scheduler=none -gc=custom -tags=\"%2\" -target=wasi ./")
                         .arg(output, all);
    }
    const QString tagArg = tags.isEmpty() ? QString() : QStringLiteral(" -tags=") + tags.join(QLatin1Char(','));
    return dir + QStringLiteral("GOOS=wasip1 GOARCH=wasm go build -buildmode=c-shared%1 -o %2 .").arg(tagArg, output);
}

} // namespace hwb
