#pragma once

#include "wasm/InspectionFinding.h"

#include <QList>
#include <QString>

namespace hwb {

// What verification says of a module before a gateway loads it. The Gateway page and `hwb gateway up` show it
// before they start: a module built without its .buildrc tags loads and then hangs every request, and the
// container's log does not say why. They still start it, as a demo of that hang is a reason to load one.
struct ModuleCheck
{
    QString artifact;
    QString gatewayVersion;               // from the image's tag; empty: the newest known gateway
    QList<InspectionFinding> problems;    // errors first, then warnings

    bool hasErrors() const;
    // One line per problem: "[abi-too-old] message".
    QStringList lines() const;

    static ModuleCheck run(const QString &artifact, const QString &pluginDir, const QString &image);
    // "…/higress/gateway:2.1.6" -> "2.1.6"; a tag that is not a version (a local image's "latest") -> "".
    static QString versionOfImage(const QString &image);
};

} // namespace hwb
