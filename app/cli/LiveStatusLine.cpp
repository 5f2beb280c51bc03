#include "LiveStatusLine.h"

#include <cstdio>
#include <unistd.h>

namespace hwb::cli {

namespace {
void write(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

// Carriage return, then erase to the end of the line: the terminal shows the new text alone.
const QString kRewrite = QStringLiteral("\r\x1b[K");
} // namespace

LiveStatusLine::LiveStatusLine(bool wanted)
    : m_enabled(wanted && ::isatty(STDERR_FILENO) == 1)
{
}

LiveStatusLine::~LiveStatusLine()
{
    clear();
}

void LiveStatusLine::show(const QString &text)
{
    if (!m_enabled || text == m_shown)
        return;
    m_shown = text;
    write(kRewrite + text);
}

void LiveStatusLine::clear()
{
    if (!m_enabled || m_shown.isEmpty())
        return;
    m_shown.clear();
    write(kRewrite);
}

void LiveStatusLine::printAbove(const QString &text)
{
    if (!m_enabled) {
        write(text + QLatin1Char('\n'));
        return;
    }
    const QString shown = m_shown;
    clear();
    write(text + QLatin1Char('\n'));
    show(shown);
}

} // namespace hwb::cli
