#include "AppContext.h"
#include "LogPaneBench.h"
#include "MainWindow.h"
#include "ScreenshotRenderer.h"
#include "pages/GatewayPage.h"

#include "common/OpenFileLimit.h"
#include "common/Translations.h"
#include "gateway/GatewayRunProfile.h"
#include "hwb_config.h"
#include "storage/AppSettings.h"
#include "workspace/DemoWorkspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QJsonDocument>
#include <QSize>
#include <QTextStream>

#include <cstdio>

using namespace hwb;
using namespace hwb::gui;

namespace {
// main() is no class, so its messages have a context of their own.
QString text(const char *source)
{
    return QCoreApplication::translate("hwb::gui::main", source);
}

void fail(const QString &text)
{
    QTextStream(stderr) << "higress-workbench: " << text << '\n';
}

// "1280x800"; anything else (a typo, a zero, a negative) is an invalid size, not a silently ignored one.
QSize parseSize(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('x'));
    bool wOk = false;
    bool hOk = false;
    const QSize size(parts.value(0).toInt(&wOk), parts.value(1).toInt(&hOk));
    return parts.size() == 2 && wOk && hOk && size.width() > 0 && size.height() > 0 ? size : QSize();
}

// The help, the version and a screenshot need no screen: on a machine without one (ssh, CI) they use Qt's
// offscreen platform instead of aborting because xcb cannot connect.
void useOffscreenWhenNoScreenIsNeeded(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return;
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version"
            || arg == "--screenshot" || arg.startsWith("--screenshot=")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            return;
        }
    }
}
} // namespace

int main(int argc, char *argv[])
{
    useOffscreenWhenNoScreenIsNeeded(argc, argv);
    // The Requests page fires up to 1000 at once, and the in-process mock LLM may accept as many in the same process.
    OpenFileLimit::raiseTo(2 * 1000 + OpenFileLimit::kReserved);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("higress-workbench"));
    QApplication::setApplicationName(QStringLiteral("higress-workbench"));
    QApplication::setApplicationDisplayName(QStringLiteral("Higress Plugin Workbench"));
    QApplication::setApplicationVersion(QStringLiteral(HWB_VERSION_STRING));

    // The saved or system language first, so --help reads in it; --lang, once parsed, may change it.
    Translations::install(Translations::localeFor(AppSettings::language()));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Higress Plugin Workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"), text(QT_TRANSLATE_NOOP("hwb::gui::main", "Open a writable copy of the demo workspace.")));
    const QCommandLineOption demoReset(QStringLiteral("demo-reset"),
                                       text(QT_TRANSLATE_NOOP("hwb::gui::main", "With --demo: start again from a fresh copy.")));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        text(QT_TRANSLATE_NOOP("hwb::gui::main", "Render the window to a PNG file and exit.")),
                                        text(QT_TRANSLATE_NOOP("hwb::gui::main", "file")));
    const QCommandLineOption page(QStringLiteral("page"), text(QT_TRANSLATE_NOOP("hwb::gui::main", "Page to show (with --screenshot).")),
                                  text(QT_TRANSLATE_NOOP("hwb::gui::main", "name")));
    // Not "--plugin": QGuiApplication consumes -plugin for platform plugins.
    const QCommandLineOption plugin(QStringLiteral("select"), text(QT_TRANSLATE_NOOP("hwb::gui::main", "Plugin to select: its folder name, or FAMILY/NAME (wasm-rust/ai-intent) when several families have one of that name.")),
                                    text(QT_TRANSLATE_NOOP("hwb::gui::main", "name")));
    const QCommandLineOption language(QStringLiteral("lang"), text(QT_TRANSLATE_NOOP("hwb::gui::main", "UI language: system, en or zh_CN.")),
                                      text(QT_TRANSLATE_NOOP("hwb::gui::main", "language")));
    const QCommandLineOption size(QStringLiteral("size"), text(QT_TRANSLATE_NOOP("hwb::gui::main", "Window size for screenshots, WxH.")),
                                  text(QT_TRANSLATE_NOOP("hwb::gui::main", "size")), QStringLiteral("1280x800"));
    // hwb takes --workspace; the same words open the same checkout here.
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"),
                                             text(QT_TRANSLATE_NOOP("hwb::gui::main", "A Higress checkout to open (as the workspace argument).")),
                                             text(QT_TRANSLATE_NOOP("hwb::gui::main", "dir")));
    QCommandLineOption gatewayState(QStringLiteral("gateway-state"),
                                    QStringLiteral("Debug: show the Gateway page as starting, ready, failed or logs."),
                                    QStringLiteral("state"));
    gatewayState.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption benchLogPane(QStringLiteral("bench-log-pane"),
                                    QStringLiteral("Bench: feed FILE through the Build page's log pane, print JSON."),
                                    QStringLiteral("file"));
    benchLogPane.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({demo, demoReset, screenshot, page, plugin, language, size, workspaceOption, gatewayState,
                       benchLogPane});
    parser.addPositionalArgument(QStringLiteral("workspace"), text(QT_TRANSLATE_NOOP("hwb::gui::main", "A Higress checkout to open.")));
    parser.process(app);

    if (parser.isSet(language))
        Translations::install(Translations::localeFor(parser.value(language)));
    const QSize windowSize = parseSize(parser.value(size));
    if (!windowSize.isValid()) {
        fail(text(QT_TRANSLATE_NOOP("hwb::gui::main", "--size takes WIDTHxHEIGHT in pixels, like 1280x800, not %1"))
                 .arg(parser.value(size)));
        return 2;
    }
    if (parser.isSet(benchLogPane)) {
        const QJsonObject result = LogPaneBench::run(parser.value(benchLogPane), windowSize);
        QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
        return result.contains(QStringLiteral("error")) ? 1 : 0;
    }

    QString workspace = parser.positionalArguments().value(0);
    if (parser.isSet(workspaceOption)) {
        if (!workspace.isEmpty() && workspace != parser.value(workspaceOption)) {
            fail(text(QT_TRANSLATE_NOOP("hwb::gui::main", "two workspaces given, %1 and %2; give one"))
                     .arg(workspace, parser.value(workspaceOption)));
            return 2;
        }
        workspace = parser.value(workspaceOption);
    }
    if (parser.isSet(demo)) {
        QString error;
        workspace = DemoWorkspace::ensureWritableCopy(&error, parser.isSet(demoReset));
        if (workspace.isEmpty()) {
            fail(error);
            return 1;
        }
        // The demo works end to end without Docker: its requests go to the in-process mock LLM.
        if (!GatewayPage::startMock(GatewayPage::kPreferredMockPort, &error))
            fail(text(QT_TRANSLATE_NOOP("hwb::gui::main", "the mock LLM could not start: %1")).arg(error));
        if (GatewayRunProfileStore::selectedIndex(workspace) < 0)
            // The demo's requests go to the mock: it works without Docker. Only the demo's: a checkout opened later
            // keeps its own choice.
            GatewayRunProfileStore::setSelectedIndex(workspace,
                                                     GatewayRunProfileStore::firstOfKind(GatewayRunProfile::Kind::MockOnly));
    } else if (workspace.isEmpty()) {
        workspace = AppSettings::lastWorkspace();
    }
    if (parser.isSet(gatewayState))
        app.setProperty("hwb.gatewayPreview", parser.value(gatewayState));

    AppContext context;
    MainWindow window(context);
    if (!workspace.isEmpty())
        window.openWorkspace(workspace);
    if (QString error; parser.isSet(plugin) && !window.selectPluginByName(parser.value(plugin), &error))
        fail(error);
    if (parser.isSet(page) && !window.showPage(parser.value(page))) {
        fail(text(QT_TRANSLATE_NOOP("hwb::gui::main", "unknown page %1; pages: %2"))
                 .arg(parser.value(page), window.pageIds().join(QStringLiteral(", "))));
        return 2;
    }

    if (parser.isSet(screenshot)) {
        window.resize(windowSize);
        const QString error = ScreenshotRenderer::render(&window, parser.value(screenshot));
        if (!error.isEmpty()) {
            fail(error);
            return 1;
        }
        return 0;
    }
    window.restoreSavedGeometry();
    window.show();
    return app.exec();
}
