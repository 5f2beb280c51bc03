#include "ContainerEngine.h"

#include "common/ToolLocator.h"

#include <QProcess>
#include <QTimer>

namespace hwb {

QString ContainerEngine::Result::firstErrorLine() const
{
    const QList<QByteArray> lines = err.trimmed().split('\n');
    return QString::fromUtf8(lines.isEmpty() ? QByteArray() : lines.first().trimmed());
}

ContainerEngine::ContainerEngine(QObject *parent)
    : QObject(parent)
    , m_program(ToolLocator::find(ToolLocator::Tool::Docker))
{
}

void ContainerEngine::setProgram(const QString &program)
{
    m_program = program.isEmpty() ? ToolLocator::find(ToolLocator::Tool::Docker) : program;
}

void ContainerEngine::configure(QProcess *process, const QStringList &args) const
{
    process->setProgram(m_program);
    process->setArguments(args);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &kv : m_environment) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        if (eq > 0)
            env.insert(kv.left(eq), kv.mid(eq + 1));
    }
    env.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
    process->setProcessEnvironment(env);
}

void ContainerEngine::run(const QStringList &args, Done done, int timeoutMs)
{
    runWithInput(args, {}, std::move(done), timeoutMs);
}

void ContainerEngine::runWithInput(const QStringList &args, const QByteArray &input, Done done, int timeoutMs)
{
    cancel();
    auto *process = new QProcess(this);
    m_process = process;
    configure(process, args);
    auto *timer = new QTimer(process);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, process, [process] { process->kill(); });
    auto finish = [this, process, timer, done](bool started) {
        if (m_process != process)
            return; // cancelled
        m_process = nullptr;
        Result result;
        result.started = started;
        result.timedOut = started && !timer->isActive(); // the single-shot timer fired: it killed the process
        result.exitCode = started && process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
        result.out = process->readAllStandardOutput();
        result.err = started ? process->readAllStandardError() : process->errorString().toUtf8();
        process->deleteLater();
        done(result);
    };
    connect(process, &QProcess::finished, this, [finish] { finish(true); });
    connect(process, &QProcess::errorOccurred, this, [finish](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finish(false);
    });
    timer->start(timeoutMs);
    process->start();
    if (!input.isEmpty())
        process->write(input);
    process->closeWriteChannel();
}

ContainerEngine::~ContainerEngine()
{
    for (QProcess *process : findChildren<QProcess *>(Qt::FindDirectChildrenOnly)) {
        process->disconnect(this);
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(2000);
        }
    }
}

void ContainerEngine::cancel()
{
    if (!m_process)
        return;
    QProcess *process = m_process;
    m_process = nullptr;
    // Not waited for: this runs on the window's thread (every new engine call cancels the last), and a CLI stuck
    // in the kernel would hold the window. It goes once it has ended; its answer is no longer anyone's.
    process->disconnect(this);
    if (process->state() == QProcess::NotRunning) {
        process->deleteLater();
        return;
    }
    connect(process, &QProcess::finished, process, &QObject::deleteLater);
    process->kill();
}

QProcess *ContainerEngine::createProcess(const QStringList &args, QObject *owner) const
{
    auto *process = new QProcess(owner);
    configure(process, args);
    return process;
}

} // namespace hwb
