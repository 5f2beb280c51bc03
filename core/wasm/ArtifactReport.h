#pragma once

#include "GoBuildInfo.h"
#include "InspectionFinding.h"
#include "ProxyWasmSurface.h"
#include "ToolchainDetector.h"
#include "WasmModule.h"
#include "WasmReader.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace hwb {

// Everything `hwb inspect` and the Verify page show about one artifact.
struct ArtifactReport
{
    QString path;
    qint64 size = 0;
    QString sha256;
    QDateTime modified;
    WasmReader::Error readError;
    WasmModule module;
    ProxyWasmSurface surface;
    Toolchain toolchain;
    GoBuildInfo goBuildInfo;
    QString gatewayTarget;  // what the user asked for; empty = newest profile
    QString gatewayProfile; // the profile version the rules used
    QStringList expectedTags;     // every tag the artifact must carry: the given ones and the .buildrc's
    QStringList givenTags;        // asked for by givenTagsSource
    QString givenTagsSource;      // "--expect-tags" or "the build plan", for the messages
    QStringList buildrcTags;      // asked for by the plugin's .buildrc
    QString buildrcUnread;        // why the plugin's .buildrc, which is there, was not read; its tags are then unknown
    QString pluginDir;
    bool pluginDirInferred = false; // found from the module's Go build info (ModuleOrigin), not given or beside it
    QList<InspectionFinding> findings;

    bool readable() const { return readError.code == WasmReader::ErrorCode::None; }
    bool passed() const; // no error-severity finding
    QString goVersion() const; // "go1.24.4" for Go gc builds, else empty
    // The BRIEF §5 `hwb inspect --json` contract plus extra keys (fix, callbacks, deps, gateway, ...).
    QJsonObject toJson() const;
};

} // namespace hwb
