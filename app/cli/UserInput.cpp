#include "UserInput.h"

#include "CliOutput.h"

#include <QFile>
#include <QFileInfo>

namespace hwb::cli {

namespace {
// How the user typed the option: -n, --limit.
QString spelled(const QString &name)
{
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}
} // namespace

bool intOption(const QCommandLineParser &parser, const QString &name, int min, int max, int *value)
{
    // value() is the default the help states when the option is not given (isSet() is false then).
    if (!parser.isSet(name) && parser.value(name).isEmpty())
        return true;
    bool ok = false;
    const int parsed = parser.value(name).toInt(&ok);
    if (!ok || parsed < min || parsed > max) {
        printError(tr("%1 needs a whole number from %2 to %3, not '%4'.")
                       .arg(spelled(name)).arg(min).arg(max).arg(parser.value(name)));
        return false;
    }
    *value = parsed;
    return true;
}

bool secondsOption(const QCommandLineParser &parser, const QString &name, int *ms)
{
    if (!parser.isSet(name) && parser.value(name).isEmpty())
        return true;
    bool ok = false;
    const double seconds = parser.value(name).toDouble(&ok);
    // An int of milliseconds holds 24 days; a longer wait is a typo, not a plan. Written so that NaN fails it too
    // (every comparison with NaN is false), and anything under a millisecond is not a wait.
    if (!ok || !(seconds >= 0.001 && seconds <= 24 * 24 * 3600)) {
        printError(tr("%1 needs a positive number of seconds, not '%2'.").arg(spelled(name), parser.value(name)));
        return false;
    }
    *ms = int(seconds * 1000);
    return true;
}

bool readableFile(const QString &path, qint64 limit)
{
    QFile file(path);
    const QString reason = BoundedFile::open(file, limit);
    if (reason.isEmpty())
        return true;
    printError(tr("cannot open %1: %2").arg(path, reason));
    return false;
}

} // namespace hwb::cli
