#include "BoundedFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <limits>

#include <sys/stat.h>

namespace hwb::BoundedFile {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hwb::BoundedFile", text);
}

QString notRegular()
{
    return tr("it is not a regular file (a device, a pipe or a socket)");
}

QString tooLarge(qint64 size, qint64 limit)
{
    const QLocale locale;
    return tr("it is %1, more than the %2 this reads").arg(locale.formattedDataSize(size), locale.formattedDataSize(limit));
}
} // namespace

QString refusal(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return tr("it is a folder");
    return info.exists() && !info.isFile() ? notRegular() : QString();
}

QString open(QFile &file, qint64 limit)
{
    if (QString reason = refusal(file.fileName()); !reason.isEmpty())
        return reason;
    if (!file.open(QIODevice::ReadOnly))
        return file.errorString();
    struct stat status {};
    // Of the open descriptor: what is read is what was checked, even if the name changes meanwhile.
    const QString reason = ::fstat(file.handle(), &status) != 0 ? file.errorString()
                           : !S_ISREG(status.st_mode)           ? notRegular()
                           : status.st_size > limit             ? tooLarge(status.st_size, limit)
                                                                : QString();
    if (!reason.isEmpty())
        file.close();
    return reason;
}

std::optional<QByteArray> read(const QString &path, qint64 limit, QString *error)
{
    QFile file(path);
    if (QString reason = open(file, limit); !reason.isEmpty()) {
        *error = reason;
        return std::nullopt;
    }
    return readStream(file, limit, error); // bounded again: the file may grow while it is read
}

namespace {
std::optional<QByteArray> readHead(const QString &path, qint64 limit, QString *error)
{
    QFile file(path);
    if (QString reason = open(file, std::numeric_limits<qint64>::max()); !reason.isEmpty()) {
        *error = reason;
        return std::nullopt;
    }
    return file.read(limit);
}
} // namespace

QByteArray readOptional(const QString &path, qint64 limit, QString *unreadable, Beyond beyond)
{
    if (!QFileInfo::exists(path))
        return {};
    QString reason;
    const auto bytes = beyond == Beyond::Cut ? readHead(path, limit, &reason) : read(path, limit, &reason);
    if (!bytes && unreadable)
        *unreadable = reason;
    return bytes.value_or(QByteArray());
}

std::optional<QByteArray> readStream(QFile &stream, qint64 limit, QString *error)
{
    QByteArray bytes = stream.read(limit + 1);
    if (bytes.size() > limit) {
        *error = tooLarge(bytes.size(), limit);
        return std::nullopt;
    }
    return bytes;
}

} // namespace hwb::BoundedFile
