#pragma once

#include "UpstreamTarget.h"

#include <QByteArray>
#include <QString>

namespace hwb {

// Writes the envoy.yaml the local gateway runs: one listener whose HTTP connection manager runs the
// plugin as a wasm filter (the TypedStruct shape from the Higress docs), then the router, and one cluster
// for the LLM upstream. Deterministic output, so the golden tests pin it.
struct EnvoyConfig
{
    QString pluginName;
    QByteArray pluginConfigJson; // the plugin's configuration, handed to it as a StringValue
    int listenerPort = 10000;
    int adminPort = 9901;
    UpstreamTarget upstream;
    QString wasmPath = QStringLiteral("/etc/envoy/plugin.wasm");

    static constexpr const char *kClusterName = "llm_upstream";

    QByteArray toYaml() const;
};

} // namespace hwb
