#include "BuildRunner.h"

#include "ProcessGroup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSet>

#include <algorithm>
#include <csignal>
#include <cstring>

extern char **environ;

namespace hwb {

namespace {
struct StateName { BuildState state; const char *id; const char *display; };
constexpr StateName kStates[] = {
    {BuildState::Idle, "idle", QT_TRANSLATE_NOOP("hwb::BuildRunner", "Idle")},
    {BuildState::Running, "running", QT_TRANSLATE_NOOP("hwb::BuildRunner", "Running")},
    {BuildState::Cancelling, "cancelling", QT_TRANSLATE_NOOP("hwb::BuildRunner", "Cancelling")},
    {BuildState::Succeeded, "succeeded", QT_TRANSLATE_NOOP("hwb::BuildRunner", "Succeeded")},
    {BuildState::Failed, "failed", QT_TRANSLATE_NOOP("hwb::BuildRunner", "Failed")},
    {BuildState::Cancelled, "cancelled", QT_TRANSLATE_NOOP("hwb::BuildRunner", "Cancelled")},
};
constexpr int kGroupPollMs = 50;
constexpr int kGiveUpMs = BuildRunner::kTerminateGraceMs + 5000;
} // namespace

QString buildStateId(BuildState state)
{
    for (const auto &s : kStates)
        if (s.state == state)
            return QString::fromLatin1(s.id);
    return {};
}

QString buildStateDisplayName(BuildState state)
{
    for (const auto &s : kStates)
        if (s.state == state)
            return QCoreApplication::translate("hwb::BuildRunner", s.display);
    return {};
}

BuildRunner::BuildRunner(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<hwb::BuildProgress>();
    qRegisterMetaType<hwb::BuildResult>();
    m_groupPoll.setInterval(kGroupPollMs);
    connect(&m_groupPoll, &QTimer::timeout, this, &BuildRunner::waitForGroupThenFinish);
}

BuildRunner::~BuildRunner()
{
    // Nothing of a build outlives its runner; and no signal reaches listeners that are going away.
    if (isRunning()) {
        m_process->disconnect(this);
        ProcessGroup::signal(pid_t(m_group), SIGKILL);
        m_process->waitForFinished(1000);
    }
}

QByteArrayList BuildRunner::environmentFor(const BuildPlan &plan)
{
    // This process's environment as it is, then what is set over it: built as execve() takes it, without
    // QProcessEnvironment's hash and the two conversions of every entry.
    QByteArrayList entries;
    for (char **entry = environ; entry && *entry; ++entry)
        entries.append(QByteArray(*entry));
    for (const auto &[k, v] : plan.env)
        entries.append(k.toLocal8Bit() + '=' + v.toLocal8Bit());
    // QProcess changes the folder but not $PWD, which tools read as the logical path: reached through a link, a
    // plugin folder's physical path is elsewhere, and Go resolves go.mod's "replace ../../sdk" from there. The
    // preview's `cd DIR &&` sets it, so the build must too.
    if (QDir::isAbsolutePath(plan.cwd))
        entries.append("PWD=" + QFile::encodeName(QDir::cleanPath(plan.cwd)));
    entries.append(QByteArrayLiteral("NO_COLOR=1"));
    entries.append(QByteArrayLiteral("TERM=dumb"));
    entries.append(QByteArrayLiteral("BUILDKIT_PROGRESS=plain"));
    // Each name once, its last setting where that stands; an entry without '=' dropped: as QProcessEnvironment
    // had it.
    QSet<QByteArray> named;
    QByteArrayList kept;
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        const qsizetype equals = it->indexOf('=');
        if (equals < 0)
            continue;
        const QByteArray name = it->left(equals);
        if (!named.contains(name)) {
            named.insert(name);
            kept.append(*it);
        }
    }
    std::reverse(kept.begin(), kept.end());
    return kept;
}

bool BuildRunner::start(const BuildPlan &plan)
{
    if (isRunning())
        return false;
    delete m_process;
    m_process = new SpawnedProcess(this);
    m_splitter = {};
    m_secrets.emplace(plan);
    m_group = 0;
    m_killed = false;
    m_exitCode = -1;
    m_result = {};
    connect(m_process, &SpawnedProcess::readyRead, this, &BuildRunner::readOutput);
    connect(m_process, &SpawnedProcess::finished, this, &BuildRunner::onProcessFinished);
    m_state = BuildState::Running;
    m_clock.start();
    if (!m_process->start({plan.program, plan.args, plan.cwd, environmentFor(plan)})) {
        // The exec's own words ("No such file or directory") do not say which program; the user needs to know.
        finish(BuildState::Failed, -1, tr("Could not start %1: %2").arg(plan.program, m_process->errorString()));
        return false;
    }
    m_group = m_process->pid(); // the leader of its own group
    Q_EMIT started();
    return true;
}

void BuildRunner::cancel()
{
    if (m_state != BuildState::Running)
        return;
    m_state = BuildState::Cancelling;
    m_cancelClock.start();
    ProcessGroup::signal(pid_t(m_group), SIGTERM);
    m_groupPoll.start();
}

void BuildRunner::readOutput()
{
    emitLines(m_splitter.feed(m_process->readAvailable()));
}

void BuildRunner::emitLines(QStringList lines)
{
    if (lines.isEmpty())
        return;
    for (QString &line : lines)
        line = m_secrets->mask(line);
    for (const QString &line : std::as_const(lines))
        if (const auto progress = BuildProgressParser::parse(line))
            Q_EMIT progressChanged(*progress);
    Q_EMIT linesReceived(lines);
}

void BuildRunner::onProcessFinished()
{
    emitLines(m_splitter.finish());
    m_exitCode = m_process->exitCode();
    if (m_state == BuildState::Cancelling) {
        waitForGroupThenFinish();
        return;
    }
    if (!m_process->exitedNormally()) {
        const int signal = m_process->terminatingSignal();
        finish(BuildState::Failed, -1, tr("%1 was ended by signal %2 (%3).")
                                           .arg(m_process->program(), QString::number(signal),
                                                QString::fromLocal8Bit(::strsignal(signal))));
    } else {
        finish(m_exitCode == 0 ? BuildState::Succeeded : BuildState::Failed, m_exitCode);
    }
}

void BuildRunner::waitForGroupThenFinish()
{
    const bool leaderDone = !m_process->isRunning();
    if (leaderDone && ProcessGroup::liveMembers(pid_t(m_group)).isEmpty()) {
        finish(BuildState::Cancelled, m_exitCode);
        return;
    }
    if (!m_killed && m_cancelClock.elapsed() >= kTerminateGraceMs) {
        m_killed = true;
        ProcessGroup::signal(pid_t(m_group), SIGKILL);
    }
    if (m_cancelClock.elapsed() >= kGiveUpMs && leaderDone)
        finish(BuildState::Cancelled, m_exitCode,
               tr("Some processes of the build did not stop: %1").arg(ProcessGroup::liveMembers(pid_t(m_group)).size()));
}

void BuildRunner::finish(BuildState state, int exitCode, const QString &error)
{
    m_groupPoll.stop();
    m_state = state;
    m_result = {state, exitCode, m_clock.isValid() ? m_clock.elapsed() : 0, error};
    Q_EMIT finished(m_result);
}

} // namespace hwb
