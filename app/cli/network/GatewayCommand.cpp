#include "CliOutput.h"
#include "NetworkCommands.h"
#include "UserInput.h"

#include "buildplan/BuildProfile.h"
#include "common/BoundedFile.h"
#include "gateway/ContainerEngine.h"
#include "gateway/GatewayController.h"
#include "gateway/GatewayContainers.h"
#include "gateway/GatewayFixes.h"
#include "gateway/GatewayRunDir.h"
#include "gateway/MockUpstreamProbe.h"
#include "gateway/ModuleCheck.h"
#include "gateway/PluginConfigFile.h"
#include "gateway/PluginConfigSecrets.h"
#include "llm/Redactor.h"
#include "wasm/ArtifactInspector.h"
#include "workspace/WorkspaceScanner.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>

#include <cstdio>

namespace hwb::cli {

namespace {

const QString kJson = QStringLiteral("json");

void waitWhile(GatewayController &controller, GatewayController::State busy)
{
    QEventLoop loop;
    QObject::connect(&controller, &GatewayController::stateChanged, &loop, [&loop, busy](GatewayController::State s) {
        if (s != busy)
            loop.quit();
    });
    if (controller.state() == busy)
        loop.exec();
}

QJsonObject moduleCheckJson(const ModuleCheck &check)
{
    QJsonArray findings;
    for (const InspectionFinding &f : check.problems)
        findings.append(f.toJson());
    return {{QStringLiteral("passed"), !check.hasErrors()}, {QStringLiteral("findings"), findings}};
}

// With the module check `up` made (when it got that far): a module that fails it is often why the gateway did not
// come up, and the error JSON dropped what said so.
int reportGatewayError(const GatewayError &error, const QString &plugin, const ModuleCheck *check = nullptr)
{
    CliError cli{GatewayError::codeId(error.code), error.message, error.hint};
    cli.details = error.toJson();
    cli.context = {{QStringLiteral("ok"), false}, {QStringLiteral("plugin"), plugin},
                   {QStringLiteral("state"), QStringLiteral("failed")}};
    if (check)
        cli.context.insert(QStringLiteral("module_check"), moduleCheckJson(*check));
    cli.text = error.fullText();
    reportError(cli);
    return ExitFailure;
}

// A gateway that `up` did not try to start (no module, a ${NAME} without a value): the same JSON as one that failed
// to start, with a code that says why.
CliError gatewayNotStarted(const QString &code, const QString &message, const QString &plugin)
{
    CliError cli{code, message, QString()};
    cli.context = {{QStringLiteral("ok"), false}, {QStringLiteral("plugin"), plugin},
                   {QStringLiteral("state"), QStringLiteral("stopped")}};
    return cli;
}

// `gateway status`'s state ("ready", hwb's "stopped", or the engine's word) as a person reads it.
QString stateText(const QString &state)
{
    static const std::pair<const char *, const char *> words[] = {
        {"ready", QT_TRANSLATE_NOOP("hwb::cli", "ready")},
        {"stopped", QT_TRANSLATE_NOOP("hwb::cli", "stopped")},
        {"running", QT_TRANSLATE_NOOP("hwb::cli", "running, not ready")},
        {"exited", QT_TRANSLATE_NOOP("hwb::cli", "exited")},
        {"created", QT_TRANSLATE_NOOP("hwb::cli", "created, not started")},
        {"restarting", QT_TRANSLATE_NOOP("hwb::cli", "restarting")},
        {"paused", QT_TRANSLATE_NOOP("hwb::cli", "paused")},
        {"dead", QT_TRANSLATE_NOOP("hwb::cli", "being removed")},
        {"removing", QT_TRANSLATE_NOOP("hwb::cli", "being removed")},
    };
    for (const auto &[id, word] : words)
        if (state == QLatin1String(id))
            return tr(word);
    return state;
}

// A plugin's gateway (its container, run folder and saved config) is named by the plugin's folder, as the Gateway
// page names it: FAMILY/NAME only picks which plugin a command means, and a '/' would make a bad folder name.
QString gatewayKey(const QString &typedName)
{
    return typedName.section(QLatin1Char('/'), -1);
}

// ${API_KEY} in a plugin's configuration is $HWB_API_KEY, as for `hwb fire`'s templates. Each value is one the
// gateway's log, echoed by hwb, must not show.
QString secretFromEnvironment(const QString &name)
{
    const QString value = qEnvironmentVariable(qPrintable(QStringLiteral("HWB_") + name));
    Redactor::global().addSecret(value);
    return value;
}

bool fillSpecFromWorkspace(const QCommandLineParser &parser, GatewaySpec *spec, QString *pluginDir)
{
    const QString artifact = parser.value(QStringLiteral("artifact"));
    PluginInfo owner; // whose saved configuration applies
    const bool workspaceGiven = parser.isSet(QStringLiteral("workspace")) || !qEnvironmentVariableIsEmpty("HWB_WORKSPACE");
    // The --artifact of a plugin of the checkout hwb runs in is still that plugin's module: its .buildrc gives the
    // tags the check expects, its saved configuration applies. Taken alone, an untagged ai-proxy module passed the
    // check with a warning and got an empty configuration. Only a plugin no workspace here knows stands alone.
    // Named any way the other commands take (a path, "." in its folder); a name two families share is asked about.
    QString root = workspaceGiven || artifact.isEmpty() ? QString() : WorkspaceScanner::workspaceContaining(QDir::currentPath());
    const WorkspaceScanner::Lookup around = root.isEmpty() ? WorkspaceScanner::Lookup{} : lookUpPlugin(root, spec->pluginName);
    std::optional<PluginInfo> plugin = around.plugin;
    if (around.families.size() > 1)
        return findPlugin(root, spec->pluginName).has_value(); // says which FAMILY/NAME to write
    if (!artifact.isEmpty() && !workspaceGiven && !plugin) {
        spec->artifactPath = artifact;
        owner.family = familyFromId(spec->pluginName.section(QLatin1Char('/'), 0, -2)).value_or(PluginFamily::WasmGo);
        owner.name = spec->pluginName = gatewayKey(spec->pluginName);
    } else {
        if (!plugin) {
            root = resolveWorkspace(parser);
            plugin = root.isEmpty() ? std::nullopt : findPlugin(root, spec->pluginName);
        }
        if (!plugin)
            return false;
        owner = *plugin;
        *pluginDir = plugin->path;
        spec->workspace = root;
        spec->pluginName = plugin->name; // wasm-go/hello-world picked the plugin; its gateway is hello-world's
        spec->artifactPath = artifact.isEmpty() ? ArtifactInspector::newestArtifact(owner.path) : artifact;
        if (spec->artifactPath.isEmpty()) {
            reportError(gatewayNotStarted(
                QStringLiteral("no-module"),
                tr("%1 has no built module (main.wasm, plugin.wasm, or cargo's target/*/release/*.wasm); build it or pass --artifact FILE.")
                    .arg(spec->pluginName),
                spec->pluginName));
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("config"))) {
        const QString path = parser.value(QStringLiteral("config"));
        QString why;
        const auto json = BoundedFile::read(path, BoundedFile::kStoreLimit, &why);
        if (!json) {
            printError(tr("cannot read %1: %2").arg(path, why));
            return false;
        }
        spec->pluginConfigJson = *json;
    } else {
        spec->pluginConfigJson = PluginConfigFile::load(owner);
    }
    QStringList unresolved;
    spec->pluginConfigJson = PluginConfigSecrets::resolve(spec->pluginConfigJson, secretFromEnvironment, &unresolved);
    if (!unresolved.isEmpty()) {
        reportError(gatewayNotStarted(
            QStringLiteral("unresolved-placeholder"),
            tr("the configuration uses ${%1}, which has no value: export HWB_%1=... (an API key is never saved "
               "with the configuration).").arg(unresolved.constFirst()),
            spec->pluginName));
        return false;
    }
    return true;
}

MockUpstreamStatus probeMock(const GatewaySpec &spec)
{
    MockUpstreamProbe probe;
    probe.setEngine(spec.engine, spec.engineEnvironment);
    QEventLoop loop;
    QObject::connect(&probe, &MockUpstreamProbe::finished, &loop, &QEventLoop::quit);
    probe.start(spec.mockPort);
    loop.exec();
    return probe.status();
}

int up(const QCommandLineParser &parser, const QString &plugin)
{
    GatewaySpec spec;
    spec.pluginName = plugin;
    spec.followLogs = false;
    if (!intOption(parser, QStringLiteral("port"), 1, 65535, &spec.listenerPort)
        || !intOption(parser, QStringLiteral("admin-port"), 1, 65535, &spec.adminPort)
        || !intOption(parser, QStringLiteral("mock-port"), 1, 65535, &spec.mockPort)
        || !secondsOption(parser, QStringLiteral("timeout"), &spec.readyTimeoutMs))
        return ExitUsage;
    QString pluginDir; // empty for a bare --artifact: the inspector then looks beside the module
    if (!fillSpecFromWorkspace(parser, &spec, &pluginDir))
        return ExitUsage;
    if (parser.isSet(QStringLiteral("image")))
        spec.image = parser.value(QStringLiteral("image"));
    // Said before the container starts: a module built without its .buildrc tag loads, and then every request hangs
    // with nothing in the gateway's log to say why. It still starts: a demo of that hang is a reason to load one.
    const ModuleCheck check = ModuleCheck::run(spec.artifactPath, pluginDir, spec.image);
    if (!check.problems.isEmpty()) {
        printWarning(check.hasErrors() ? tr("%1 fails verification; the gateway will start it all the same, but:").arg(spec.artifactPath)
                                       : tr("verification warns about %1:").arg(spec.artifactPath));
        for (const QString &line : check.lines())
            printWarning(line);
    }
    spec.engine = parser.value(QStringLiteral("engine"));
    spec.upstream = parser.value(QStringLiteral("upstream"));
    const bool json = parser.isSet(kJson);

    GatewayController controller;
    controller.setFrontEnd(FrontEnd::CommandLine);
    if (!json) {
        QObject::connect(&controller, &GatewayController::progress, &controller,
                         [last = QString()](const QString &step, qint64, qint64) mutable {
                             if (step != last)
                                 printLine(step);
                             last = step;
                         });
    }
    controller.start(spec);
    waitWhile(controller, GatewayController::State::Starting);
    if (controller.state() != GatewayController::State::Ready)
        return reportGatewayError(controller.error(), plugin, &check);
    const QString listener = QStringLiteral("http://127.0.0.1:%1").arg(spec.listenerPort);
    // Whether the mock the gateway forwards to answers, and where the container reaches it: advice given blind
    // ("run hwb mock-llm") is wrong when one already runs, and misses one bound to 127.0.0.1 only.
    std::optional<MockUpstreamStatus> mock;
    if (spec.upstream == QLatin1String("mock"))
        mock = probeMock(spec);
    if (json) {
        QJsonObject object{{QStringLiteral("ok"), true},
                           {QStringLiteral("plugin"), plugin},
                           {QStringLiteral("state"), GatewayController::stateId(controller.state())},
                           {QStringLiteral("container"), controller.containerId()},
                           {QStringLiteral("image"), spec.image},
                           {QStringLiteral("artifact"), spec.artifactPath},
                           {QStringLiteral("module_check"), moduleCheckJson(check)},
                           {QStringLiteral("listener_url"), listener},
                           {QStringLiteral("admin_url"), QStringLiteral("http://127.0.0.1:%1").arg(spec.adminPort)},
                           {QStringLiteral("upstream"), spec.upstream},
                           {QStringLiteral("run_dir"), controller.runDir()}};
        if (mock)
            object.insert(QStringLiteral("mock"), mock->toJson());
        printJson(object);
    } else {
        printLine(tr("Gateway for %1 is ready at %2 (container %3).").arg(plugin, listener, controller.containerId()));
        if (mock && mock->verdict == MockUpstreamStatus::Verdict::Reachable)
            printLine(mock->text());
        else if (mock)
            printWarning(mock->text());
    }
    return ExitOk;
}

// Which workspace's gateways a command means: the one given or around, else any (a plugin's gateway is found
// outside its checkout too). Nothing when --workspace names no workspace.
std::optional<std::optional<QString>> workspaceScope(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("workspace")) || !qEnvironmentVariableIsEmpty("HWB_WORKSPACE")) {
        const QString root = resolveWorkspace(parser);
        return root.isEmpty() ? std::nullopt : std::optional<std::optional<QString>>(root);
    }
    const QString around = WorkspaceScanner::workspaceContaining(QDir::currentPath());
    return std::optional<std::optional<QString>>(around.isEmpty() ? std::nullopt : std::optional<QString>(around));
}

int down(const QCommandLineParser &parser, const QString &plugin)
{
    const auto scope = workspaceScope(parser);
    if (!scope)
        return ExitUsage;
    GatewayController controller;
    controller.setFrontEnd(FrontEnd::CommandLine);
    controller.stop(plugin, parser.value(QStringLiteral("engine")), {}, *scope);
    waitWhile(controller, GatewayController::State::Stopping);
    if (controller.state() == GatewayController::State::Failed)
        return reportGatewayError(controller.error(), plugin);
    if (parser.isSet(kJson))
        printJson(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("plugin"), plugin},
                              {QStringLiteral("removed"), QJsonArray::fromStringList(controller.removedContainers())}});
    else
        printLine(QCoreApplication::translate("hwb::cli", "Removed %n gateway container(s) of %1.", nullptr,
                                              int(controller.removedContainers().size()))
                      .arg(plugin));
    return ExitOk;
}

bool adminReady(int port)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/ready").arg(port)));
    request.setTransferTimeout(2000);
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return reply->error() == QNetworkReply::NoError && reply->readAll().trimmed() == "LIVE";
}

// The gateway a status or logs command means.
struct GatewayTarget
{
    QString plugin;                   // the gateway's key
    QString pluginDir;                // empty outside a workspace
    std::optional<QString> workspace; // nullopt: any workspace's
};

// In a workspace a name that is none of its plugins is a typo, refused before the container engine is asked about
// it; a path names the plugin whose folder it is in. Outside any, the name is the user's: `up --artifact FILE` runs
// a module under any name. (`down` takes any name: it must still remove the container of a plugin that was renamed
// or deleted.) Returns nothing when the name was refused.
std::optional<GatewayTarget> knownPlugin(const QCommandLineParser &parser, const QString &plugin)
{
    const bool workspaceGiven = parser.isSet(QStringLiteral("workspace")) || !qEnvironmentVariableIsEmpty("HWB_WORKSPACE");
    if (!workspaceGiven && WorkspaceScanner::workspaceContaining(QDir::currentPath()).isEmpty())
        return GatewayTarget{gatewayKey(plugin), QString(), std::nullopt};
    const QString root = resolveWorkspace(parser);
    const auto found = root.isEmpty() ? std::nullopt : findPlugin(root, plugin);
    if (!found)
        return std::nullopt;
    return GatewayTarget{found->name, found->path, root};
}

// Runs one engine command and waits for it.
ContainerEngine::Result runEngine(ContainerEngine &engine, const QStringList &args)
{
    ContainerEngine::Result result;
    QEventLoop loop;
    engine.run(args, [&](const ContainerEngine::Result &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    return result;
}

int reportEngineFailure(const ContainerEngine &engine, const ContainerEngine::Result &result, const QString &plugin,
                        const QString &what)
{
    return reportGatewayError(GatewayFixes::engineFailure(result, engine.program(), QString(), FrontEnd::CommandLine,
                                                   GatewayError::Code::RunFailed, what),
                       plugin);
}

// The target's container, running ones first; the engine's answer says whether the lookup itself worked.
std::optional<GatewayContainer> findContainer(ContainerEngine &engine, const GatewayTarget &target,
                                              ContainerEngine::Result *result)
{
    *result = runEngine(engine, GatewayContainers::listArguments());
    return GatewayContainers::find(GatewayContainers::parse(result->out), target.plugin, target.workspace);
}

int status(const QCommandLineParser &parser, const GatewayTarget &target)
{
    const QString &plugin = target.plugin;
    ContainerEngine engine;
    engine.setProgram(parser.value(QStringLiteral("engine")));
    ContainerEngine::Result result;
    const std::optional<GatewayContainer> found = findContainer(engine, target, &result);
    if (!result.ok())
        return reportEngineFailure(engine, result, plugin, tr("Asking the container engine"));
    QJsonObject object{{QStringLiteral("plugin"), plugin}, {QStringLiteral("exists"), found.has_value()}};
    const bool running = found && found->isRunning();
    std::optional<ModuleCheck> check;
    if (found) {
        const bool ready = running && found->adminPort > 0 && adminReady(found->adminPort);
        object.insert(QStringLiteral("container"), found->id);
        object.insert(QStringLiteral("name"), found->name);
        object.insert(QStringLiteral("workspace"), found->workspace);
        object.insert(QStringLiteral("state"), ready ? QStringLiteral("ready") : found->state);
        object.insert(QStringLiteral("status"), found->status);
        object.insert(QStringLiteral("image"), found->image);
        object.insert(QStringLiteral("ready"), ready);
        if (found->adminPort > 0) {
            object.insert(QStringLiteral("listener_url"), QStringLiteral("http://127.0.0.1:%1").arg(found->listenerPort));
            object.insert(QStringLiteral("admin_url"), QStringLiteral("http://127.0.0.1:%1").arg(found->adminPort));
        }
        // The module the container runs is the run folder's copy: what was built since does not change it.
        const QString module = GatewayRunDir::wasmPath(found->runDir);
        if (running && !found->runDir.isEmpty() && QFileInfo::exists(module)) {
            check = ModuleCheck::run(module, target.pluginDir, found->image);
            object.insert(QStringLiteral("module_check"), moduleCheckJson(*check));
        }
    } else {
        object.insert(QStringLiteral("state"), QStringLiteral("stopped"));
        object.insert(QStringLiteral("ready"), false);
    }
    if (parser.isSet(kJson)) {
        printJson(object);
    } else {
        // The state in the reader's language; the engine's own status ("Up 3 minutes") as it says it.
        const QString state = object.value(QStringLiteral("state")).toString();
        const QString status = object.value(QStringLiteral("status")).toString();
        printLine(status.isEmpty() ? tr("%1: %2").arg(plugin, stateText(state))
                                   : tr("%1: %2 (%3)").arg(plugin, stateText(state), status));
        if (check && check->problems.isEmpty())
            printLine(tr("Module check: passed."));
        else if (check)
            printLine(check->hasErrors() ? tr("Module check: the running module fails verification:")
                                         : tr("Module check: verification warns about the running module:"));
        for (const QString &line : check ? check->lines() : QStringList())
            printLine(QStringLiteral("  ") + line);
    }
    return running ? ExitOk : ExitFailure;
}

// Echoes a process's output whole lines at a time, each with API keys masked.
class RedactedEcho
{
public:
    void add(const QByteArray &bytes, bool last)
    {
        m_partial += bytes;
        const qsizetype end = last ? m_partial.size() : m_partial.lastIndexOf('\n') + 1;
        if (end <= 0)
            return;
        const QByteArray text = Redactor::global().redact(m_partial.left(end));
        m_partial.remove(0, end);
        std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
        std::fflush(stdout);
    }

private:
    QByteArray m_partial;
};

// The gateway's log as Docker keeps it, with API keys masked: a plugin may log its configuration, and ai-proxy's
// holds the provider's key. The log is this command's output, so it goes to stdout (`| grep`); Envoy writes it to
// its stderr, which Docker keeps apart, so the two are merged in arrival order. hwb's own errors stay on stderr:
// the container is looked up first, so that "no such container" or a stopped daemon is not mistaken for the log.
int logs(const QCommandLineParser &parser, const GatewayTarget &target)
{
    // "all" or a count; Docker takes "abc" and "-5" as "all", so a typo would print the whole log as if asked for.
    QString tail = parser.value(QStringLiteral("tail"));
    if (tail != QLatin1String("all")) {
        bool ok = false;
        const int lines = tail.toInt(&ok);
        if (!ok || lines < 0) {
            printError(tr("--tail needs 'all' or a number of lines, not '%1'.").arg(tail));
            return ExitUsage;
        }
        tail = QString::number(lines);
    }
    const QString &plugin = target.plugin;
    ContainerEngine engine;
    engine.setProgram(parser.value(QStringLiteral("engine")));
    ContainerEngine::Result result;
    const std::optional<GatewayContainer> found = findContainer(engine, target, &result);
    if (!result.ok())
        return reportEngineFailure(engine, result, plugin, tr("Asking the container engine"));
    if (!found) {
        CliError error = gatewayNotStarted(QStringLiteral("no-container"), tr("%1 has no gateway container.").arg(plugin), plugin);
        error.hint = tr("Start one with 'hwb gateway up %1'.").arg(plugin);
        reportError(error);
        return ExitFailure;
    }
    QStringList args{QStringLiteral("logs"), QStringLiteral("--tail"), tail};
    if (parser.isSet(QStringLiteral("follow")))
        args << QStringLiteral("-f");
    args << found->id;
    // Whatever key the gateway may have been started with: any $HWB_ variable named like one.
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : environment.keys())
        if (name.startsWith(QLatin1String("HWB_")) && BuildProfile::looksSecret(name))
            Redactor::global().addSecret(environment.value(name));
    QProcess *process = engine.createProcess(args, &engine);
    process->setProcessChannelMode(QProcess::MergedChannels);
    RedactedEcho out;
    QEventLoop loop;
    QObject::connect(process, &QProcess::readyRead, &loop, [&] { out.add(process->readAll(), false); });
    QObject::connect(process, &QProcess::finished, &loop, &QEventLoop::quit);
    process->start();
    if (process->waitForStarted(-1))
        loop.exec();
    out.add(process->readAll(), true);
    if (process->error() == QProcess::FailedToStart) {
        printError(tr("cannot run %1: %2").arg(process->program(), process->errorString()));
        return ExitFailure;
    }
    return process->exitStatus() == QProcess::NormalExit ? process->exitCode() : ExitFailure;
}

int run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"), tr("up, down, status or logs"));
    parser.addPositionalArgument(QStringLiteral("plugin"), tr("The plugin's name"));
    parser.addOption(jsonOption());
    parser.addOption(workspaceOption());
    parser.addOption({QStringLiteral("image"), tr("Gateway image (default %1).").arg(GatewaySpec::defaultImage()), tr("image")});
    parser.addOption({QStringLiteral("engine"), tr("docker or podman executable."), tr("path")});
    parser.addOption({QStringLiteral("port"), tr("Listener port on 127.0.0.1 (default 10000)."), tr("n"), QStringLiteral("10000")});
    parser.addOption({QStringLiteral("admin-port"), tr("Admin port on 127.0.0.1 (default 9901)."), tr("n"), QStringLiteral("9901")});
    parser.addOption({QStringLiteral("upstream"), tr("\"mock\" (the mock LLM on the host) or a provider URL."), tr("url"),
                      QStringLiteral("mock")});
    parser.addOption({QStringLiteral("mock-port"), tr("Host port of the mock LLM (default 18080)."), tr("n"), QStringLiteral("18080")});
    parser.addOption({QStringLiteral("artifact"), tr("The module to mount (default: the plugin's newest main.wasm/plugin.wasm)."), tr("file")});
    parser.addOption({QStringLiteral("config"), tr("The plugin's JSON configuration (default: saved or config.sample.json)."), tr("file")});
    parser.addOption({QStringLiteral("timeout"), tr("Seconds to wait for readiness (default 60)."), tr("s"), QStringLiteral("60")});
    parser.addOption({QStringLiteral("tail"), tr("logs: lines to show (default all)."), tr("n"), QStringLiteral("all")});
    parser.addOption({QStringLiteral("follow"), tr("logs: keep following.")});
    int exitCode = ExitOk;
    if (!parseArguments(parser, args, tr("Manage the local gateway container of a plugin.\n"
                                         "Example: hwb mock-llm --bind 0.0.0.0 & hwb gateway up ai-proxy && hwb fire http://127.0.0.1:10000"),
                        &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (positional.size() != 2) {
        printError(tr("usage: hwb gateway up|down|status|logs PLUGIN [options]"));
        return ExitUsage;
    }
    if (action == QLatin1String("up"))
        return up(parser, positional.at(1));
    if (action == QLatin1String("down"))
        return down(parser, gatewayKey(positional.at(1)));
    if (action == QLatin1String("status") || action == QLatin1String("logs")) {
        const std::optional<GatewayTarget> plugin = knownPlugin(parser, positional.at(1));
        if (!plugin)
            return ExitUsage;
        return action == QLatin1String("status") ? status(parser, *plugin) : logs(parser, *plugin);
    }
    printError(tr("unknown action '%1': use up, down, status or logs").arg(action));
    return ExitUsage;
}

const CommandRegistration registration{networkCommand("gateway", &run)};

} // namespace
} // namespace hwb::cli
