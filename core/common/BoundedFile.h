#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

class QFile;

namespace hwb {

// Reading a file someone named or a checkout holds, within reason. Without a limit `hwb inspect /dev/zero`, a
// `.buildrc` symlinked to a device or a FIFO, or `--body` on a huge file read until memory ran out, or forever.
// Only regular files are read (a symlink counts as its target), up to a limit that fits the use.
namespace BoundedFile {

constexpr qint64 kModuleLimit = qint64(1) << 30;     // 1 GiB: Higress's modules are 3-30 MB
constexpr qint64 kBuildrcLimit = qint64(1) << 20;    // 1 MiB: a .buildrc is a few lines
constexpr qint64 kRequestBodyLimit = qint64(64) << 20; // 64 MiB
// A checkout's build and metadata files (Makefile, Dockerfile, .prebuild, go.mod, Cargo.toml): Higress's are 1-10 KB.
constexpr qint64 kBuildFileLimit = qint64(1) << 20;   // 1 MiB
constexpr qint64 kVersionLimit = 4096;                 // a VERSION file holds one line
constexpr qint64 kReadmeHeadLimit = 64 * 1024;        // a README's front matter sits at its top: only that is read
constexpr qint64 kStoreLimit = qint64(16) << 20;      // 16 MiB: the workbench's own JSON stores (profiles, drafts)
constexpr qint64 kSourceLimit = qint64(8) << 20;      // 8 MiB: a source file a compiler's message points at

// Before opening: a FIFO's open() waits for a writer. Why the path, if it exists, is no regular file (a folder, a
// device, a pipe), or empty.
QString refusal(const QString &path);
// Opens `file` (its name set) for reading, if it is a regular file within `limit`. Returns why not ("it is not a
// regular file…", "it is 3.0 GB…", or the open error), translated, or empty when it is open.
QString open(QFile &file, qint64 limit);
// Opens and reads it all, or returns nothing and sets *error (the reason, or the open error).
std::optional<QByteArray> read(const QString &path, qint64 limit, QString *error);
// What a larger file gets from readOptional(): refused, or its first `limit` bytes (a README's front matter).
enum class Beyond { Refuse, Cut };
// A file that may be absent (a plugin's VERSION, go.mod): its bytes, or empty when there is none and when it cannot
// be read, which *unreadable (if given) then says.
QByteArray readOptional(const QString &path, qint64 limit, QString *unreadable, Beyond beyond = Beyond::Refuse);
// A stream that is not a file (stdin as a pipe): reads up to `limit` bytes, nothing and *error beyond.
std::optional<QByteArray> readStream(QFile &stream, qint64 limit, QString *error);

} // namespace BoundedFile

} // namespace hwb
