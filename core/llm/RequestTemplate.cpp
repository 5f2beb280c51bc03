#include "RequestTemplate.h"

#include "common/Placeholders.h"

#include "storage/AppDataFolder.h"

#include "Redactor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

namespace hwb {

namespace {

std::optional<RequestTemplate> readFile(const QString &path, bool bundled)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    if (!doc.isObject())
        return std::nullopt;
    RequestTemplate t = RequestTemplate::fromJson(doc.object());
    if (t.name.isEmpty())
        t.name = QFileInfo(path).completeBaseName();
    t.bundled = bundled;
    return t;
}

QList<RequestTemplate> readDir(const QString &dir, bool bundled)
{
    QList<RequestTemplate> list;
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        if (auto t = readFile(dir + QLatin1Char('/') + file, bundled))
            list.append(*t);
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
    if ((url.path().isEmpty() || url.path() == QLatin1String("/")) && !path.isEmpty())
        spec.url.setPath(path);
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
    return readDir(QStringLiteral(":/hwb/templates"), true);
}

QString TemplateLibrary::userDirectory()
{
    return AppDataFolder::filePath(QStringLiteral("templates"));
}

QList<RequestTemplate> TemplateLibrary::user()
{
    return readDir(userDirectory(), false);
}

QList<RequestTemplate> TemplateLibrary::all()
{
    QList<RequestTemplate> list = bundled();
    for (const RequestTemplate &u : user()) {
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

bool TemplateLibrary::save(const RequestTemplate &t, QString *error)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9._-]+$"));
    if (!safe.match(t.name).hasMatch()) {
        *error = QCoreApplication::translate("hwb::TemplateLibrary",
                                             "A template name may only use letters, digits, '.', '_' and '-'.");
        return false;
    }
    const QString dir = userDirectory();
    QDir().mkpath(dir);
    QFile f(dir + QLatin1Char('/') + t.name + QLatin1String(".json"));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = f.errorString();
        return false;
    }
    // Templates hold placeholders, never keys: a literal key pasted into a header is masked on save.
    RequestTemplate clean = t;
    for (auto &h : clean.headers) {
        if (h.second.contains(QLatin1String("${")))
            continue;
        h.second = Redactor::isSecretHeader(h.first.toLatin1()) ? QLatin1String(Redactor::kMask)
                                                                 : Redactor::global().redact(h.second);
    }
    f.write(QJsonDocument(clean.toJson()).toJson());
    return true;
}

} // namespace hwb
