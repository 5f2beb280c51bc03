#pragma once

#include "RequestSpec.h"

#include <QJsonObject>
#include <QString>
#include <functional>

namespace hwb {

// A sample LLM request: method, path, Host, model, headers and JSON body, with ${NAME} placeholders
// (${API_KEY} from the SecretStore, ${MODEL} from the template). Bundled ones ship as Qt resources;
// users save their own as JSON files in the app data folder.
struct RequestTemplate
{
    QString name;
    QString title;
    QByteArray method = "POST";
    QString path;
    QString host;
    QString model;
    QList<QPair<QString, QString>> headers;
    QJsonObject body;
    bool bundled = false;

    bool isStreaming() const { return body.value(QLatin1String("stream")).toBool(); }

    static RequestTemplate fromJson(const QJsonObject &o);
    QJsonObject toJson() const;

    using Lookup = std::function<QString(const QString &name)>;
    // The request to send to url: the template's path when url has none, or when url is an OpenAI-style base URL
    // ending in /v1 (http://127.0.0.1:18080/v1 + /v1/chat/completions, as `hwb mock-llm` prints it); any other
    // path is the endpoint itself. Its Host header, placeholders resolved through secrets. Names nobody could
    // resolve are listed in *unresolved.
    RequestSpec render(const QUrl &url, const Lookup &secrets, QStringList *unresolved = nullptr) const;
};

// A saved template file that could not be read: reported where templates are listed and asked for by name, rather
// than missing from the list without a word.
struct TemplateFileError
{
    QString name;   // the file's name without .json, the name it was saved under
    QString path;
    QString reason; // translated, e.g. "line 3, column 14: missing object"
};

class TemplateLibrary
{
public:
    static QList<RequestTemplate> bundled();
    static QList<RequestTemplate> user(QList<TemplateFileError> *unreadable = nullptr);
    // Bundled first; a user template may shadow a bundled name. The saved files left out are in *unreadable.
    static QList<RequestTemplate> all(QList<TemplateFileError> *unreadable = nullptr);
    static QList<TemplateFileError> unreadable();
    static std::optional<RequestTemplate> find(const QString &name);
    static QString userDirectory();      // AppDataFolder::path()/templates
    static bool isSaved(const QString &name); // a saved template file has that name, readable or not
    // Saving under a name that is saved already replaces that template only when asked to: it may be hours of work.
    enum class Existing { Refuse, Replace };
    static bool save(const RequestTemplate &t, QString *error, Existing existing = Existing::Refuse);
};

} // namespace hwb
