#pragma once

#include "ContainerEngine.h"
#include "GatewayContainers.h"
#include "GatewayError.h"
#include "GatewayLogModel.h"
#include "GatewaySpec.h"
#include "common/FrontEnd.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;
class QProcess;

namespace hwb {

// The managed local gateway: one labelled container per plugin, started with the plugin's module and
// envoy.yaml mounted read-only, ports published on loopback, readiness awaited on admin /ready, logs
// followed into a model. Every step is asynchronous and cancellable; failures carry a clear GatewayError.
class GatewayController : public QObject
{
    Q_OBJECT
public:
    enum class State { Stopped, Starting, Ready, Failed, Stopping };
    Q_ENUM(State)

    explicit GatewayController(QObject *parent = nullptr);
    ~GatewayController() override;

    void start(const GatewaySpec &spec);
    // Removes this plugin's labelled containers (and their run folders) of that workspace (nullopt: of any).
    // Works without a prior start().
    void stop(const QString &pluginName, const QString &engine = {}, const QStringList &engineEnvironment = {},
              const std::optional<QString> &workspace = std::nullopt);
    // Stops and starts again with the spec's artifact copied afresh: what a rebuild needs.
    void restart(const GatewaySpec &spec);
    // Stops waiting; a container that was already started is removed. Not a failure.
    void cancel();
    // Takes over a gateway container started elsewhere (hwb gateway up, another window): its readiness is
    // awaited, its log followed, and stop() removes it. The spec then knows the plugin, workspace and ports only.
    void adopt(const GatewayContainer &container, const QString &engine = {}, const QStringList &engineEnvironment = {});
    // The container went away without this controller (hwb gateway down, docker rm): Ready or Failed becomes Stopped.
    void forgetRemoved();
    // The name of the container adopt() took over; empty for one this controller started.
    QString adoptedFrom() const { return m_adoptedFrom; }

    // Whose words a failure's fix uses (the window's settings by default, or hwb's options).
    void setFrontEnd(FrontEnd front) { m_front = front; }

    State state() const { return m_state; }
    static QString stateId(State state); // "stopped", "starting", ... (CLI contract)
    GatewayError error() const { return m_error; }
    QString step() const { return m_step; }
    QString containerId() const { return m_containerId; }
    QString runDir() const { return m_runDir; }
    GatewaySpec spec() const { return m_spec; }
    GatewayLogModel *logs() { return &m_logs; }
    QStringList removedContainers() const { return m_removed; }

    static QString containerName(const QString &pluginName, const QString &workspace = {});
    // `create` then `cp -` of configArchive() then `start`: see runContainer().
    static QStringList createArguments(const GatewaySpec &spec, const QString &runDir);
    static QByteArray configArchive(const QByteArray &envoyYaml);

Q_SIGNALS:
    void stateChanged(hwb::GatewayController::State state);
    void progress(const QString &step, qint64 elapsedMs, qint64 timeoutMs);

private:
    void setState(State state);
    void setStep(const QString &step);
    void fail(GatewayError::Code code, const QString &message, const QString &hint = {},
              const QStringList &logTail = {});
    void fail(const GatewayError &error);
    void failFromEngine(const ContainerEngine::Result &result, GatewayError::Code fallback, const QString &what);
    void checkPorts(const std::function<void()> &then);
    // Before the old gateway goes: a busy port passes only when a gateway being replaced holds it.
    void checkForeignPorts(const QStringList &replaced, const std::function<void()> &then);
    QList<int> busyPorts() const; // of the listener and admin ports, those something on 127.0.0.1 holds
    void failPortBusy(int busy, const QList<GatewayContainer> &running);
    void checkDaemon();
    void prepareRunDir();
    void removeOld(const QStringList &plugins, const std::optional<QString> &workspace, const std::function<void()> &then);
    void checkImage();
    void bindMockForContainers();
    void runContainer();
    void discardContainer(const ContainerEngine::Result &failure, const QString &what);
    void followLogs();
    void pollReady();
    void probeContainer();
    void failWithLogs(GatewayError::Code code, const QString &message);
    void stopTimers();

    ContainerEngine m_engine;
    GatewaySpec m_spec;
    State m_state = State::Stopped;
    FrontEnd m_front = FrontEnd::Window;
    GatewayError m_error;
    QString m_step;
    QString m_containerId;
    QString m_runDir;
    QStringList m_removed;
    // The plugin of the gateway this controller ran when start() was given another: its container goes too.
    QString m_replacedPlugin;
    QString m_adoptedFrom;
    GatewayLogModel m_logs;
    QPointer<QProcess> m_logFollower;
    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_readyReply;
    QTimer m_pollTimer;
    QElapsedTimer m_clock;
    int m_polls = 0;
    int m_generation = 0;
};

} // namespace hwb
