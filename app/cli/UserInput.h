#pragma once

#include "common/BoundedFile.h"

#include <QCommandLineParser>
#include <QString>

namespace hwb::cli {

// Checks of what the user typed. Each prints why a value is refused ("hwb: ..."); the caller then exits with
// ExitUsage. A value hwb cannot use is refused, never replaced by a default the user did not ask for.

// An option's whole number in [min, max], or its default's; *value is left alone when there is neither.
bool intOption(const QCommandLineParser &parser, const QString &name, int min, int max, int *value);
// An option's positive number of seconds (or its default's) as milliseconds; *ms is left alone without either.
bool secondsOption(const QCommandLineParser &parser, const QString &name, int *ms);
// A file the command reads: "cannot open FILE: reason" when it is missing, a folder, unreadable, not a regular
// file or larger than `limit` (BoundedFile::open).
bool readableFile(const QString &path, qint64 limit);

} // namespace hwb::cli
