#pragma once

#include <QString>

namespace hwb::cli {

// One line on stderr that rewrites itself while something runs ("3 in flight · no first byte yet · 4.2 s"). Only
// on a terminal: a pipe or a log file gets none of it, only the lines printed above it.
class LiveStatusLine
{
public:
    explicit LiveStatusLine(bool wanted);
    ~LiveStatusLine();

    bool isEnabled() const { return m_enabled; }
    void show(const QString &text);
    // Erases the line; call before writing anything else on the terminal.
    void clear();
    // A line that stays (on stderr), with the live line drawn again under it; written alone where there is none.
    void printAbove(const QString &text);

private:
    bool m_enabled;
    QString m_shown;
};

} // namespace hwb::cli
