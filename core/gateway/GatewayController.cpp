#include "GatewayController.h"

#include "EnvoyConfig.h"
#include "GatewayContainers.h"
#include "GatewayFixes.h"
#include "GatewayRunDir.h"
#include "MockUpstreamProbe.h"
#include "mock/MockLlmServer.h"

#include "common/TarArchive.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>

#include <algorithm>
#include <utility>

namespace hwb {

namespace {

constexpr int kPollIntervalMs = 250;
constexpr int kProbeEveryPolls = 4; // ask the engine whether the container still runs about once a second
constexpr int kLogTailLines = 20;

} // namespace

GatewayController::GatewayController(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_pollTimer.setInterval(kPollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &GatewayController::pollReady);
}

GatewayController::~GatewayController()
{
    stopTimers();
    if (m_logFollower) {
        m_logFollower->kill();
        m_logFollower->waitForFinished(1000);
    }
}

QString GatewayController::stateId(State state)
{
    switch (state) {
    case State::Stopped: return QStringLiteral("stopped");
    case State::Starting: return QStringLiteral("starting");
    case State::Ready: return QStringLiteral("ready");
    case State::Failed: return QStringLiteral("failed");
    case State::Stopping: return QStringLiteral("stopping");
    }
    return {};
}

QString GatewayController::containerName(const QString &pluginName, const QString &workspace)
{
    return GatewayContainers::containerName(pluginName, workspace);
}

QStringList GatewayController::createArguments(const GatewaySpec &spec, const QString &runDir)
{
    return QStringList{QStringLiteral("create"), QStringLiteral("--pull"), QStringLiteral("never"),
                       QStringLiteral("--name"), containerName(spec.pluginName, spec.workspace)}
        + GatewayContainers::labelArguments(spec.pluginName, spec.workspace, runDir, spec.listenerPort, spec.adminPort,
                                            GatewayContainers::upstreamLabel(spec.upstream, spec.mockPort))
        + QStringList{QStringLiteral("-p"), QStringLiteral("127.0.0.1:%1:10000").arg(spec.listenerPort),
            QStringLiteral("-p"), QStringLiteral("127.0.0.1:%1:9901").arg(spec.adminPort),
            QStringLiteral("--add-host"), QStringLiteral("host.docker.internal:host-gateway"),
            QStringLiteral("-v"), GatewayRunDir::wasmPath(runDir) + QStringLiteral(":/etc/envoy/plugin.wasm:ro"),
            QStringLiteral("--entrypoint"), QStringLiteral("/usr/local/bin/envoy"),
            spec.image,
            QStringLiteral("-c"), QStringLiteral("/etc/envoy/envoy.yaml"),
            QStringLiteral("--component-log-level"), QStringLiteral("wasm:debug")};
}

QByteArray GatewayController::configArchive(const QByteArray &envoyYaml)
{
    // Extracted at /etc: the directory entry makes /etc/envoy in an image that lacks it.
    TarArchive archive;
    archive.addDirectory(QStringLiteral("envoy"));
    archive.addFile(QStringLiteral("envoy/envoy.yaml"), envoyYaml);
    return archive.finish();
}

void GatewayController::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void GatewayController::setStep(const QString &step)
{
    m_step = step;
    Q_EMIT progress(step, m_clock.isValid() ? m_clock.elapsed() : 0, m_spec.readyTimeoutMs);
}

void GatewayController::fail(GatewayError::Code code, const QString &message, const QString &hint,
                             const QStringList &logTail)
{
    GatewayError error;
    error.code = code;
    error.message = message;
    error.hint = hint;
    error.logTail = logTail;
    fail(error);
}

void GatewayController::fail(const GatewayError &error)
{
    stopTimers();
    m_engine.cancel();
    // A run folder made for a container that was never created has no label to be found by: it goes now.
    if (m_containerId.isEmpty() && !m_runDir.isEmpty())
        GatewayRunDir::remove(std::exchange(m_runDir, QString()));
    m_error = error;
    setState(State::Failed);
}

void GatewayController::failFromEngine(const ContainerEngine::Result &result, GatewayError::Code fallback,
                                       const QString &what)
{
    fail(GatewayFixes::engineFailure(result, m_engine.program(), m_spec.image, m_front, fallback, what));
}

void GatewayController::start(const GatewaySpec &spec)
{
    // One managed gateway at a time: started for another plugin, it would keep the ports the new one needs.
    m_replacedPlugin = m_state != State::Stopped && m_spec.pluginName != spec.pluginName ? m_spec.pluginName : QString();
    m_adoptedFrom.clear();
    cancel();
    ++m_generation;
    m_spec = spec;
    m_error = {};
    m_containerId.clear();
    m_runDir.clear();
    if (m_logFollower)
        m_logFollower->kill(); // a restart: the old container's log must not run into the new one's
    m_logs.clear();
    m_clock.start();
    m_engine.setProgram(spec.engine);
    m_engine.setExtraEnvironment(spec.engineEnvironment);
    setState(State::Starting);

    if (!QFileInfo(spec.artifactPath).isFile())
        return fail(GatewayError::Code::BadInput, tr("No built module for %1 (looked for %2).")
                                                      .arg(spec.pluginName, spec.artifactPath),
                    tr("Build the plugin first."));
    QJsonParseError jsonError;
    if (!spec.pluginConfigJson.trimmed().isEmpty() && QJsonDocument::fromJson(spec.pluginConfigJson, &jsonError).isNull())
        return fail(GatewayError::Code::BadInput,
                    tr("The plugin configuration is not valid JSON: %1 at offset %2")
                        .arg(jsonError.errorString()).arg(jsonError.offset));
    UpstreamTarget upstream;
    QString error;
    if (!UpstreamTarget::parse(spec.upstream, spec.mockPort, &upstream, &error))
        return fail(GatewayError::Code::BadInput, error);
    if (spec.listenerPort == spec.adminPort)
        return fail(GatewayError::Code::BadInput, tr("The listener and admin ports must differ."));
    if (!QFileInfo(m_engine.program()).isExecutable())
        return fail(GatewayError::Code::EngineMissing,
                    tr("No container engine found (looked for \"%1\").").arg(m_engine.program()),
                    GatewayFixes::engineMissing(m_front));
    checkDaemon();
}

void GatewayController::checkDaemon()
{
    setStep(tr("Checking the container engine…"));
    // `version` reaches the daemon and reports a missing one plainly; `info --format` hides it in a template error.
    m_engine.run({QStringLiteral("version"), QStringLiteral("--format"), QStringLiteral("{{.Server.Version}}")},
                 [this](const ContainerEngine::Result &r) {
                     if (!r.ok())
                         return failFromEngine(r, GatewayError::Code::DaemonDown, tr("Checking the engine"));
                     checkImage();
                 });
}

void GatewayController::prepareRunDir()
{
    // Made before the old gateway goes: a module that cannot be copied must not cost the gateway that runs.
    QString error;
    m_runDir = GatewayRunDir::create(m_spec.pluginName, m_spec.artifactPath, &error);
    if (m_runDir.isEmpty())
        return fail(GatewayError::Code::BadInput, error);
    // Everything that can fail without touching a running gateway has been checked by now, except the ports: the
    // old container holds them until it is removed.
    QStringList plugins{m_spec.pluginName};
    if (const QString replaced = std::exchange(m_replacedPlugin, QString()); !replaced.isEmpty())
        plugins.append(replaced);
    // Ports that another program or another plugin's gateway holds are said before anything is removed: a start
    // that failed on them took the gateway that ran down with it.
    checkForeignPorts(plugins, [this, plugins] {
        removeOld(plugins, m_spec.workspace, [this] { checkPorts([this] { bindMockForContainers(); }); });
    });
}

QList<int> GatewayController::busyPorts() const
{
    QList<int> busy;
    for (int port : {m_spec.listenerPort, m_spec.adminPort}) {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, quint16(port)))
            busy.append(port);
    }
    return busy;
}

void GatewayController::checkForeignPorts(const QStringList &replaced, const std::function<void()> &then)
{
    const QList<int> busy = busyPorts();
    if (busy.isEmpty())
        return then();
    setStep(tr("Checking which container holds port %1…").arg(busy.constFirst()));
    m_engine.run(GatewayContainers::listArguments(false), [this, busy, replaced, then](const ContainerEngine::Result &r) {
        if (!r.ok())
            return failFromEngine(r, GatewayError::Code::RunFailed, tr("Listing containers"));
        const QList<GatewayContainer> running = GatewayContainers::parse(r.out);
        // Every busy port must be one that a gateway being replaced holds: removing it frees the port. One held by
        // anything else fails the start here, before the gateway that runs is touched.
        for (int port : busy) {
            const bool freedByTheReplacement = std::any_of(running.cbegin(), running.cend(), [&](const GatewayContainer &c) {
                return (c.listenerPort == port || c.adminPort == port)
                    && std::any_of(replaced.cbegin(), replaced.cend(), [&](const QString &plugin) {
                           return GatewayContainers::belongsTo(c, plugin, m_spec.workspace);
                       });
            });
            if (!freedByTheReplacement)
                return failPortBusy(port, running);
        }
        then();
    });
}

void GatewayController::removeOld(const QStringList &plugins, const std::optional<QString> &workspace,
                                  const std::function<void()> &then)
{
    setStep(tr("Looking for a previous gateway container…"));
    m_engine.run(GatewayContainers::listArguments(), [this, then, plugins, workspace](const ContainerEngine::Result &r) {
        if (!r.ok())
            return failFromEngine(r, GatewayError::Code::RunFailed, tr("Listing containers"));
        QStringList ids;
        QStringList dirs;
        for (const GatewayContainer &c : GatewayContainers::parse(r.out)) {
            if (std::none_of(plugins.cbegin(), plugins.cend(),
                             [&](const QString &plugin) { return GatewayContainers::belongsTo(c, plugin, workspace); }))
                continue;
            ids << c.id;
            if (!c.runDir.isEmpty())
                dirs << c.runDir;
        }
        if (ids.isEmpty())
            return then();
        setStep(tr("Removing the previous gateway container…"));
        m_engine.run(QStringList{QStringLiteral("rm"), QStringLiteral("-f")} + ids,
                     [this, then, ids, dirs](const ContainerEngine::Result &rm) {
                         if (!rm.ok())
                             return failFromEngine(rm, GatewayError::Code::RunFailed, tr("Removing the old container"));
                         for (const QString &dir : dirs)
                             GatewayRunDir::remove(dir);
                         m_removed += ids;
                         then();
                     });
    });
}

void GatewayController::checkPorts(const std::function<void()> &then)
{
    // Docker reports a busy port only after creating the container; checking first gives a plain answer.
    const QList<int> busy = busyPorts();
    if (busy.isEmpty())
        return then();
    m_engine.run(GatewayContainers::listArguments(false), [this, busy](const ContainerEngine::Result &r) {
        failPortBusy(busy.constFirst(), GatewayContainers::parse(r.out));
    });
}

void GatewayController::failPortBusy(int busy, const QList<GatewayContainer> &running)
{
    // Most often the holder is the managed gateway of another plugin (hwb starts one per plugin): name it.
    GatewayContainer holder;
    for (const GatewayContainer &c : running)
        if (c.listenerPort == busy || c.adminPort == busy)
            holder = c;
    const QString message = holder.plugin.isEmpty()
        ? tr("Port %1 on 127.0.0.1 is already in use.").arg(busy)
        : tr("Port %1 on 127.0.0.1 is held by the managed gateway of %2 (container %3).")
              .arg(busy).arg(holder.plugin, holder.name);
    const bool elsewhere = !holder.workspace.isEmpty()
        && holder.workspace != GatewayContainers::workspaceKey(m_spec.workspace);
    GatewayError error{GatewayError::Code::PortBusy, message,
                       GatewayFixes::portBusy(m_front, holder.plugin, elsewhere ? holder.workspace : QString())};
    error.port = busy;
    error.heldBy = holder.plugin;
    fail(error);
}

void GatewayController::checkImage()
{
    setStep(tr("Checking the image %1…").arg(m_spec.image));
    m_engine.run({QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("--format"),
                  QStringLiteral("{{.Id}}"), m_spec.image},
                 [this](const ContainerEngine::Result &r) {
                     if (!r.ok())
                         return fail(GatewayFixes::imageMissing(m_engine.program(), m_spec.image));
                     prepareRunDir();
                 });
}

void GatewayController::bindMockForContainers()
{
    if (!m_spec.mockServer || m_spec.upstream != QLatin1String("mock"))
        return runContainer();
    // host-gateway is the bridge's gateway address: the in-process mock must listen there too.
    setStep(tr("Letting the container reach the mock LLM…"));
    m_engine.run(MockUpstreamProbe::bridgeGatewayArguments(), [this](const ContainerEngine::Result &r) {
        for (const QHostAddress &address : MockUpstreamProbe::hostSideOfBridge(r)) {
            if (!m_spec.mockServer->listenAlso(address))
                m_logs.appendLine(tr("workbench: the mock LLM cannot listen on %1: %2")
                                      .arg(address.toString(), m_spec.mockServer->errorString()));
        }
        runContainer();
    });
}

void GatewayController::runContainer()
{
    EnvoyConfig config;
    config.pluginName = m_spec.pluginName;
    config.pluginConfigJson = m_spec.pluginConfigJson;
    QString error;
    UpstreamTarget::parse(m_spec.upstream, m_spec.mockPort, &config.upstream, &error);
    setStep(tr("Starting the gateway container…"));
    // Created, given its envoy.yaml through the engine, then started: the configuration holds the provider
    // key, and this way it never lands in a host file other users could read.
    m_engine.run(createArguments(m_spec, m_runDir), [this, yaml = config.toYaml()](const ContainerEngine::Result &r) {
        if (!r.ok())
            return failFromEngine(r, GatewayError::Code::RunFailed, tr("Creating the container")); // drops the run folder
        m_containerId = QString::fromUtf8(r.out.trimmed()).left(12);
        const QStringList copy{QStringLiteral("cp"), QStringLiteral("-"), m_containerId + QStringLiteral(":/etc")};
        m_engine.runWithInput(copy, configArchive(yaml), [this](const ContainerEngine::Result &r) {
            if (!r.ok())
                return discardContainer(r, tr("Copying envoy.yaml into the container"));
            m_engine.run({QStringLiteral("start"), m_containerId}, [this](const ContainerEngine::Result &r) {
                if (!r.ok())
                    return discardContainer(r, tr("Starting the container"));
                if (m_spec.followLogs)
                    followLogs();
                setStep(tr("Waiting for the gateway to be ready (admin /ready)…"));
                m_polls = 0;
                m_pollTimer.start();
            });
        });
    });
}

void GatewayController::discardContainer(const ContainerEngine::Result &failure, const QString &what)
{
    // The failure is reported once the half-made container is gone, so a retry starts clean.
    m_engine.run({QStringLiteral("rm"), QStringLiteral("-f"), m_containerId}, [this, failure, what](const ContainerEngine::Result &) {
        m_containerId.clear(); // fail() then drops the run folder
        failFromEngine(failure, GatewayError::Code::RunFailed, what);
    });
}

void GatewayController::followLogs()
{
    QProcess *follower = m_engine.createProcess({QStringLiteral("logs"), QStringLiteral("-f"), m_containerId}, this);
    m_logFollower = follower;
    // Envoy logs to stderr; docker keeps the streams apart. The pane shows both, in arrival order.
    follower->setProcessChannelMode(QProcess::MergedChannels);
    connect(follower, &QProcess::readyRead, this, [this, follower] { m_logs.appendBytes(follower->readAll()); });
    connect(follower, &QProcess::finished, follower, &QObject::deleteLater);
    follower->start();
}

void GatewayController::pollReady()
{
    const qint64 elapsed = m_clock.elapsed();
    Q_EMIT progress(m_step, elapsed, m_spec.readyTimeoutMs);
    if (elapsed > m_spec.readyTimeoutMs) {
        return failWithLogs(GatewayError::Code::ReadyTimeout,
                            tr("The gateway did not become ready within %1 s.").arg(m_spec.readyTimeoutMs / 1000));
    }
    if (++m_polls % kProbeEveryPolls == 0 && !m_engine.isBusy())
        probeContainer();
    if (m_readyReply)
        return;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/ready").arg(m_spec.adminPort)));
    request.setTransferTimeout(1000);
    m_readyReply = m_network->get(request);
    const int generation = m_generation;
    connect(m_readyReply, &QNetworkReply::finished, this, [this, reply = m_readyReply.data(), generation] {
        reply->deleteLater();
        if (generation != m_generation || m_state != State::Starting)
            return;
        if (reply->error() == QNetworkReply::NoError && reply->readAll().trimmed() == "LIVE") {
            stopTimers();
            m_engine.cancel();
            setStep(tr("Ready"));
            setState(State::Ready);
        }
    });
}

void GatewayController::probeContainer()
{
    m_engine.run({QStringLiteral("inspect"), QStringLiteral("--format"), QStringLiteral("{{.State.Status}} {{.State.ExitCode}}"),
                  m_containerId},
                 [this](const ContainerEngine::Result &r) {
                     const QList<QByteArray> words = r.out.simplified().split(' ');
                     if (r.ok() && (words.first() == "exited" || words.first() == "dead")) {
                         failWithLogs(GatewayError::Code::ContainerExited,
                                      tr("The gateway container exited with code %1 before it was ready.")
                                          .arg(QString::fromUtf8(words.value(1))));
                     }
                 });
}

void GatewayController::failWithLogs(GatewayError::Code code, const QString &message)
{
    stopTimers();
    // The container may have exited before the follower attached: ask the engine for the log itself.
    m_engine.run({QStringLiteral("logs"), QStringLiteral("--tail"), QString::number(kLogTailLines), m_containerId},
                 [this, code, message](const ContainerEngine::Result &r) {
                     GatewayLogModel tail;
                     tail.appendBytes(r.out + r.err);
                     tail.flushPartial();
                     QStringList lines = tail.lines();
                     if (lines.isEmpty())
                         lines = m_logs.tail(kLogTailLines);
                     fail(code, message, tr("Last log lines of container %1:").arg(m_containerId), lines);
                 });
}

void GatewayController::stopTimers()
{
    m_pollTimer.stop();
    if (m_readyReply)
        m_readyReply->abort();
}

void GatewayController::cancel()
{
    if (m_state != State::Starting)
        return;
    ++m_generation;
    stopTimers();
    m_engine.cancel();
    if (!m_containerId.isEmpty()) {
        stop(m_spec.pluginName, m_spec.engine, m_spec.engineEnvironment, m_spec.workspace);
    } else {
        if (!m_runDir.isEmpty())
            GatewayRunDir::remove(std::exchange(m_runDir, QString()));
        setState(State::Stopped);
    }
}

void GatewayController::stop(const QString &pluginName, const QString &engine, const QStringList &engineEnvironment,
                             const std::optional<QString> &workspace)
{
    ++m_generation;
    stopTimers();
    m_engine.setProgram(engine);
    m_engine.setExtraEnvironment(engineEnvironment);
    m_spec.pluginName = pluginName;
    m_spec.workspace = workspace.value_or(QString());
    m_adoptedFrom.clear();
    m_removed.clear();
    m_error = {};
    if (m_logFollower)
        m_logFollower->kill();
    setState(State::Stopping);
    removeOld({pluginName}, workspace, [this] {
        m_containerId.clear();
        m_runDir.clear();
        setStep(tr("Stopped"));
        setState(State::Stopped);
    });
}

void GatewayController::adopt(const GatewayContainer &container, const QString &engine,
                              const QStringList &engineEnvironment)
{
    cancel();
    ++m_generation;
    m_spec = GatewaySpec();
    m_spec.pluginName = container.plugin;
    m_spec.workspace = container.workspace;
    m_spec.image = container.image;
    m_spec.engine = engine;
    m_spec.engineEnvironment = engineEnvironment;
    m_spec.listenerPort = container.listenerPort;
    m_spec.adminPort = container.adminPort;
    m_spec.upstream.clear(); // not known: the container's envoy.yaml says, and it holds the key
    m_error = {};
    m_containerId = container.id;
    m_runDir = container.runDir;
    m_adoptedFrom = container.name;
    m_engine.setProgram(engine);
    m_engine.setExtraEnvironment(engineEnvironment);
    if (m_logFollower)
        m_logFollower->kill();
    m_logs.clear();
    m_clock.start();
    setState(State::Starting);
    followLogs();
    setStep(tr("Found the running gateway container %1; asking whether it is ready…").arg(container.name));
    m_polls = 0;
    m_pollTimer.start();
}

void GatewayController::forgetRemoved()
{
    if (m_state != State::Ready && m_state != State::Failed)
        return;
    ++m_generation;
    stopTimers();
    if (m_logFollower)
        m_logFollower->kill();
    m_containerId.clear();
    m_runDir.clear();
    m_adoptedFrom.clear();
    m_error = {};
    setStep(tr("Stopped"));
    setState(State::Stopped);
}

void GatewayController::restart(const GatewaySpec &spec)
{
    // start() removes this plugin's previous container first, then copies the new module.
    start(spec);
}

} // namespace hwb
