#pragma once

#include "ArtifactReport.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <optional>

class QFile;

namespace hwb {

struct ArtifactContent;
struct FileIdentity;

// Reads an artifact and judges whether the gateway will load it and whether requests will flow.
class ArtifactInspector
{
public:
    struct Options
    {
        QStringList expectTags;  // from --expect-tags or a build plan
        QString expectTagsSource = QStringLiteral("--expect-tags"); // who asks for expectTags, for the messages
        QString gatewayVersion;  // empty = the newest known gateway
        QString pluginDir;       // for .buildrc tags, era and staleness; empty = guess from the artifact's folder
        // Where else to look for the plugin a Go module names in its build info (ModuleOrigin), when neither
        // pluginDir nor the artifact's folder gives one; the workspace holding the artifact is looked in first.
        QStringList workspaces;
    };

    static ArtifactReport inspectFile(const QString &path, const Options &options);
    // The same, and what the bytes said when they can be remembered (ArtifactContentCache): nothing wrote the file
    // while it was read, and the clock had passed its change time before the read, so any later write changes it.
    static ArtifactReport inspectFile(const QString &path, const Options &options,
                                      std::optional<ArtifactContent> *settled);
    // A file's bytes, already read or mapped: `path` and `identity` (for its time) say which file they are.
    static ArtifactReport inspectContent(QByteArrayView content, const QString &path, const FileIdentity &identity,
                                         const Options &options);
    // A file whose bytes are known already (ArtifactContent, proven unchanged by the caller): judged, not read.
    static ArtifactReport inspectKnown(const ArtifactContent &content, const QString &path, const Options &options);
    static ArtifactReport inspectBytes(QByteArrayView bytes, const Options &options);
    // Derives everything that does not come from the bytes (the proxy-wasm surface, the toolchain, the expected
    // tags, the findings) again, for a report whose file was touched since it was read (report.modified changed).
    static void judge(ArtifactReport &report, const Options &options);
    // Does the one-time set-up (the CPU feature check of the SHA-256, the built-in gateway profiles) now, so a caller
    // with idle time before its artifact exists (a running build) does not pay for it after.
    static void warmUp();
    // How many files inspectFile() has opened and read in this process, for tests that count them.
    static int filesRead();

    // The artifact a plugin's last build left: the newest of main.wasm (go build, make local-build), plugin.wasm
    // (make build), build/plugin.wasm, AssemblyScript's build/release.wasm and cargo's
    // target/<WASI target>/release/*.wasm; empty when there is none.
    static QString newestArtifact(const QString &pluginDir);
    // The folder of a plugin an artifact was built in (main.wasm/plugin.wasm next to go.mod or .buildrc).
    static QString guessPluginDir(const QString &artifactPath);

private:
    static void analyse(ArtifactReport &report, QByteArrayView bytes, const Options &options);
    static ArtifactReport inspectOpen(QFile &file, const QString &path, const Options &options,
                                      std::optional<ArtifactContent> *settled);
    static Options withPluginDir(const QString &artifactPath, const Options &options);
};

} // namespace hwb
