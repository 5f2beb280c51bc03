#include "BuildrcDocument.h"

#include "LineDiff.h"
#include "common/BoundedFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStringDecoder>

namespace hwb {

namespace {
const QByteArray kBom("\xEF\xBB\xBF");

QString decode(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(bytes);
}
} // namespace

BuildrcDocument BuildrcDocument::fromBytes(const QByteArray &bytes)
{
    BuildrcDocument doc;
    qsizetype pos = 0;
    if (bytes.startsWith(kBom)) {
        doc.m_bom = kBom;
        pos = kBom.size();
    }
    while (pos < bytes.size()) {
        const qsizetype nl = bytes.indexOf('\n', pos);
        Line line;
        if (nl < 0) {
            line.text = bytes.mid(pos);
            pos = bytes.size();
        } else {
            line.text = bytes.mid(pos, nl - pos);
            line.eol = QByteArrayLiteral("\n");
            if (line.text.endsWith('\r')) {
                line.text.chop(1);
                line.eol = QByteArrayLiteral("\r\n");
            }
            pos = nl + 1;
        }
        doc.m_lines.append(line);
    }
    return doc;
}

std::optional<BuildrcDocument> BuildrcDocument::load(const QString &path, QString *error, bool *exists)
{
    if (exists)
        *exists = QFileInfo::exists(path);
    if (!QFileInfo::exists(path))
        return BuildrcDocument();
    QString reason;
    const auto bytes = BoundedFile::read(path, BoundedFile::kBuildrcLimit, &reason);
    if (!bytes) {
        if (error)
            *error = reason;
        return std::nullopt;
    }
    return fromBytes(*bytes);
}

QByteArray BuildrcDocument::toBytes() const
{
    QByteArray out = m_bom;
    for (const Line &line : m_lines)
        out += line.text + line.eol;
    return out;
}

bool BuildrcDocument::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toBytes()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

QString BuildrcDocument::lineText(int index) const
{
    return decode(m_lines.at(index).text);
}

QString BuildrcDocument::text() const
{
    QString out = hasBom() ? QString(QChar(0xFEFF)) : QString();
    for (const Line &line : m_lines)
        out += decode(line.text) + decode(line.eol);
    return out;
}

QString BuildrcDocument::editorText() const
{
    QString out;
    for (const Line &line : m_lines)
        out += decode(line.text) + (line.eol.isEmpty() ? QString() : QStringLiteral("\n"));
    return out;
}

void BuildrcDocument::setEditorText(const QString &text)
{
    QStringList newLines = text.split(u'\n');
    const bool finalNewline = text.endsWith(u'\n');
    if (finalNewline || text.isEmpty())
        newLines.removeLast();
    QStringList oldLines;
    for (int i = 0; i < m_lines.size(); ++i)
        oldLines.append(lineText(i));
    const QByteArray style = lineEnding();
    QList<Line> result;
    for (const LineDiff::Op &op : LineDiff::diff(oldLines, newLines)) {
        if (op.kind == LineDiff::Op::Kind::Removed)
            continue;
        if (op.kind == LineDiff::Op::Kind::Same)
            result.append(m_lines.at(op.oldIndex));
        else
            result.append(Line{newLines.at(op.newIndex).toUtf8(), style});
    }
    for (Line &line : result)
        if (line.eol.isEmpty())
            line.eol = style;
    if (!result.isEmpty() && !finalNewline)
        result.last().eol.clear();
    m_lines = result;
}

BuildrcEvaluation BuildrcDocument::evaluate(const BuildrcEvaluator::Options &options) const
{
    return BuildrcEvaluator::evaluate(text(), options);
}

std::optional<QString> BuildrcDocument::value(const QString &key) const
{
    const BuildrcEvaluation e = evaluate();
    const auto it = e.values.constFind(key);
    if (it == e.values.cend())
        return std::nullopt;
    return *it;
}

int BuildrcDocument::lineStartInText(int index) const
{
    int start = hasBom() ? 1 : 0;
    for (int i = 0; i < index; ++i)
        start += int(decode(m_lines.at(i).text).size() + m_lines.at(i).eol.size());
    return start;
}

void BuildrcDocument::replaceInLine(int index, int from, int to, const QString &replacement)
{
    QString line = lineText(index);
    line.replace(from, to - from, replacement);
    m_lines[index].text = line.toUtf8();
}

void BuildrcDocument::appendLine(const QString &text)
{
    const QByteArray style = lineEnding();
    const bool keepNoFinalNewline = !m_lines.isEmpty() && !endsWithNewline();
    if (!m_lines.isEmpty() && m_lines.last().eol.isEmpty())
        m_lines.last().eol = style;
    // A last line ending in a line continuation would swallow the new line: end it with a blank line.
    if (!m_lines.isEmpty()) {
        const QByteArray &last = m_lines.last().text;
        qsizetype backslashes = 0;
        while (backslashes < last.size() && last.at(last.size() - 1 - backslashes) == '\\')
            ++backslashes;
        if (backslashes % 2)
            m_lines.append(Line{QByteArray(), style});
    }
    m_lines.append(Line{text.toUtf8(), keepNoFinalNewline ? QByteArray() : style});
}

int BuildrcDocument::unreadAssignmentLine(const BuildrcEvaluation &e, const QString &key) const
{
    const QRegularExpression lookalike(QStringLiteral("^[ \\t]*(?:export[ \\t]+)?[^ \\t\\nA-Za-z0-9_$#'\"`\\\\]*")
                                       + QRegularExpression::escape(key) + QStringLiteral("[ \\t]*="));
    int line = 0;
    for (const BuildrcDiagnostic &d : e.diagnostics)
        if (d.key == key && d.code == QLatin1String("not-read-as-assignment") && d.line <= m_lines.size())
            line = std::max(line, d.line);
    if (e.stopped && e.stopLine > line && e.stopLine <= m_lines.size()
        && lookalike.match(lineText(e.stopLine - 1)).hasMatch())
        line = e.stopLine;
    return line;
}

void BuildrcDocument::setValue(const QString &key, const QString &value)
{
    const BuildrcEvaluation e = evaluate();
    // A line meant to assign key that sh does not read as an assignment (a quote left open, `K=(a b)`, a byte order
    // mark or a blank in front) is where the value goes: a line added after it would leave it there, and after an
    // open quote would never even be read. The line is rewritten whole, keeping its indentation and `export`.
    if (const int broken = unreadAssignmentLine(e, key); broken > 0) {
        static const QRegularExpression lead(QStringLiteral("^([ \\t]*)(export[ \\t]+)?"));
        const auto m = lead.match(lineText(broken - 1));
        m_lines[broken - 1].text = (m.captured(1) + m.captured(2) + key + u'=' + quoteForShell(value)).toUtf8();
        if (broken == 1)
            m_bom.clear(); // sh reads a byte order mark as part of the first line's first word
        return;
    }
    for (auto it = e.assignments.crbegin(); it != e.assignments.crend(); ++it) {
        if (it->key != key)
            continue;
        if (!it->editable)
            break;
        const int start = lineStartInText(it->line - 1);
        replaceInLine(it->line - 1, it->valueStart - start, it->valueEnd - start, quoteForShell(value));
        return;
    }
    appendLine(key + u'=' + quoteForShell(value));
}

bool BuildrcDocument::removeKey(const QString &key)
{
    const BuildrcEvaluation e = evaluate();
    bool complete = true;
    for (auto it = e.assignments.crbegin(); it != e.assignments.crend(); ++it) {
        if (it->key != key)
            continue;
        const int index = it->line - 1;
        if (it->ownsLine) {
            // The lines around it keep their bytes, line ends included; but a last line without a line end passes
            // that on, so that removing what appendLine() added gives the file back byte for byte.
            const bool lastWithoutEnd = index == m_lines.size() - 1 && m_lines.at(index).eol.isEmpty();
            m_lines.removeAt(index);
            if (lastWithoutEnd && !m_lines.isEmpty())
                m_lines.last().eol.clear();
        } else if (it->editable) {
            const int start = lineStartInText(index);
            QString line = lineText(index);
            int to = it->valueEnd - start;
            while (to < line.size() && (line.at(to) == u' ' || line.at(to) == u'\t'))
                ++to;
            replaceInLine(index, it->wordStart - start, to, QString());
        } else {
            complete = false;
        }
    }
    return complete;
}

QByteArray BuildrcDocument::lineEnding() const
{
    int crlf = 0;
    int lf = 0;
    for (const Line &line : m_lines) {
        if (line.eol == "\r\n")
            ++crlf;
        else if (line.eol == "\n")
            ++lf;
    }
    return crlf > lf ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
}

bool BuildrcDocument::endsWithNewline() const
{
    return !m_lines.isEmpty() && !m_lines.last().eol.isEmpty();
}

QString BuildrcDocument::quoteForShell(const QString &value)
{
    if (value.isEmpty())
        return QStringLiteral("''");
    bool safe = true;
    for (QChar c : value) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || QStringView(u"_-./:,+@%=^").contains(c);
        if (!ok) {
            safe = false;
            break;
        }
    }
    if (safe)
        return value;
    QString quoted = value;
    quoted.replace(u'\'', QLatin1String("'\\''"));
    return u'\'' + quoted + u'\'';
}

} // namespace hwb
