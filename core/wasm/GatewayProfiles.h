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
    QStringList missingImports; // "module.name" the host imports below lack in this version
    QStringList sources;        // keys of GatewayProfiles::sourceUrl

    bool acceptsAbi(const QString &abi) const { return abiVersions.contains(abi); }
};

// The gateway compatibility data of resources/gateway-profiles.json, compiled into hwbcore (:/hwb/).
class GatewayProfiles
{
public:
    static const GatewayProfiles &builtIn();
    static GatewayProfiles fromJson(const QByteArray &json, QString *error = nullptr);

    // The profile for a gateway version ("2.1.4", "v2.0.7"): the newest one not after it. An empty or
    // unparsable version means the newest profile.
    const GatewayProfile *forVersion(const QString &version) const;
    const GatewayProfile *newest() const;
    QStringList versions() const;           // profile versions, oldest first, for pickers
    bool hostProvides(const GatewayProfile &profile, const QString &module, const QString &name) const;
    QString sourceUrl(const QString &key) const; // the first word of the cited source

private:
    QList<GatewayProfile> m_profiles; // sorted by gateway version
    QMap<QString, QStringList> m_hostImports;
    QMap<QString, QString> m_sources;
};

} // namespace hwb
