#include "CliOutput.h"
#include "CommandRegistry.h"
#include "UserInput.h"

#include "wasm/ArtifactInspector.h"
#include "wasm/ArtifactVerdict.h"
#include "wasm/ExpectedTags.h"
#include "wasm/GatewayProfiles.h"
#include "workspace/WorkspaceScanner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>


namespace hwb::cli {

namespace {

QString orDash(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("-") : s;
}

void printHuman(const ArtifactReport &r)
{
    // The headline must not promise what a finding below takes back: a module whose old ABI will hang requests
    // gets its own headline even when nothing made that an error (no .buildrc or --expect-tags said the tag).
    const ArtifactVerdict verdict = ArtifactVerdict::of(r);
    switch (verdict.kind) {
    case ArtifactVerdict::Kind::Fail:
        printLine(tr("FAIL  %1: this artifact will not work at the gateway.").arg(r.path));
        break;
    case ArtifactVerdict::Kind::LoadsButHangs:
        printLine(tr("LOADS, but requests will hang  %1: it exports proxy_abi_version_%2, not 0_2_100. Nothing says "
                     "this plugin can do without the new ABI: pass --plugin DIR (its .buildrc) or --expect-tags.")
                      .arg(r.path, r.surface.newestAbi()));
        break;
    case ArtifactVerdict::Kind::PassWithWarnings:
        printLine(tr("PASS with warnings  %1: the gateway will load this plugin; read the warnings below before "
                     "trusting requests to it.").arg(r.path));
        break;
    case ArtifactVerdict::Kind::Pass:
        printLine(tr("PASS  %1: the gateway will load this plugin and requests will flow.").arg(r.path));
        break;
    }
    if (r.pluginDirInferred)
        printLine(tr("plugin         %1 (named by the module's Go build info; its .buildrc judges the tags)").arg(r.pluginDir));
    printLine(tr("size %1 bytes, sha256 %2").arg(r.size).arg(orDash(r.sha256)));
    if (r.readable()) {
        printLine(tr("toolchain      %1 %2").arg(r.toolchain.id, r.toolchain.version).trimmed());
        printLine(tr("ABI versions   %1").arg(orDash(r.surface.abiVersions.join(QLatin1String(", ")))));
        printLine(tr("entry point    %1").arg(orDash(r.surface.entrypoint)));
        printLine(tr("memory         %1, allocator %2").arg(orDash(r.surface.memoryExport), orDash(r.surface.allocatorExport)));
        printLine(tr("callbacks      %1").arg(orDash(r.surface.callbacks.join(QLatin1Char(' ')))));
        for (auto it = r.surface.importsByModule.begin(); it != r.surface.importsByModule.end(); ++it)
            printLine(tr("imports        %1: %2").arg(it.key(), it.value().join(QLatin1Char(' '))));
        for (const auto &kv : r.goBuildInfo.settings)
            printLine(tr("build          %1=%2").arg(kv.first, kv.second));
        if (const GoModuleVersion *sdk = r.goBuildInfo.proxyWasmSdk())
            printLine(tr("proxy-wasm SDK %1 %2 %3").arg(sdk->path, sdk->version, sdk->replacePath).trimmed());
        printLine(tr("gateway        profile %1").arg(orDash(r.gatewayProfile)));
    }
    for (const InspectionFinding &f : r.findings) {
        printLine(QString());
        const QString label = f.severity == FindingSeverity::Error     ? tr("ERROR")
                            : f.severity == FindingSeverity::Warning ? tr("WARNING")
                                                                     : tr("INFO");
        printLine(QStringLiteral("%1 [%2] %3").arg(label, f.code, f.message));
        if (!f.fix.isEmpty())
            printLine(tr("  fix: %1").arg(f.fix));
    }
}

int run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(jsonOption());
    parser.addOption({QStringLiteral("expect-tags"), tr("Build tags the artifact must carry (comma separated)."),
                      tr("tags")});
    parser.addOption({QStringLiteral("gateway"), tr("Target gateway version (default: the newest known)."),
                      tr("version")});
    parser.addOption({QStringLiteral("plugin"),
                      tr("Plugin folder for .buildrc tags, era and staleness (default: the artifact's folder)."),
                      tr("dir")});
    parser.addOption(workspaceOption()); // where to find the plugin of a module copied out of its folder
    parser.addPositionalArgument(QStringLiteral("file"), tr("The .wasm artifact to inspect."));
    int exitCode = ExitOk;
    if (!parseArguments(parser, args,
                        tr("Read a plugin artifact and say whether the gateway will load it and requests will flow.\n"
                           "Example: hwb inspect plugins/wasm-go/extensions/ai-proxy/main.wasm --expect-tags proxy_wasm_version_0_2_100"),
                        &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1) {
        printError(tr("inspect takes exactly one .wasm file."));
        return ExitUsage;
    }
    ArtifactInspector::Options options;
    options.expectTags = splitBuildTags(parser.value(QStringLiteral("expect-tags")));
    options.gatewayVersion = parser.value(QStringLiteral("gateway"));
    if (parser.isSet(QStringLiteral("gateway")) && !GatewayProfiles::isVersion(options.gatewayVersion)) {
        printError(tr("--gateway needs a gateway version such as %1, not '%2'.")
                       .arg(GatewayProfiles::builtIn().newest()->gateway.toString(), options.gatewayVersion));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("plugin"))) {
        const QString dir = parser.value(QStringLiteral("plugin"));
        if (!QFileInfo(dir).isDir()) {
            printError(tr("--plugin needs the plugin's folder; %1 is not a folder.").arg(dir));
            return ExitUsage;
        }
        options.pluginDir = QDir(dir).absolutePath();
    }
    // Optional here, unlike for build: the module names its plugin, and a workspace only helps to find it.
    const QString workspace = parser.isSet(QStringLiteral("workspace")) ? parser.value(QStringLiteral("workspace"))
                                                                        : qEnvironmentVariable("HWB_WORKSPACE");
    if (!workspace.isEmpty() && !WorkspaceScanner::isWorkspace(workspace)) {
        printError(tr("%1 is not a Higress workspace (no plugins/wasm-*/extensions).").arg(workspace));
        return ExitUsage;
    }
    options.workspaces.append(workspace.isEmpty() ? WorkspaceScanner::workspaceContaining(QDir::currentPath())
                                                  : QDir(workspace).absolutePath());
    // A file that cannot be opened is a mistake in the command, not a verdict on an artifact.
    const QString file = parser.positionalArguments().first();
    if (!readableFile(file, BoundedFile::kModuleLimit))
        return ExitUsage;
    const ArtifactReport report = ArtifactInspector::inspectFile(file, options);
    if (parser.isSet(QStringLiteral("json")))
        printJson(report.toJson());
    else
        printHuman(report);
    return report.passed() ? ExitOk : ExitFailure;
}

const CommandRegistration registration{
    {"inspect", QT_TRANSLATE_NOOP("hwb::cli", "Verify a plugin artifact (.wasm) before it reaches the gateway"), &run}};

} // namespace
} // namespace hwb::cli
