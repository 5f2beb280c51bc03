#include "GatewayRunProfile.h"

#include "storage/AppDataFolder.h"

#include "GatewaySpec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSettings>

#include <optional>

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
const QString kSelectedKey = QStringLiteral("gateway/profile");
}

int GatewayRunProfileStore::selectedIndex()
{
    return QSettings().value(kSelectedKey, -1).toInt();
}

void GatewayRunProfileStore::setSelectedIndex(int index)
{
    QSettings().setValue(kSelectedKey, index);
}

GatewayRunProfile GatewayRunProfileStore::selected()
{
    const QList<GatewayRunProfile> profiles = load();
    return profiles.value(qBound(0, selectedIndex(), int(profiles.size()) - 1));
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

// The profiles in a file's bytes; nothing, and *why, when they are not a profiles file.
std::optional<QList<GatewayRunProfile>> parseProfiles(const QByteArray &bytes, QString *why)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *why = QCoreApplication::translate("hwb::GatewayRunProfileStore", "%1 at byte %2")
                   .arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonValue array = doc.object().value(QLatin1String("profiles"));
    if (!doc.isObject() || !array.isArray()) {
        *why = QCoreApplication::translate("hwb::GatewayRunProfileStore", "it has no \"profiles\" list");
        return std::nullopt;
    }
    QList<GatewayRunProfile> profiles;
    for (const QJsonValue &v : array.toArray())
        profiles.append(GatewayRunProfile::fromJson(v.toObject()));
    return profiles;
}

} // namespace

QList<GatewayRunProfile> GatewayRunProfileStore::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return defaults();
    QString why;
    const auto profiles = parseProfiles(file.readAll(), &why);
    if (!profiles && error)
        *error = tr("The gateway profiles in %1 could not be read (%2): the defaults are used. The file is kept as it "
                    "is, and moved to %1.unreadable when a profile is changed.").arg(path, why);
    return profiles && !profiles->isEmpty() ? *profiles : defaults();
}

bool GatewayRunProfileStore::save(const QList<GatewayRunProfile> &profiles, const QString &path, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QString ignored;
    if (QFile existing(path); existing.open(QIODevice::ReadOnly) && !parseProfiles(existing.readAll(), &ignored)) {
        existing.close();
        QString aside = path + QStringLiteral(".unreadable");
        if (QFileInfo::exists(aside)) // an earlier one is kept too
            aside += QLatin1Char('-') + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        if (!QFile::rename(path, aside)) {
            if (error)
                *error = tr("The gateway profiles were not saved: %1 could not be read, and could not be kept as %2.")
                             .arg(path, aside);
            return false;
        }
    }
    QJsonArray array;
    for (const GatewayRunProfile &p : profiles)
        array.append(p.toJson());
    const QByteArray bytes = QJsonDocument(QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("profiles"), array}})
                                 .toJson(QJsonDocument::Indented);
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    if (error)
        *error = tr("The gateway profiles were not saved to %1: %2.").arg(path, file.errorString());
    return false;
}

} // namespace hwb
