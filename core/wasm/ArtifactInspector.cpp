#include "ArtifactInspector.h"

#include "ArtifactContent.h"
#include "ArtifactDigest.h"
#include "ExpectedTags.h"
#include "GatewayProfiles.h"
#include "InspectionRules.h"
#include "ModuleOrigin.h"

#include "common/BoundedFile.h"
#include "common/FileIdentity.h"
#include "workspace/WorkspaceScanner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>

#include <atomic>
#include <future>

namespace hwb {

namespace {
constexpr qsizetype kParallelHashThreshold = 256 * 1024; // below this a thread costs more than it saves
std::atomic<int> g_filesRead = 0;
}

int ArtifactInspector::filesRead()
{
    return g_filesRead;
}

ArtifactInspector::Options ArtifactInspector::withPluginDir(const QString &artifactPath, const Options &options)
{
    Options effective = options;
    if (effective.pluginDir.isEmpty())
        effective.pluginDir = guessPluginDir(artifactPath);
    return effective;
}

ArtifactReport ArtifactInspector::inspectFile(const QString &path, const Options &options)
{
    return inspectFile(path, options, nullptr);
}

ArtifactReport ArtifactInspector::inspectFile(const QString &path, const Options &options,
                                              std::optional<ArtifactContent> *settled)
{
    QFile file(path);
    const QString refusal = BoundedFile::open(file, BoundedFile::kModuleLimit);
    if (refusal.isEmpty())
        return inspectOpen(file, path, options, settled);
    ArtifactReport report;
    const QFileInfo info(path);
    report.path = info.absoluteFilePath();
    report.modified = info.lastModified();
    report.readError = {WasmReader::ErrorCode::Unreadable,
                        QCoreApplication::translate("hwb::ArtifactInspector", "Cannot open %1: %2.")
                            .arg(QDir::toNativeSeparators(path), refusal),
                        0};
    analyse(report, {}, withPluginDir(path, options));
    return report;
}

ArtifactReport ArtifactInspector::inspectContent(QByteArrayView content, const QString &path, const FileIdentity &identity,
                                                 const Options &options)
{
    ArtifactReport report;
    const Options effective = withPluginDir(path, options);
    report.path = QFileInfo(path).absoluteFilePath();
    report.modified = QDateTime::fromMSecsSinceEpoch(identity.mtimeNs / 1000000);
    analyse(report, content, effective);
    return report;
}

ArtifactReport ArtifactInspector::inspectKnown(const ArtifactContent &content, const QString &path, const Options &options)
{
    ArtifactReport report;
    report.path = QFileInfo(path).absoluteFilePath();
    report.size = content.identity.size;
    report.sha256 = content.sha256;
    report.module = content.module;
    report.modified = QDateTime::fromMSecsSinceEpoch(content.identity.mtimeNs / 1000000);
    judge(report, withPluginDir(path, options));
    return report;
}

ArtifactReport ArtifactInspector::inspectOpen(QFile &file, const QString &path, const Options &options,
                                              std::optional<ArtifactContent> *settled)
{
    ++g_filesRead;
    // What was read is what the open descriptor names, even if the path is replaced meanwhile.
    const FileIdentity opened = FileIdentity::ofDescriptor(file.handle());
    // Checked before the read: a write in the same clock tick as the last one could keep the change time.
    const bool changeTimePast = settled && FileIdentity::changeTimeSettled(file.handle(), opened);
    // Mapping keeps peak memory near the file size and avoids a copy for the hash and the reader.
    const qint64 size = opened.size;
    const uchar *mapped = size > 0 ? file.map(0, size) : nullptr;
    const ArtifactReport report = mapped
        ? inspectContent(QByteArrayView(reinterpret_cast<const char *>(mapped), size), path, opened, options)
        : inspectContent(file.readAll(), path, opened, options);
    if (changeTimePast && report.readable() && FileIdentity::ofDescriptor(file.handle()) == opened)
        settled->emplace(ArtifactContent{opened, report.sha256, report.module});
    return report;
}

ArtifactReport ArtifactInspector::inspectBytes(QByteArrayView bytes, const Options &options)
{
    ArtifactReport report;
    analyse(report, bytes, options);
    return report;
}

void ArtifactInspector::analyse(ArtifactReport &report, QByteArrayView bytes, const Options &options)
{
    report.size = bytes.size();
    if (report.readError.code == WasmReader::ErrorCode::None) {
        // Hashing and parsing each cost ~1 ms per MiB and neither needs the other: on a multi-megabyte module
        // (every Go build) the hash runs beside the parse, which is most of what `hwb build` adds to a rebuild.
        std::future<QString> sha256;
        if (bytes.size() >= kParallelHashThreshold)
            sha256 = std::async(std::launch::async, [bytes] { return sha256Hex(bytes); });
        auto result = WasmReader::read(bytes);
        report.module = std::move(result.module);
        report.readError = result.error;
        report.sha256 = sha256.valid() ? sha256.get() : sha256Hex(bytes);
    }
    judge(report, options);
}

namespace {

// What a module's bytes say of its surface, toolchain and Go build, for the module last judged: a build server
// judges the same module again after every no-op rebuild, and these were a third of that. Its digest names it.
struct ModuleFacts
{
    QString sha256;
    ProxyWasmSurface surface;
    Toolchain toolchain;
    GoBuildInfo goBuildInfo;
};

void deriveModuleFacts(ArtifactReport &report)
{
    static QMutex mutex;
    static ModuleFacts last;
    if (!report.sha256.isEmpty()) {
        const QMutexLocker lock(&mutex);
        if (last.sha256 == report.sha256) {
            report.surface = last.surface;
            report.toolchain = last.toolchain;
            report.goBuildInfo = last.goBuildInfo;
            return;
        }
    }
    report.surface = ProxyWasmSurface::of(report.module);
    report.toolchain = ToolchainDetector::detect(report.module);
    report.goBuildInfo = GoBuildInfo::parse(report.module.goModInfo);
    if (!report.sha256.isEmpty()) {
        const QMutexLocker lock(&mutex);
        last = {report.sha256, report.surface, report.toolchain, report.goBuildInfo};
    }
}

} // namespace

void ArtifactInspector::judge(ArtifactReport &report, const Options &options)
{
    deriveModuleFacts(report);
    report.pluginDir = options.pluginDir;
    report.pluginDirInferred = false;
    if (report.pluginDir.isEmpty() && !report.goBuildInfo.path.isEmpty()) {
        QStringList workspaces = options.workspaces;
        if (!report.path.isEmpty())
            workspaces.prepend(WorkspaceScanner::workspaceContaining(QFileInfo(report.path).absolutePath()));
        report.pluginDir = ModuleOrigin::pluginDir(report.goBuildInfo, workspaces);
        report.pluginDirInferred = !report.pluginDir.isEmpty();
    }
    report.givenTags = options.expectTags;
    report.givenTagsSource = options.expectTagsSource;
    report.buildrcUnread.clear();
    report.buildrcTags = expectedTagsForPlugin(report.pluginDir, &report.buildrcUnread);
    report.expectedTags = options.expectTags;
    for (const QString &tag : std::as_const(report.buildrcTags))
        if (!report.expectedTags.contains(tag))
            report.expectedTags.append(tag);
    report.gatewayTarget = options.gatewayVersion;
    const GatewayProfile *profile = GatewayProfiles::builtIn().forVersion(options.gatewayVersion);
    report.gatewayProfile = profile ? profile->gateway.toString() : QString();
    report.findings = InspectionRules::evaluate(report, profile);
}

void ArtifactInspector::warmUp()
{
    sha256Hex({});
    GatewayProfiles::builtIn();
}

QString ArtifactInspector::newestArtifact(const QString &pluginDir)
{
    if (pluginDir.isEmpty())
        return {};
    const QDir dir(pluginDir);
    // go build and make local-build write main.wasm; make build (Docker) plugin.wasm, build/plugin.wasm in the
    // docs' compose layout; AssemblyScript's asc build/release.wasm; cargo <crate>.wasm under
    // target/<WASI target>/release/.
    QFileInfoList candidates;
    for (const char *name : {"main.wasm", "plugin.wasm", "build/plugin.wasm", "build/release.wasm"})
        candidates.append(QFileInfo(dir.filePath(QLatin1String(name))));
    for (const char *target : {"target/wasm32-wasip1/release", "target/wasm32-wasi/release"})
        candidates.append(QDir(dir.filePath(QLatin1String(target))).entryInfoList({QStringLiteral("*.wasm")}, QDir::Files));
    QFileInfo newest;
    for (const QFileInfo &candidate : std::as_const(candidates))
        if (candidate.isFile() && (!newest.exists() || candidate.lastModified() > newest.lastModified()))
            newest = candidate;
    return newest.exists() ? newest.absoluteFilePath() : QString();
}

QString ArtifactInspector::guessPluginDir(const QString &artifactPath)
{
    QDir dir = QFileInfo(artifactPath).absoluteDir();
    for (const char *marker : {"go.mod", ".buildrc", "Cargo.toml"})
        if (dir.exists(QLatin1String(marker)))
            return dir.absolutePath();
    // cargo leaves its output in <crate>/target/<triple>/<profile>/.
    if (dir.cdUp() && dir.cdUp() && dir.dirName() == QLatin1String("target") && dir.cdUp()
        && dir.exists(QStringLiteral("Cargo.toml")))
        return dir.absolutePath();
    return {};
}

} // namespace hwb
