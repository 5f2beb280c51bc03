#include "CliOutput.h"
#include "CommandLine.h"
#include "CommandRegistry.h"

#include "common/Translations.h"
#include "hwb_config.h"
#include "storage/AppSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <unistd.h>

using namespace hwb;
using namespace hwb::cli;

namespace {

// main() is outside namespace hwb::cli, where lupdate files the commands' messages; these name that context
// themselves, or lupdate would file them under none and they would never be translated.
QString cliText(const char *text)
{
    return QCoreApplication::translate("hwb::cli", text);
}

// The program that serves `command`, beside hwb's own binary (where QCoreApplication::applicationDirPath() would
// find it, without needing one).
QString programServing(const Command &command)
{
    const QString folder = QFileInfo(QFile::symLinkTarget(QStringLiteral("/proc/self/exe"))).path();
    return QDir::cleanPath(folder + QLatin1Char('/') + QLatin1String(command.program));
}

// Runs `program` in place of hwb, with hwb's own arguments, so what the user sees and the exit code are that
// program's. It runs before hwb starts Qt: the helper does all of that itself, and Qt 6.8's warning about a
// non-UTF-8 locale would otherwise come twice. Returns only when it cannot be started: errno.
int handOff(const QString &program, char *argv[])
{
    ::execv(QFile::encodeName(program).constData(), argv);
    return errno;
}

} // namespace

int main(int argc, char *argv[])
{
    // `hwb help build` is what git and go taught people to type: it is `hwb build --help`.
    char helpFlag[] = "--help";
    char *helpArgv[] = {argv[0], argc > 2 ? argv[2] : helpFlag, argc > 2 ? helpFlag : nullptr, nullptr};
    if (argc >= 2 && std::strcmp(argv[1], "help") == 0) {
        argc = argc > 2 ? 3 : 2;
        argv = helpArgv;
    }
    const Command *handedOff = argc > 1 ? CommandRegistry::find(QString::fromLocal8Bit(argv[1])) : nullptr;
    const QString helper = handedOff && !handedOff->run ? programServing(*handedOff) : QString();
    const int handOffError = helper.isEmpty() ? 0 : handOff(helper, argv);

    // Qt's own event dispatcher instead of GLib's: hwb hosts no GTK code, and the plain one starts ~1 ms faster
    // and wakes up cheaper (a build's artifact is looked at up to 500 times a second). Set for the constructor
    // only, so the builds hwb starts do not inherit it.
    const bool noGlibWasSet = qEnvironmentVariableIsSet("QT_NO_GLIB");
    if (!noGlibWasSet)
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    if (!noGlibWasSet)
        qunsetenv("QT_NO_GLIB");
    QCoreApplication::setOrganizationName(QStringLiteral("higress-workbench"));
    QCoreApplication::setApplicationName(QStringLiteral("higress-workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HWB_VERSION_STRING));
    Translations::install(Translations::localeFor(AppSettings::language()));
    if (handOffError) {
        // An error object on stdout with --json too: a script reading `hwb fire --json` got nothing to parse.
        setJsonRequested(QCoreApplication::arguments().contains(QStringLiteral("--json")));
        reportError({QStringLiteral("helper-missing"),
                     cliText(QT_TRANSLATE_NOOP("hwb::cli", "cannot run %1, which serves 'hwb %2': %3."))
                         .arg(helper, QLatin1String(handedOff->name), QString::fromLocal8Bit(std::strerror(handOffError))),
                     cliText(QT_TRANSLATE_NOOP("hwb::cli", "Is the installation complete? Link hwb rather than copy it: it "
                                                           "finds its helpers in libexec/ beside its own bin/."))});
        return finishCommand(ExitFailure);
    }

    if (qEnvironmentVariableIsSet("HWB_BUILD_SERVER_LOST")) {
        qunsetenv("HWB_BUILD_SERVER_LOST");
        return reportBuildServerLost(QCoreApplication::arguments());
    }
    return runCommandLine(QCoreApplication::arguments());
}
