#include "VerdictText.h"

#include "CliOutput.h"
#include "TextTable.h"

namespace hwb::cli {

namespace {

// Out of the class: hwb's messages share one context (CliOutput's tr).
QString fixLabel()
{
    return tr("fix:") + QLatin1Char(' ');
}

} // namespace

int VerdictText::terminalWidth()
{
    const int columns = qEnvironmentVariableIntValue("COLUMNS");
    return columns >= 40 ? columns : kDefaultWidth;
}

QStringList VerdictText::wrap(const QString &text, int width, const QString &firstIndent, const QString &indent)
{
    QStringList out;
    QString line = firstIndent;
    bool empty = true;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!empty && TextTable::displayWidth(line) + 1 + TextTable::displayWidth(word) > width) {
            out.append(line);
            line = indent;
            empty = true;
        }
        line += (empty ? QString() : QStringLiteral(" ")) + word;
        empty = false;
    }
    if (!empty)
        out.append(line);
    return out;
}

QStringList VerdictText::lines(const QString &headline, const QString &fix, const QString &command, int width)
{
    const QString indent(2, QLatin1Char(' '));
    QStringList out = wrap(headline, width, QString(), indent);
    if (fix.isEmpty())
        return out;
    const QString label = fixLabel();
    const QString hanging = indent + QString(TextTable::displayWidth(label), QLatin1Char(' '));
    // The prose says the command at its end, after a colon (an ASCII one, or the full-width one of Chinese).
    const qsizetype at = command.isEmpty() ? -1 : fix.lastIndexOf(command);
    if (at < 0) {
        out += wrap(fix, width, indent + label, hanging);
        return out;
    }
    out += wrap(fix.left(at).trimmed(), width, indent + label, hanging);
    out.append(hanging + command);
    return out;
}

} // namespace hwb::cli
