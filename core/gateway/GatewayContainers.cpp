#include "GatewayContainers.h"

#include "ContainerEngine.h"
#include "UpstreamTarget.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

namespace hwb {

namespace {

bool fitsName(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_'
        || c == u'.';
}

QString shortHash(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(8));
}

QString label(const char *key, const QString &value)
{
    return QLatin1String(key) + QLatin1Char('=') + value;
}

constexpr int kFields = 9; // a tenth, the upstream, is read when there
constexpr QLatin1String kMockPrefix("mock:");

} // namespace

int GatewayContainer::mockPort() const
{
    return upstream.startsWith(kMockPrefix) ? upstream.mid(kMockPrefix.size()).toInt() : 0;
}

namespace GatewayContainers {

QString ownerValue()
{
    QString value = qEnvironmentVariable("HWB_GATEWAY_NAMESPACE").trimmed();
    for (QChar &c : value)
        if (!fitsName(c))
            c = QLatin1Char('-');
    return value.isEmpty() ? QStringLiteral("1") : value;
}

QString workspaceKey(const QString &root)
{
    if (root.isEmpty())
        return {};
    const QString canonical = QFileInfo(root).canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(QDir(root).absolutePath()) : canonical;
}

QString containerName(const QString &pluginName, const QString &workspace)
{
    // Docker takes [a-zA-Z0-9][a-zA-Z0-9_.-]* only. Other characters (a space, Chinese) become '-', and then a
    // hash of the real name keeps "a b" and "a-b" apart; a name that fits keeps its plain form.
    const QString owner = ownerValue();
    QString name = (owner == QLatin1String("1") ? QStringLiteral("hwb-gateway-")
                                                 : QStringLiteral("hwb-%1-gateway-").arg(owner)) + pluginName;
    bool replaced = false;
    for (QChar &c : name) {
        if (!fitsName(c)) {
            c = QLatin1Char('-');
            replaced = true;
        }
    }
    if (replaced)
        name += QLatin1Char('-') + shortHash(pluginName);
    if (const QString key = workspaceKey(workspace); !key.isEmpty())
        name += QStringLiteral("-ws") + shortHash(key);
    return name;
}

QStringList labelArguments(const QString &pluginName, const QString &workspace, const QString &runDir,
                           int listenerPort, int adminPort, const QString &upstream)
{
    const QString flag = QStringLiteral("--label");
    return {flag, label(ContainerEngine::kLabel, ownerValue()),
            flag, label(ContainerEngine::kPluginLabel, pluginName),
            flag, label(ContainerEngine::kWorkspaceLabel, workspaceKey(workspace)),
            flag, label(ContainerEngine::kRunDirLabel, runDir),
            flag, label(ContainerEngine::kPortsLabel, QStringLiteral("%1,%2").arg(listenerPort).arg(adminPort)),
            flag, label(ContainerEngine::kUpstreamLabel, upstream)};
}

QString upstreamLabel(const QString &upstream, int mockPort)
{
    UpstreamTarget target;
    QString error;
    if (!UpstreamTarget::parse(upstream, mockPort, &target, &error))
        return {};
    // The provider without a path or credentials: what `hwb fire` needs to say which upstream a 503 is about.
    return target.isMock() && (upstream.isEmpty() || upstream == QLatin1String("mock"))
        ? kMockPrefix + QString::number(mockPort)
        : target.display();
}

QStringList listArguments(bool all)
{
    QStringList args{QStringLiteral("ps")};
    if (all)
        args << QStringLiteral("-a");
    const auto field = [](const char *key) { return QStringLiteral("{{.Label \"%1\"}}").arg(QLatin1String(key)); };
    args << QStringLiteral("--filter") << QStringLiteral("label=") + label(ContainerEngine::kLabel, ownerValue())
         << QStringLiteral("--format")
         << QStringList{QStringLiteral("{{.ID}}"), QStringLiteral("{{.Names}}"), QStringLiteral("{{.State}}"),
                        QStringLiteral("{{.Status}}"), QStringLiteral("{{.Image}}"), field(ContainerEngine::kPluginLabel),
                        field(ContainerEngine::kWorkspaceLabel), field(ContainerEngine::kRunDirLabel),
                        field(ContainerEngine::kPortsLabel), field(ContainerEngine::kUpstreamLabel)}
                .join(QLatin1Char('\t'));
    return args;
}

QList<GatewayContainer> parse(const QByteArray &psOutput)
{
    QList<GatewayContainer> containers;
    for (const QByteArray &line : psOutput.split('\n')) {
        const QList<QByteArray> f = line.trimmed().split('\t');
        if (f.size() < kFields || f.first().isEmpty())
            continue;
        // A label the container lacks shows as "<no value>" in docker's template.
        const auto text = [&f](int i) {
            const QString value = QString::fromUtf8(f.at(i));
            return value == QLatin1String("<no value>") ? QString() : value;
        };
        GatewayContainer c;
        c.id = text(0);
        c.name = text(1);
        c.state = text(2);
        c.status = text(3);
        c.image = text(4);
        c.plugin = text(5);
        c.workspace = text(6);
        c.runDir = text(7);
        const QStringList ports = text(8).split(QLatin1Char(','));
        if (ports.size() == 2) {
            c.listenerPort = ports.at(0).toInt();
            c.adminPort = ports.at(1).toInt();
        }
        if (f.size() > kFields)
            c.upstream = text(kFields);
        containers.append(c);
    }
    return containers;
}

bool belongsTo(const GatewayContainer &container, const QString &pluginName, const std::optional<QString> &workspace)
{
    return container.plugin == pluginName
        && (!workspace || container.workspace.isEmpty() || container.workspace == workspaceKey(*workspace));
}

std::optional<GatewayContainer> find(const QList<GatewayContainer> &containers, const QString &pluginName,
                                     const std::optional<QString> &workspace)
{
    std::optional<GatewayContainer> best;
    // Running before stopped, then this workspace's before a bare module's.
    const auto rank = [&workspace](const GatewayContainer &c) {
        return (c.isRunning() ? 2 : 0) + (workspace && !c.workspace.isEmpty() ? 1 : 0);
    };
    for (const GatewayContainer &c : containers)
        if (belongsTo(c, pluginName, workspace) && (!best || rank(c) > rank(*best)))
            best = c;
    return best;
}

} // namespace GatewayContainers
} // namespace hwb
