#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace hwb {

// Where the workbench sends requests. Three kinds: a container it manages, a gateway the user runs
// (external URL), or the mock LLM alone, for demos, where the plugin is not in the request path.
struct GatewayRunProfile
{
    enum class Kind { ManagedContainer, ExternalUrl, MockOnly };

    QString name;
    Kind kind = Kind::ManagedContainer;
    QString image;        // managed: the gateway image
    QString engine;       // managed: docker/podman path, empty for the default
    int listenerPort = 10000;
    int adminPort = 9901;
    QString upstream = QStringLiteral("mock"); // managed: "mock" or a provider URL
    QString externalUrl;  // external: the gateway's base URL
    int readyTimeoutSeconds = 60;

    static QString kindId(Kind kind); // "managed", "external", "mock-only" (JSON)
    static Kind kindFromId(const QString &id);
    static QString kindDisplayName(Kind kind);
    bool pluginInRequestPath() const { return kind != Kind::MockOnly; }
    // The base URL requests go to.
    QString requestBaseUrl(int mockPort) const;

    QJsonObject toJson() const;
    static GatewayRunProfile fromJson(const QJsonObject &json);
};

// Profiles as JSON in the app data folder (no secrets: API keys never go here).
class GatewayRunProfileStore
{
public:
    static QString defaultPath();
    static QList<GatewayRunProfile> defaults();
    // The saved profiles, or the defaults when there are none. A file that is there but holds no profiles (a typo
    // made by hand) gives the defaults too, and *error says what is wrong with it.
    static QList<GatewayRunProfile> load(const QString &path = defaultPath(), QString *error = nullptr);
    // Atomic. Such a file is not written over: it is kept beside, as PATH.unreadable, and *error says so.
    static bool save(const QList<GatewayRunProfile> &profiles, const QString &path = defaultPath(),
                     QString *error = nullptr);

    // The profile the user picked for a workspace (QSettings), shared by the Gateway and Requests pages and the
    // demo. Per workspace: the demo runs on the mock, and that choice must not follow to a real checkout.
    static int selectedIndex(const QString &workspace); // -1 when none was picked there yet
    static void setSelectedIndex(const QString &workspace, int index);
    static GatewayRunProfile selected(const QString &workspace);
    static int firstOfKind(GatewayRunProfile::Kind kind); // index in load(), or -1
};

} // namespace hwb
