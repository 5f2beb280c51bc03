#include "VerdictText.h"

#include "CliOutput.h"
#include "TextTable.h"

namespace hwb::cli {

namespace {

// The rebuild commands InspectionRules writes start so; prose before them ends with ": ".
bool isCommand(const QString &text)
{
    for (const char *start : {"cd ", "GOOS=", "tinygo ", "cargo ", "make "})
        if (text.startsWith(QLatin1String(start)))
            return true;
    return false;
}

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

QStringList VerdictText::lines(const QString &headline, const QString &fix, int width)
{
    const QString indent(2, QLatin1Char(' '));
    QStringList out = wrap(headline, width, QString(), indent);
    if (fix.isEmpty())
        return out;
    const QString label = fixLabel();
    const QString hanging = indent + QString(TextTable::displayWidth(label), QLatin1Char(' '));
    const qsizetype colon = fix.indexOf(QLatin1String(": "));
    const QString command = colon < 0 ? QString() : fix.mid(colon + 2);
    if (!isCommand(command)) {
        out += wrap(fix, width, indent + label, hanging);
        return out;
    }
    out += wrap(fix.left(colon + 1), width, indent + label, hanging);
    out.append(hanging + command);
    return out;
}

} // namespace hwb::cli
