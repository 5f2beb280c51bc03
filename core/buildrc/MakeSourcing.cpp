#include "MakeSourcing.h"

#include "BuildrcKeys.h"
#include "ShellLexer.h"
#include "common/TextEscape.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>

namespace hwb {

namespace {

const QString kTags = QStringLiteral("EXTRA_TAGS");

QString tr(const char *text)
{
    return QCoreApplication::translate("hwb::MakeSourcing", text);
}

bool isOneOf(const QString &word, std::initializer_list<const char *> list)
{
    return std::any_of(list.begin(), list.end(), [&](const char *w) { return word == QLatin1String(w); });
}

// Builtins that only test, print or succeed: running them changes nothing outside the shell.
bool isHarmless(const QString &name)
{
    return isOneOf(name, {"[", "test", "true", "false", ":", "echo", "printf"});
}

// What the statements of the file are, for the check: whether sh must run it, and where it prints and ends.
struct Shape
{
    bool needsShell = false;
    int unsafeLine = 0; // the first command the workbench does not run
    QString unsafeCommand;
    int firstPrintLine = 0;
    int lastLine = 0;
    QString lastList;        // the source of the file's last and-or list
    bool lastListMayFail = false; // a test or `false` decides its status
};

Shape shapeOf(const QString &text, const QList<ShellCommand> &commands)
{
    const auto lineOf = [&](int pos) { return int(text.left(pos).count(u'\n')) + 1; };
    Shape shape;
    int lastListStart = 0;
    for (int c = 0; c < commands.size(); ++c) {
        const ShellCommand &cmd = commands.at(c);
        if (cmd.opBefore.isEmpty()) {
            lastListStart = c;
            shape.lastListMayFail = false;
        }
        int first = 0;
        while (first < cmd.words.size() && cmd.words.at(first).isAssignment())
            ++first;
        const QString name = first < cmd.words.size() ? cmd.words.at(first).plainLiteral() : QString();
        const bool runsCode = std::any_of(cmd.words.cbegin(), cmd.words.cend(), [](const ShellWord &w) {
            return std::any_of(w.parts.cbegin(), w.parts.cend(), [](const ShellWordPart &p) {
                return p.kind == ShellWordPart::Kind::Opaque && p.runsCode;
            });
        });
        const bool plain = first == cmd.words.size() || (first == 0 && name == QLatin1String("export"));
        // A word with '=' that is no assignment (a name behind a byte order mark) is looked up as a program, which
        // no one has: sh says "not found" and the status is 127.
        const bool notFound = name.contains(u'=') && !name.contains(u'/');
        if (!plain)
            shape.needsShell = true;
        if ((runsCode || (!plain && !isHarmless(name) && !notFound)) && !shape.unsafeLine) {
            shape.unsafeLine = lineOf(cmd.start);
            shape.unsafeCommand = runsCode ? text.mid(cmd.start, cmd.end - cmd.start).trimmed() : name;
        }
        if ((name == QLatin1String("echo") || name == QLatin1String("printf")) && !shape.firstPrintLine)
            shape.firstPrintLine = lineOf(cmd.start);
        const bool mayFail = isOneOf(name, {"[", "test", "false"}) || notFound;
        if (mayFail && (cmd.opAfter == QLatin1String("&&") || c == commands.size() - 1))
            shape.lastListMayFail = true;
        shape.lastLine = lineOf(cmd.start);
    }
    if (!commands.isEmpty())
        shape.lastList = text.mid(commands.at(lastListStart).start, commands.last().end - commands.at(lastListStart).start)
                             .trimmed();
    return shape;
}

struct Sourced
{
    bool ran = false;
    int status = 0;
    QByteArray printed; // the file's own output while sourced
    QByteArray echoed;  // `echo $EXTRA_TAGS` after it
};

// Sources the file as the Makefile does, in a throwaway folder's copy; the status and the echo come back apart
// from what the file prints itself.
Sourced source(const QByteArray &bytes, const BuildrcEvaluatorOptions &options)
{
    Sourced result;
    QTemporaryDir dir;
    if (!dir.isValid())
        return result;
    const QString file = dir.filePath(QStringLiteral(".buildrc"));
    const QString printed = dir.filePath(QStringLiteral("printed"));
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
        return result;
    out.close();
    QProcess sh;
    sh.setProgram(QStringLiteral("/bin/sh"));
    sh.setArguments({QStringLiteral("-c"), QStringLiteral(". \"$1\" >\"$2\"; echo $?; echo $EXTRA_TAGS"),
                     QStringLiteral("sh"), file, printed});
    if (options.environment) {
        QProcessEnvironment env; // exactly the given one, as `env -i` would
        for (auto it = options.environment->cbegin(); it != options.environment->cend(); ++it)
            env.insert(it.key(), it.value());
        sh.setProcessEnvironment(env);
    }
    if (QFileInfo(options.workingDirectory).isDir())
        sh.setWorkingDirectory(options.workingDirectory);
    sh.setStandardInputFile(QProcess::nullDevice());
    sh.start();
    if (!sh.waitForFinished(5000)) {
        sh.kill();
        sh.waitForFinished(1000);
        return result;
    }
    if (sh.exitStatus() != QProcess::NormalExit)
        return result;
    const QByteArray stdoutBytes = sh.readAllStandardOutput();
    const qsizetype nl = stdoutBytes.indexOf('\n');
    bool ok = false;
    result.status = stdoutBytes.left(nl).toInt(&ok);
    if (nl < 0 || !ok)
        return result;
    result.echoed = stdoutBytes.mid(nl + 1);
    QFile printedFile(printed);
    if (printedFile.open(QIODevice::ReadOnly))
        result.printed = printedFile.read(64 * 1024);
    result.ran = true;
    return result;
}

// What $(shell ...) makes of a command's output: the newlines at its end dropped, the others (and CR LF pairs) spaces.
QString asMakeShellOutput(const QByteArray &output)
{
    QString text = QString::fromUtf8(output);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    while (text.endsWith(u'\n'))
        text.chop(1);
    text.replace(u'\n', u' ');
    return text;
}

BuildrcDiagnostic diagnostic(int line, BuildrcDiagnostic::Severity severity, const QString &code, const QString &message)
{
    BuildrcDiagnostic d;
    d.line = line;
    d.severity = severity;
    d.code = code;
    d.message = message;
    d.key = kTags;
    return d;
}

QString quoted(const QString &tags)
{
    return QLatin1Char('\'') + printableText(tags.left(200)) + QLatin1Char('\'');
}

} // namespace

void MakeSourcing::check(const QString &text, const QByteArray &bytes, const BuildrcEvaluatorOptions &options,
                         BuildrcEvaluation *evaluation)
{
    BuildrcEvaluation &e = *evaluation;
    e.makeSourcingChecked = true;
    e.makeTags.reset();
    e.makeSourcedWithShell = false;
    // Past a stop, or with the tags only a shell can compute, the evaluation already says the tags are unknown.
    if (e.stopped || e.unknownKeys.contains(kTags))
        return;
    const ShellLexResult lexed = ShellLexer::lex(text);
    if (lexed.stopped)
        return;
    const Shape shape = shapeOf(text, lexed.commands);
    const QString assigned = e.values.value(kTags);
    const QStringList assignedTags = BuildrcKeys::splitTags(assigned);
    // An unquoted $EXTRA_TAGS is split on blanks and then globbed; and dash's echo reads backslash escapes.
    const bool plainValue = std::none_of(assigned.cbegin(), assigned.cend(), [](QChar c) {
        return c == u'*' || c == u'?' || c == u'[' || c == u'\\';
    });
    if (!shape.needsShell && plainValue) {
        e.makeTags = assignedTags.join(u' ');
        return;
    }
    if (shape.unsafeLine) {
        if (!assignedTags.isEmpty())
            e.diagnostics.append(diagnostic(
                shape.unsafeLine, BuildrcDiagnostic::Severity::Warning, QStringLiteral("make-sourcing-unchecked"),
                tr("Line %1 runs '%2' while make sources the file, so the workbench does not run the file to check "
                   "what make's `. .buildrc && echo $EXTRA_TAGS` gives: what it prints becomes tags too, and if the "
                   "file's last command fails, make gets none.")
                        .arg(QString::number(shape.unsafeLine), printableText(shape.unsafeCommand.left(60)))));
        return;
    }
    e.makeSourcedWithShell = true;
    const Sourced sourced = source(bytes, options);
    if (!sourced.ran)
        return;
    const QString printed = asMakeShellOutput(sourced.printed).trimmed();
    const QString makeOutput = asMakeShellOutput(sourced.status == 0 ? sourced.printed + sourced.echoed : sourced.printed);
    const QStringList makeTags = BuildrcKeys::splitTags(makeOutput);
    e.makeTags = makeTags.join(u' ');
    const QString lastList = printableText(shape.lastList.left(80));
    // One .arg() call each: the file's text is substituted once, so a '%1' in it stays as written.
    const QString status = QString::number(sourced.status);
    const QString wanted = quoted(assignedTags.join(u' '));
    if (sourced.status != 0 && makeTags != assignedTags) {
        const QString why = printed.isEmpty()
            ? tr("The last command (%1) exits with status %2, so make's `. .buildrc && echo $EXTRA_TAGS` stops before "
                 "the echo: make gets no tags, not %3.")
                  .arg(lastList, status, wanted)
            : tr("The last command (%1) exits with status %2, so make's `. .buildrc && echo $EXTRA_TAGS` stops before "
                 "the echo: make gets only what the file printed, %3, not %4.")
                  .arg(lastList, status, quoted(printed), wanted);
        e.diagnostics.append(diagnostic(shape.lastLine, BuildrcDiagnostic::Severity::Error,
                                        QStringLiteral("make-gets-no-tags"),
                                        why + QLatin1Char(' ')
                                            + tr("Make a plain EXTRA_TAGS=… line the file's last line (hwb's own make "
                                                 "modes pass EXTRA_TAGS themselves; a plain make build does not).")));
    } else if (sourced.status == 0 && !printed.isEmpty() && makeTags != assignedTags) {
        e.diagnostics.append(diagnostic(
            shape.firstPrintLine ? shape.firstPrintLine : shape.lastLine, BuildrcDiagnostic::Severity::Error,
            QStringLiteral("prints-while-sourced"),
            tr("The file prints %1 while make sources it, and make takes that output as tags: make's `. .buildrc && "
               "echo $EXTRA_TAGS` gives %2, not %3. Remove the command that prints.")
                .arg(quoted(printed), quoted(makeTags.join(u' ')), wanted)));
    } else if (sourced.status == 0 && shape.lastListMayFail && !assignedTags.isEmpty()) {
        e.diagnostics.append(diagnostic(
            shape.lastLine, BuildrcDiagnostic::Severity::Warning, QStringLiteral("make-tags-depend-on-status"),
            tr("The file ends with %1, whose exit status decides whether make gets any tags: here it exits 0, but "
               "where it fails, make's `. .buildrc && echo $EXTRA_TAGS` gives none. Make a plain EXTRA_TAGS=… line "
               "the file's last line.")
                .arg(quoted(shape.lastList.left(80)))));
    }
    std::stable_sort(e.diagnostics.begin(), e.diagnostics.end(),
                     [](const BuildrcDiagnostic &a, const BuildrcDiagnostic &b) { return a.line < b.line; });
}

} // namespace hwb
