#pragma once

#include "BuildProgress.h"
#include "OutputLineSplitter.h"

#include "buildplan/BuildPlan.h"
#include "buildplan/PlanSecrets.h"
#include "SpawnedProcess.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <optional>

namespace hwb {

// How a build ended. A user's cancel is its own outcome: it is not a failure (GammaRay's rule).
enum class BuildState { Idle, Running, Cancelling, Succeeded, Failed, Cancelled };
QString buildStateId(BuildState state); // "idle", "running", "cancelling", "succeeded", "failed", "cancelled"
QString buildStateDisplayName(BuildState state);

struct BuildResult
{
    BuildState state = BuildState::Idle;
    int exitCode = -1;     // -1 when the process did not exit normally
    qint64 durationMs = 0;
    QString error;         // why it could not start, or how it crashed
};

// Runs a BuildPlan (SpawnedProcess) in a process group of its own and streams its output as clean lines.
// Cancel is terminate (SIGTERM to the group), wait, then kill (SIGKILL); finished() comes only when no
// process of the group is left, so "cancelled" means nothing of the build still runs.
class BuildRunner : public QObject
{
    Q_OBJECT
public:
    static constexpr int kTerminateGraceMs = 3000;

    explicit BuildRunner(QObject *parent = nullptr);
    ~BuildRunner() override;

    bool start(const BuildPlan &plan);
    void cancel();
    BuildState state() const { return m_state; }
    bool isRunning() const { return m_state == BuildState::Running || m_state == BuildState::Cancelling; }
    // Output from here on is the tools' reaction to being stopped ("make: *** wait: No child processes"): it goes
    // to the log, but it is no problem of the code to list among the diagnostics.
    bool isCancelling() const { return m_state == BuildState::Cancelling; }
    qint64 processGroup() const { return m_group; }
    const BuildResult &result() const { return m_result; }

    // The environment a plan runs with: the inherited one, the plan's, and NO_COLOR/TERM=dumb so tools
    // print plain text, BUILDKIT_PROGRESS=plain so Docker prints its steps line by line.
    static QByteArrayList environmentFor(const BuildPlan &plan); // NAME=value entries, as execve() takes them

Q_SIGNALS:
    void started();
    void linesReceived(const QStringList &lines);
    void progressChanged(const hwb::BuildProgress &progress);
    void finished(const hwb::BuildResult &result);

private:
    void readOutput();
    void emitLines(QStringList lines);
    void onProcessFinished();
    void waitForGroupThenFinish();
    void finish(BuildState state, int exitCode, const QString &error = {});

    SpawnedProcess *m_process = nullptr;
    OutputLineSplitter m_splitter;
    std::optional<PlanSecrets> m_secrets; // masked in every line (make build echoes GOPROXY)
    QElapsedTimer m_clock;
    QElapsedTimer m_cancelClock;
    QTimer m_groupPoll;
    qint64 m_group = 0;
    bool m_killed = false;
    int m_exitCode = -1;
    BuildState m_state = BuildState::Idle;
    BuildResult m_result;
};

} // namespace hwb

Q_DECLARE_METATYPE(hwb::BuildProgress)
Q_DECLARE_METATYPE(hwb::BuildResult)
