#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

class QProcess;

namespace hwb {

// The docker (or podman) CLI, run asynchronously. One call at a time per instance, so a cancel knows
// what to stop. Callbacks are dropped after cancel().
class ContainerEngine : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        bool started = false;  // false: the program itself could not run
        bool timedOut = false; // killed at the time limit run() was given
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        bool ok() const { return started && exitCode == 0; }
        QString firstErrorLine() const;
    };
    using Done = std::function<void(const Result &)>;

    // The labels that mark what the workbench owns; stop and cleanup touch nothing else. kLabel's value is the
    // namespace (GatewayContainers::ownerValue()).
    static constexpr const char *kLabel = "io.higress.workbench";
    static constexpr const char *kPluginLabel = "io.higress.workbench.plugin";
    static constexpr const char *kRunDirLabel = "io.higress.workbench.rundir";
    static constexpr const char *kPortsLabel = "io.higress.workbench.ports"; // "listener,admin" on 127.0.0.1
    static constexpr const char *kWorkspaceLabel = "io.higress.workbench.workspace";
    // "mock:PORT" for the mock LLM on the host, else the provider ("https://api.openai.com:443")
    static constexpr const char *kUpstreamLabel = "io.higress.workbench.upstream";

    explicit ContainerEngine(QObject *parent = nullptr);
    // Ends the calls still running, those cancel() let go of too: a QProcess deleted while its process runs
    // complains and waits up to 30 s.
    ~ContainerEngine() override;

    void setProgram(const QString &program); // empty: ToolLocator's Docker
    QString program() const { return m_program; }
    void setExtraEnvironment(const QStringList &keyValues) { m_environment = keyValues; }
    QStringList extraEnvironment() const { return m_environment; }

    void run(const QStringList &args, Done done, int timeoutMs = 60000);
    // The same, with input written to the command's stdin (`cp -` reads a tar there).
    void runWithInput(const QStringList &args, const QByteArray &input, Done done, int timeoutMs = 60000);
    bool isBusy() const { return m_process != nullptr; }
    void cancel();

    // A long-running child (docker logs -f) with the same program and environment, not yet started so
    // the caller can set its channels; owner owns it.
    QProcess *createProcess(const QStringList &args, QObject *owner) const;

private:
    void configure(QProcess *process, const QStringList &args) const;

    QString m_program;
    QStringList m_environment;
    QProcess *m_process = nullptr;
};

} // namespace hwb
