#include "GatewayRunProfile.h"

#include "storage/AppDataFolder.h"
#include "storage/JsonStoreFile.h"

#include "GatewaySpec.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSettings>


namespace hwb {

QString GatewayRunProfile::kindId(Kind kind)
{
    switch (kind) {
    case Kind::ManagedContainer: return QStringLiteral("managed");
    case Kind::ExternalUrl: return QStringLiteral("external");
    case Kind::MockOnly: return QStringLiteral("mock-only");
    }
    return {};
}

GatewayRunProfile::Kind GatewayRunProfile::kindFromId(const QString &id)
{
    if (id == QLatin1String("external"))
        return Kind::ExternalUrl;
    if (id == QLatin1String("mock-only"))
        return Kind::MockOnly;
    return Kind::ManagedContainer;
}

QString GatewayRunProfile::kindDisplayName(Kind kind)
{
    switch (kind) {
    case Kind::ManagedContainer:
        return QCoreApplication::translate("hwb::GatewayRunProfile", "Managed container");
    case Kind::ExternalUrl:
        return QCoreApplication::translate("hwb::GatewayRunProfile", "External URL");
    case Kind::MockOnly:
        return QCoreApplication::translate("hwb::GatewayRunProfile", "Mock LLM only (plugin NOT in the request path)");
    }
    return {};
}

QString GatewayRunProfile::requestBaseUrl(int mockPort) const
{
    switch (kind) {
    case Kind::ManagedContainer: return QStringLiteral("http://127.0.0.1:%1").arg(listenerPort);
    case Kind::ExternalUrl: return externalUrl;
    case Kind::MockOnly: return QStringLiteral("http://127.0.0.1:%1").arg(mockPort);
    }
    return {};
}

QJsonObject GatewayRunProfile::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("kind"), kindId(kind)},
            {QStringLiteral("image"), image},
            {QStringLiteral("engine"), engine},
            {QStringLiteral("listener_port"), listenerPort},
            {QStringLiteral("admin_port"), adminPort},
            {QStringLiteral("upstream"), upstream},
            {QStringLiteral("external_url"), externalUrl},
            {QStringLiteral("ready_timeout_s"), readyTimeoutSeconds}};
}

GatewayRunProfile GatewayRunProfile::fromJson(const QJsonObject &json)
{
    GatewayRunProfile p;
    p.name = json.value(QLatin1String("name")).toString();
    p.kind = kindFromId(json.value(QLatin1String("kind")).toString());
    p.image = json.value(QLatin1String("image")).toString(GatewaySpec::defaultImage());
    p.engine = json.value(QLatin1String("engine")).toString();
    p.listenerPort = json.value(QLatin1String("listener_port")).toInt(10000);
    p.adminPort = json.value(QLatin1String("admin_port")).toInt(9901);
    p.upstream = json.value(QLatin1String("upstream")).toString(QStringLiteral("mock"));
    p.externalUrl = json.value(QLatin1String("external_url")).toString();
    p.readyTimeoutSeconds = json.value(QLatin1String("ready_timeout_s")).toInt(60);
    return p;
}

namespace {
// One key per workspace, named by a hash of its canonical path (a path's '/' would be QSettings groups).
QString selectedKey(const QString &workspace)
{
    const QString canonical = QFileInfo(workspace).canonicalFilePath();
    const QByteArray id = (canonical.isEmpty() ? workspace : canonical).toUtf8();
    return QStringLiteral("gateway/profileByWorkspace/")
        + QString::fromLatin1(QCryptographicHash::hash(id, QCryptographicHash::Sha1).toHex().left(16));
}
} // namespace

int GatewayRunProfileStore::selectedIndex(const QString &workspace)
{
    return QSettings().value(selectedKey(workspace), -1).toInt();
}

void GatewayRunProfileStore::setSelectedIndex(const QString &workspace, int index)
{
    QSettings().setValue(selectedKey(workspace), index);
}

GatewayRunProfile GatewayRunProfileStore::selected(const QString &workspace)
{
    const QList<GatewayRunProfile> profiles = load();
    return profiles.value(qBound(0, selectedIndex(workspace), int(profiles.size()) - 1));
}

int GatewayRunProfileStore::firstOfKind(GatewayRunProfile::Kind kind)
{
    const QList<GatewayRunProfile> profiles = load();
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        if (profiles.at(i).kind == kind)
            return int(i);
    }
    return -1;
}

QString GatewayRunProfileStore::defaultPath()
{
    return AppDataFolder::filePath(QStringLiteral("gateway-profiles.json"));
}

QList<GatewayRunProfile> GatewayRunProfileStore::defaults()
{
    GatewayRunProfile managed;
    managed.name = QStringLiteral("Local gateway");
    managed.image = GatewaySpec::defaultImage();
    GatewayRunProfile external;
    external.name = QStringLiteral("External gateway");
    external.kind = GatewayRunProfile::Kind::ExternalUrl;
    external.externalUrl = QStringLiteral("http://127.0.0.1:8080");
    GatewayRunProfile mock;
    mock.name = QStringLiteral("Mock LLM only");
    mock.kind = GatewayRunProfile::Kind::MockOnly;
    return {managed, external, mock};
}

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hwb::GatewayRunProfileStore", text);
}
} // namespace

QList<GatewayRunProfile> GatewayRunProfileStore::load(const QString &path, QString *error)
{
    QString why;
    const std::optional<QJsonObject> store = JsonStoreFile(path).read(&why);
    if (!store) {
        if (error)
            *error = tr("The gateway profiles in %1 could not be read (%2): the defaults are used. The file is kept as "
                        "it is, and moved to %1.unreadable when a profile is changed.").arg(path, why);
        return defaults();
    }
    QList<GatewayRunProfile> profiles;
    for (const QJsonValue &v : store->value(QLatin1String("profiles")).toArray())
        profiles.append(GatewayRunProfile::fromJson(v.toObject()));
    return profiles.isEmpty() ? defaults() : profiles;
}

bool GatewayRunProfileStore::save(const QList<GatewayRunProfile> &profiles, const QString &path, QString *error)
{
    QJsonArray array;
    for (const GatewayRunProfile &p : profiles)
        array.append(p.toJson());
    QString why;
    if (JsonStoreFile(path).write({{QStringLiteral("version"), 1}, {QStringLiteral("profiles"), array}}, &why))
        return true;
    if (error)
        *error = tr("The gateway profiles were not saved: %1").arg(why);
    return false;
}

} // namespace hwb
