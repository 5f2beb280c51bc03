#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace hwb {

// Turns a process's byte stream into display lines, as Kate's build plugin does: split on '\n' and keep
// the partial tail for the next chunk (a UTF-8 sequence or an escape code may straddle two reads).
// ANSI escape sequences are removed; a '\r' inside a line keeps only what was drawn last.
class OutputLineSplitter
{
public:
    QStringList feed(const QByteArray &bytes);
    QStringList finish(); // the unterminated tail, if any

    static QString clean(QByteArrayView line);
    static QString stripAnsi(const QString &text);

private:
    QByteArray m_tail;
};

} // namespace hwb
