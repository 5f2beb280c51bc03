#include "RequestTemplate.h"

#include "common/BoundedFile.h"
#include "common/JsonParsing.h"
#include "common/Placeholders.h"

#include "storage/AppDataFolder.h"

#include "Redactor.h"
#include "RunExport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace hwb {

namespace {

// The template in a file; nothing, and *why, when it cannot be read.
std::optional<RequestTemplate> readFile(const QString &path, bool bundled, QString *why)
{
    QFile f(path);
    // The user's folder may hold anything (a FIFO would block the loader); the bundled ones are resources.
    if (const QString refused = bundled ? (f.open(QIODevice::ReadOnly) ? QString() : f.errorString())
                                        : BoundedFile::open(f, BoundedFile::kRequestBodyLimit);
        !refused.isEmpty()) {
        *why = refused;
        return std::nullopt;
    }
    const auto doc = parseJson(f.readAll(), why);
    if (!doc)
        return std::nullopt;
    if (!doc->isObject()) {
        *why = QCoreApplication::translate("hwb::TemplateLibrary", "it holds no JSON object");
        return std::nullopt;
    }
    RequestTemplate t = RequestTemplate::fromJson(doc->object());
    if (t.name.isEmpty())
        t.name = QFileInfo(path).completeBaseName();
    t.bundled = bundled;
    return t;
}

// Templates hold placeholders, never keys: a key pasted into a header or the body is masked on save. A value
// under a credential's name ("api_key", X-Auth-Token) goes whole, any other loses what looks like a key in it.
QString withoutKeys(const QString &name, const QString &value)
{
    if (Placeholders::contains(value))
        return value;
    return Redactor::isSecretHeader(name.toLatin1()) ? QLatin1String(Redactor::kMask) : Redactor::global().redact(value);
}

QJsonValue withoutKeys(const QString &name, const QJsonValue &value) // an array's elements go by its name
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = withoutKeys(it.key(), it.value());
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it)
            *it = withoutKeys(name, *it);
        return array;
    }
    return value.isString() ? QJsonValue(withoutKeys(name, value.toString())) : value;
}

QList<RequestTemplate> readDir(const QString &dir, bool bundled, QList<TemplateFileError> *unreadable)
{
    QList<RequestTemplate> list;
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString path = dir + QLatin1Char('/') + file;
        QString why;
        if (auto t = readFile(path, bundled, &why))
            list.append(*t);
        else if (unreadable)
            unreadable->append({QFileInfo(path).completeBaseName(), path, why});
    }
    return list;
}

} // namespace

RequestTemplate RequestTemplate::fromJson(const QJsonObject &o)
{
    RequestTemplate t;
    t.name = o.value(QLatin1String("name")).toString();
    t.title = o.value(QLatin1String("title")).toString(t.name);
    t.method = o.value(QLatin1String("method")).toString(QStringLiteral("POST")).toLatin1();
    t.path = o.value(QLatin1String("path")).toString();
    t.host = o.value(QLatin1String("host")).toString();
    t.model = o.value(QLatin1String("model")).toString();
    const QJsonObject headers = o.value(QLatin1String("headers")).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        t.headers.append({it.key(), it.value().toString()});
    t.body = o.value(QLatin1String("body")).toObject();
    return t;
}

QJsonObject RequestTemplate::toJson() const
{
    QJsonObject headerObject;
    for (const auto &h : headers)
        headerObject.insert(h.first, h.second);
    return {{QLatin1String("name"), name},     {QLatin1String("title"), title},
            {QLatin1String("method"), QString::fromLatin1(method)},
            {QLatin1String("path"), path},     {QLatin1String("host"), host},
            {QLatin1String("model"), model},   {QLatin1String("headers"), headerObject},
            {QLatin1String("body"), body}};
}

RequestSpec RequestTemplate::render(const QUrl &url, const Lookup &secrets, QStringList *unresolved) const
{
    const auto substitute = [&](const QString &text) {
        return Placeholders::substitute(text, [&](const QString &name) {
            return name == QLatin1String("MODEL") ? model : (secrets ? secrets(name) : QString());
        }, unresolved);
    };

    RequestSpec spec;
    spec.url = url;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const QLatin1String version("/v1");
    if (!path.isEmpty() && base.isEmpty())
        spec.url.setPath(path);
    else if (base.endsWith(version) && path.startsWith(version + QLatin1Char('/')))
        spec.url.setPath(base + path.mid(version.size()));
    spec.method = method;
    if (!host.isEmpty())
        spec.headers.append({"Host", host.toLatin1()});
    for (const auto &h : headers)
        spec.headers.append({h.first.toLatin1(), substitute(h.second).toUtf8()});
    if (!body.isEmpty())
        spec.body = substitute(QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact))).toUtf8();
    return spec;
}

QList<RequestTemplate> TemplateLibrary::bundled()
{
    return readDir(QStringLiteral(":/hwb/templates"), true, nullptr);
}

QString TemplateLibrary::userDirectory()
{
    return AppDataFolder::filePath(QStringLiteral("templates"));
}

QList<RequestTemplate> TemplateLibrary::user(QList<TemplateFileError> *unreadable)
{
    return readDir(userDirectory(), false, unreadable);
}

QList<TemplateFileError> TemplateLibrary::unreadable()
{
    QList<TemplateFileError> unreadable;
    user(&unreadable);
    return unreadable;
}

QList<RequestTemplate> TemplateLibrary::all(QList<TemplateFileError> *unreadable)
{
    QList<RequestTemplate> list = bundled();
    for (const RequestTemplate &u : user(unreadable)) {
        list.removeIf([&](const RequestTemplate &t) { return t.name == u.name; });
        list.append(u);
    }
    return list;
}

std::optional<RequestTemplate> TemplateLibrary::find(const QString &name)
{
    const QList<RequestTemplate> list = all();
    for (const RequestTemplate &t : list) {
        if (t.name == name)
            return t;
    }
    return std::nullopt;
}

bool TemplateLibrary::isSaved(const QString &name)
{
    return QFileInfo::exists(userDirectory() + QLatin1Char('/') + name + QLatin1String(".json"));
}

bool TemplateLibrary::save(const RequestTemplate &t, QString *error, Existing existing)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9._-]+$"));
    if (!safe.match(t.name).hasMatch()) {
        *error = QCoreApplication::translate("hwb::TemplateLibrary",
                                             "A template name may only use letters, digits, '.', '_' and '-'.");
        return false;
    }
    if (existing == Existing::Refuse && isSaved(t.name)) {
        *error = QCoreApplication::translate("hwb::TemplateLibrary", "A template named %1 is saved already.")
                     .arg(t.name);
        return false;
    }
    const QString dir = userDirectory();
    QDir().mkpath(dir);
    const QString path = dir + QLatin1Char('/') + t.name + QLatin1String(".json");
    RequestTemplate clean = t;
    for (auto &h : clean.headers)
        h.second = withoutKeys(h.first, h.second);
    clean.body = withoutKeys(QString(), clean.body).toObject();
    clean.path = withoutKeys(QString(), clean.path); // a Gemini-style ?key=... in the path
    clean.host = withoutKeys(QString(), clean.host);
    // Written beside and renamed over (QSaveFile): a save that fails leaves the template as it was.
    if (QString why; !RunExport::writeFile(path, QJsonDocument(clean.toJson()).toJson(), &why)) {
        *error = QCoreApplication::translate("hwb::TemplateLibrary", "The template was not saved to %1: %2")
                     .arg(QDir::toNativeSeparators(path), why);
        return false;
    }
    return true;
}

} // namespace hwb
