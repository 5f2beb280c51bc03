#include "TarArchive.h"

#include <QDateTime>

#include <cstring>

namespace hwb {

namespace {
constexpr int kBlock = 512;

// Numeric fields are zero-padded octal, NUL-terminated, filling the field.
void putOctal(char *field, int width, qint64 value)
{
    const QByteArray digits = QByteArray::number(value, 8).rightJustified(width - 1, '0');
    std::memcpy(field, digits.constData(), size_t(width - 1));
    field[width - 1] = '\0';
}
} // namespace

void TarArchive::addDirectory(const QString &path, int mode)
{
    addEntry(path.endsWith(QLatin1Char('/')) ? path : path + QLatin1Char('/'), '5', {}, mode);
}

void TarArchive::addFile(const QString &path, const QByteArray &content, int mode)
{
    addEntry(path, '0', content, mode);
}

void TarArchive::addEntry(const QString &path, char type, const QByteArray &content, int mode)
{
    const QByteArray name = path.toUtf8();
    if (name.isEmpty() || name.size() > 100 || name.startsWith('/')) {
        m_valid = false;
        return;
    }
    char header[kBlock] = {};
    std::memcpy(header, name.constData(), size_t(name.size()));
    putOctal(header + 100, 8, mode);
    putOctal(header + 108, 8, 0); // uid
    putOctal(header + 116, 8, 0); // gid
    putOctal(header + 124, 12, content.size());
    putOctal(header + 136, 12, QDateTime::currentSecsSinceEpoch());
    header[156] = type;
    std::memcpy(header + 257, "ustar", 6); // magic with its NUL
    std::memcpy(header + 263, "00", 2);
    std::memcpy(header + 265, "root", 4);
    std::memcpy(header + 297, "root", 4);
    // The checksum is summed with its own field read as spaces.
    std::memset(header + 148, ' ', 8);
    unsigned sum = 0;
    for (unsigned char c : header)
        sum += c;
    putOctal(header + 148, 7, sum);
    header[155] = ' ';

    m_data.append(header, kBlock);
    m_data.append(content);
    if (const qsizetype tail = content.size() % kBlock)
        m_data.append(QByteArray(kBlock - tail, '\0'));
}

QByteArray TarArchive::finish() const
{
    if (!m_valid)
        return {};
    return m_data + QByteArray(2 * kBlock, '\0');
}

} // namespace hwb
