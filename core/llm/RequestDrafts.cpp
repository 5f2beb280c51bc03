#include "RequestDrafts.h"

#include "Redactor.h"
#include "storage/AppDataFolder.h"
#include "storage/JsonStoreFile.h"

#include <QJsonObject>

namespace hwb {

QString RequestDrafts::path()
{
    return AppDataFolder::filePath(QStringLiteral("request-drafts.json"));
}

QHash<QString, QString> RequestDrafts::load()
{
    QString why;
    const QJsonObject drafts = JsonStoreFile(path()).read(&why).value_or(QJsonObject())
                                   .value(QLatin1String("drafts")).toObject();
    QHash<QString, QString> out;
    for (auto it = drafts.begin(); it != drafts.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

bool RequestDrafts::save(const QHash<QString, QString> &drafts, QString *error)
{
    QJsonObject object;
    for (auto it = drafts.cbegin(); it != drafts.cend(); ++it)
        object.insert(it.key(), Redactor::global().redact(it.value()));
    return JsonStoreFile(path()).write({{QStringLiteral("version"), 1}, {QStringLiteral("drafts"), object}}, error);
}

} // namespace hwb
