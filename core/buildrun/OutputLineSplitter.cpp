#include "OutputLineSplitter.h"

#include <QRegularExpression>

namespace hwb {

QStringList OutputLineSplitter::feed(const QByteArray &bytes)
{
    QStringList lines;
    qsizetype start = 0;
    if (!m_tail.isEmpty()) {
        const qsizetype nl = bytes.indexOf('\n');
        if (nl < 0) {
            m_tail += bytes;
            return lines;
        }
        m_tail.append(bytes.constData(), nl);
        lines.append(clean(m_tail));
        m_tail.clear();
        start = nl + 1;
    }
    for (;;) {
        const qsizetype nl = bytes.indexOf('\n', start);
        if (nl < 0)
            break;
        lines.append(clean(QByteArrayView(bytes).sliced(start, nl - start)));
        start = nl + 1;
    }
    m_tail = bytes.mid(start);
    return lines;
}

QStringList OutputLineSplitter::finish()
{
    if (m_tail.isEmpty())
        return {};
    const QString last = clean(m_tail);
    m_tail.clear();
    return {last};
}

QString OutputLineSplitter::clean(QByteArrayView line)
{
    QString text = QString::fromUtf8(line);
    if (text.contains(QChar(0x1b)))
        text = stripAnsi(text);
    while (text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    if (const qsizetype cr = text.lastIndexOf(QLatin1Char('\r')); cr >= 0)
        text = text.mid(cr + 1);
    return text;
}

QString OutputLineSplitter::stripAnsi(const QString &text)
{
    // CSI (colours, cursor moves), OSC (titles, hyperlinks) and two-byte escapes.
    static const QRegularExpression ansi(
        QStringLiteral("\\x1b\\[[0-9;?]*[ -/]*[@-~]|\\x1b\\][^\\x07\\x1b]*(?:\\x07|\\x1b\\\\)|\\x1b[@-Z\\\\-_]"));
    QString out = text;
    out.remove(ansi);
    return out;
}

} // namespace hwb
