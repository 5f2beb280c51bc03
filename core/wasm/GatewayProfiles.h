#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVersionNumber>

namespace hwb {

// What one gateway version accepts: the proxy-wasm ABI exports and the host imports it provides.
struct GatewayProfile
{
    QVersionNumber gateway; // the first gateway version this profile describes
    QStringList abiVersions;
    QString wasiHost;           // which wasi_snapshot_preview1 set its Envoy's wasm host implements (wasi_hosts)
    QStringList sources;        // keys of GatewayProfiles::sourceUrl

    bool acceptsAbi(const QString &abi) const { return abiVersions.contains(abi); }
};

// The gateway compatibility data of resources/gateway-profiles.json, compiled into hwbcore (:/hwb/).
class GatewayProfiles
{
public:
    static const GatewayProfiles &builtIn();
    // *error names the first problem: bad JSON, or a profile naming a wasi_host that is not defined.
    static GatewayProfiles fromJson(const QByteArray &json, QString *error = nullptr);

    // The profile for a gateway version ("2.1.4", "v2.0.7"): the newest one not after it. An empty or
    // unparsable version means the newest profile.
    const GatewayProfile *forVersion(const QString &version) const;
    // Whether text is a version forVersion reads as one ("2.1.4", "v2.0.7"), not a word it would take as "newest".
    static bool isVersion(const QString &text);
    const GatewayProfile *newest() const;
    QStringList versions() const;           // profile versions, oldest first, for pickers
    bool hostProvides(const GatewayProfile &profile, const QString &module, const QString &name) const;
    QString sourceUrl(const QString &key) const; // the first word of the cited source

private:
    QList<GatewayProfile> m_profiles; // sorted by gateway version
    QMap<QString, QStringList> m_hostImports; // what every gateway provides, by module
    QMap<QString, QStringList> m_wasiHosts;
    QMap<QString, QString> m_sources;
};

} // namespace hwb
