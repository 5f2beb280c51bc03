#include "GatewayProfiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace hwb {

namespace {

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        out.append(v.toString());
    return out;
}

// "v2.0.7 " as QVersionNumber reads it.
QString versionText(const QString &version)
{
    QString text = version.trimmed();
    if (text.startsWith(QLatin1Char('v')))
        text.remove(0, 1);
    return text;
}

} // namespace

const GatewayProfiles &GatewayProfiles::builtIn()
{
    static const GatewayProfiles profiles = [] {
        QFile file(QStringLiteral(":/hwb/gateway-profiles.json"));
        return file.open(QIODevice::ReadOnly) ? fromJson(file.readAll()) : GatewayProfiles();
    }();
    return profiles;
}

GatewayProfiles GatewayProfiles::fromJson(const QByteArray &json, QString *error)
{
    GatewayProfiles result;
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError && error)
        *error = parseError.errorString();
    const QJsonObject sources = root.value(QLatin1String("sources")).toObject();
    for (auto it = sources.begin(); it != sources.end(); ++it)
        result.m_sources.insert(it.key(), it.value().toString().section(QLatin1Char(' '), 0, 0));
    const QJsonObject host = root.value(QLatin1String("host_imports")).toObject();
    for (auto it = host.begin(); it != host.end(); ++it)
        result.m_hostImports.insert(it.key(), stringList(it.value()));
    const QJsonObject wasiHosts = root.value(QLatin1String("wasi_hosts")).toObject();
    for (auto it = wasiHosts.begin(); it != wasiHosts.end(); ++it)
        result.m_wasiHosts.insert(it.key(), stringList(it.value()));
    const QJsonArray profiles = root.value(QLatin1String("profiles")).toArray();
    for (const QJsonValue &v : profiles) {
        const QJsonObject o = v.toObject();
        GatewayProfile profile{QVersionNumber::fromString(o.value(QLatin1String("gateway")).toString()),
                               stringList(o.value(QLatin1String("abi_versions"))),
                               o.value(QLatin1String("wasi_host")).toString(),
                               stringList(o.value(QLatin1String("sources")))};
        if (!profile.wasiHost.isEmpty() && !result.m_wasiHosts.contains(profile.wasiHost) && error && error->isEmpty())
            *error = QStringLiteral("gateway %1: wasi_host %2 is not in wasi_hosts").arg(profile.gateway.toString(), profile.wasiHost);
        result.m_profiles.append(profile);
    }
    std::sort(result.m_profiles.begin(), result.m_profiles.end(),
              [](const GatewayProfile &a, const GatewayProfile &b) { return a.gateway < b.gateway; });
    return result;
}

const GatewayProfile *GatewayProfiles::newest() const
{
    return m_profiles.isEmpty() ? nullptr : &m_profiles.last();
}

bool GatewayProfiles::isVersion(const QString &version)
{
    const QString text = versionText(version);
    qsizetype suffix = 0;
    return !QVersionNumber::fromString(text, &suffix).isNull() && suffix == text.size();
}

const GatewayProfile *GatewayProfiles::forVersion(const QString &version) const
{
    const QVersionNumber wanted = QVersionNumber::fromString(versionText(version));
    if (wanted.isNull())
        return newest();
    const GatewayProfile *match = m_profiles.isEmpty() ? nullptr : &m_profiles.first();
    for (const GatewayProfile &p : m_profiles)
        if (p.gateway <= wanted)
            match = &p;
    return match;
}

QStringList GatewayProfiles::versions() const
{
    QStringList out;
    for (const GatewayProfile &p : m_profiles)
        out.append(p.gateway.toString());
    return out;
}

bool GatewayProfiles::hostProvides(const GatewayProfile &profile, const QString &module, const QString &name) const
{
    const bool wasi = module == QLatin1String("wasi_snapshot_preview1") && !profile.wasiHost.isEmpty();
    const QStringList provided = wasi ? m_wasiHosts.value(profile.wasiHost) : m_hostImports.value(module);
    return std::any_of(provided.begin(), provided.end(), [&](const QString &pattern) {
        return pattern.endsWith(QLatin1Char('*')) ? name.startsWith(QStringView(pattern).chopped(1)) : name == pattern;
    });
}

QString GatewayProfiles::sourceUrl(const QString &key) const
{
    return m_sources.value(key);
}

} // namespace hwb
