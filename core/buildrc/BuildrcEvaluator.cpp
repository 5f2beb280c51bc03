#include "BuildrcEvaluator.h"

#include "BuildrcKeys.h"
#include "MakeSourcing.h"
#include "ShellLexer.h"
#include "common/ArgumentLimits.h"
#include "common/BoundedFile.h"
#include "common/ParsedFileCache.h"
#include "common/TextEscape.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>

namespace hwb {

namespace {

using Severity = BuildrcDiagnostic::Severity;

QString tr(const char *text)
{
    return QCoreApplication::translate("hwb::BuildrcEvaluator", text);
}

// Text of the file quoted in a message, cut to max characters: a carriage return (a CRLF file), an escape or a byte
// order mark written as \r, \x1b, \ufeff, so that the message shows them instead of acting on them.
QString shown(const QString &fileText, qsizetype max = -1)
{
    return printableText(max < 0 ? fileText : fileText.left(max));
}

bool contains(std::initializer_list<const char *> list, const QString &word)
{
    return std::any_of(list.begin(), list.end(), [&](const char *w) { return word == QLatin1String(w); });
}

// Reserved words start compound commands whose extent and effect a static reading cannot follow.
bool isKeyword(const QString &w)
{
    return contains({"if", "then", "else", "elif", "fi", "do", "done", "case", "esac", "while", "until", "for",
                     "in", "{", "}", "!", "[[", "]]", "function", "select", "coproc", "time"},
                    w);
}

// Builtins that can change variables, options or the flow of the sourcing shell.
bool changesShellState(const QString &w)
{
    return contains({".", "source", "eval", "exec", "exit", "return", "break", "continue", "set", "shift", "unset",
                     "export", "readonly", "local", "declare", "typeset", "read", "getopts", "cd", "pushd", "popd",
                     "trap", "alias", "unalias", "let", "mapfile", "readarray", "command", "builtin", "enable",
                     "shopt", "kill", "fc", "history", "wait", "exec"},
                    w);
}

// Names the shells set themselves, so the file cannot know their values.
bool isShellVariable(const QString &name)
{
    return name.startsWith(QLatin1String("BASH")) || name.startsWith(QLatin1String("EPOCH"))
        || contains({"PWD", "OLDPWD", "PPID", "IFS", "OPTIND", "OPTARG", "OPTERR", "PS1", "PS2", "PS4", "LINENO",
                     "RANDOM", "SRANDOM", "SECONDS", "SHLVL", "HOSTNAME", "HOSTTYPE", "MACHTYPE", "OSTYPE", "UID",
                     "EUID", "GROUPS", "SHELLOPTS", "HISTCMD", "FUNCNAME", "COLUMNS", "LINES", "PATH", "HOME",
                     "MAILCHECK", "HISTFILE", "HISTSIZE", "HISTFILESIZE", "COMP_WORDBREAKS", "DIRSTACK",
                     "PIPESTATUS", "_"},
                    name);
}

// Why a value is unknown, pointing at the construct responsible.
struct Unknown
{
    QString code;
    QString message;
    int pos = 0;
    int length = 0;
    Severity severity = Severity::Warning;
};

class Evaluation
{
    // The context lupdate files these messages under, and the one they are looked up in.
    Q_DECLARE_TR_FUNCTIONS(hwb::BuildrcEvaluator)

public:
    Evaluation(const QString &text, const BuildrcEvaluator::Options &options) : m_text(text), m_options(options)
    {
        m_lineStarts.append(0);
        for (int p = 0; p < text.size(); ++p)
            if (text.at(p) == u'\n')
                m_lineStarts.append(p + 1);
    }

    BuildrcEvaluation run()
    {
        if (m_text.startsWith(QChar(0xFEFF)))
            diag(0, 1, Severity::Error, QStringLiteral("bom"),
                 tr("The file starts with a UTF-8 byte order mark. sh does not skip it, so the first line is "
                    "read as a command, not as an assignment. Save the file without a BOM."));
        const ShellLexResult lexed = ShellLexer::lex(m_text);
        markSubshellsAndConditions(lexed.commands);
        for (int c = 0; c < lexed.commands.size() && !r.stopped; ++c)
            command(lexed.commands.at(c), c);
        if (lexed.stopped && !r.stopped)
            stopAtLexer(lexed);
        if (r.stopped)
            recordAssignmentsAfterStop(lexed.commands);
        markKeysOfUnreadLines();
        for (const QString &key : std::as_const(m_unknown))
            r.values.remove(key);
        r.unknownKeys = QStringList(m_unknown.cbegin(), m_unknown.cend());
        r.unknownKeys.sort();
        if (m_options.checkKeys)
            checkBuildrcKeys(r);
        std::stable_sort(r.diagnostics.begin(), r.diagnostics.end(),
                         [](const BuildrcDiagnostic &a, const BuildrcDiagnostic &b) { return a.line < b.line; });
        return r;
    }

private:
    const QString &m_text;
    const BuildrcEvaluator::Options &m_options;
    QList<int> m_lineStarts;
    BuildrcEvaluation r;
    QSet<QString> m_unknown;
    QList<bool> m_inSubshell;
    QList<bool> m_conditional;
    QStringList m_opAfter;
    int m_stopPos = -1;

    int lineOf(int pos) const
    {
        return int(std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), pos) - m_lineStarts.cbegin());
    }
    int columnOf(int pos) const { return pos - m_lineStarts.at(lineOf(pos) - 1); }

    void diag(int pos, int length, Severity severity, const QString &code, const QString &message,
              const QString &key = {})
    {
        BuildrcDiagnostic d;
        d.line = lineOf(pos);
        d.severity = severity;
        d.code = code;
        d.message = message;
        d.key = key;
        d.column = columnOf(pos);
        // Underline at most to the end of the line the construct starts on.
        const int lineEnd = d.line < m_lineStarts.size() ? m_lineStarts.at(d.line) - 1 : int(m_text.size());
        d.length = std::max(0, std::min(pos + length, lineEnd) - pos);
        r.diagnostics.append(d);
    }

    void markUnknown(const QString &key)
    {
        m_unknown.insert(key);
        r.values.remove(key);
    }

    void setValue(const QString &key, const QString &value)
    {
        m_unknown.remove(key);
        r.values.insert(key, value);
    }

    // Pipelines and `&` run their commands in subshells; commands after && or || may not run.
    void markSubshellsAndConditions(const QList<ShellCommand> &commands)
    {
        m_inSubshell.fill(false, commands.size());
        m_conditional.fill(false, commands.size());
        int listStart = 0;
        for (int c = 0; c < commands.size(); ++c) {
            const ShellCommand &cmd = commands.at(c);
            m_opAfter.append(cmd.opAfter);
            if (cmd.opBefore.isEmpty())
                listStart = c;
            if (cmd.opBefore == QLatin1String("|") || cmd.opAfter == QLatin1String("|"))
                m_inSubshell[c] = true;
            if (cmd.opBefore == QLatin1String("&&") || cmd.opBefore == QLatin1String("||"))
                m_conditional[c] = true;
            if (cmd.opAfter == QLatin1String("&"))
                for (int b = listStart; b <= c; ++b)
                    m_inSubshell[b] = true;
        }
    }

    void stop(int pos, int length, const QString &code, const QString &why)
    {
        diag(pos, length, Severity::Error, code,
             tr("%1 From here on only a shell can tell what this file sets, so every key is unknown.").arg(why));
        r.stopped = true;
        r.stopLine = lineOf(pos);
        m_stopPos = pos;
        const QStringList known = r.values.keys();
        for (const QString &key : known)
            markUnknown(key);
    }

    void stopAtLexer(const ShellLexResult &lexed)
    {
        QString why;
        if (lexed.syntaxError)
            why = tr("Syntax error: sh stops sourcing the file here and make gets no values at all.");
        else if (lexed.stopCode == QLatin1String("subshell"))
            why = tr("Parentheses start a subshell or a function definition; this runs code when make sources "
                     "the file.");
        else if (lexed.stopCode == QLatin1String("heredoc"))
            why = tr("A here-document feeds lines to a command; this runs code when make sources the file.");
        else if (lexed.stopCode == QLatin1String("case"))
            why = tr("A case statement runs code when make sources the file.");
        else if (lexed.stopCode == QLatin1String("bad-substitution"))
            why = tr("sh (dash) stops with \"Bad substitution\" here: this ${...} form is not POSIX.");
        else if (lexed.stopCode == QLatin1String("may-exit"))
            why = tr("${NAME?message} stops the shell when NAME is unset.");
        else if (lexed.stopCode == QLatin1String("continuation-in-expansion"))
            why = tr("A line continuation inside a $ expansion is read differently by the shells.");
        else if (lexed.stopCode == QLatin1String("bash-only-syntax"))
            why = tr("This syntax means different things to bash and to sh (dash).");
        else
            why = tr("This construct runs code when make sources the file, and its extent cannot be followed "
                     "statically.");
        stop(lexed.stopPos, int(lexed.stopDetail.indexOf(u'\n') < 0 ? lexed.stopDetail.size()
                                                                    : lexed.stopDetail.indexOf(u'\n')),
             lexed.syntaxError ? QStringLiteral("syntax-error") : QStringLiteral("stops-evaluation"), why);
    }

    std::optional<Unknown> opaqueReason(const ShellWordPart &p) const
    {
        Unknown u;
        u.pos = p.start;
        u.length = p.end - p.start;
        u.code = p.code;
        if (p.code == QLatin1String("command-substitution")) {
            u.message = tr("%1 is command substitution: it RUNS CODE when make sources the file, and only the "
                           "command's output would give the value.")
                            .arg(shown(p.text));
        } else if (p.code == QLatin1String("special-parameter")) {
            u.code = QStringLiteral("unsupported-expansion");
            u.message = tr("%1 is a special parameter of the sourcing shell.").arg(shown(p.text));
        } else if (p.code == QLatin1String("bash-only-quote")) {
            u.code = QStringLiteral("bash-only");
            u.message = tr("%1 quotes mean different things to bash and to sh (dash).").arg(shown(p.text));
        } else if (p.code == QLatin1String("trailing-backslash")) {
            u.code = QStringLiteral("unsupported-expansion");
            u.message = tr("A backslash at the very end of the file is read differently by the shells.");
        } else {
            u.code = QStringLiteral("unsupported-expansion");
            u.message = tr("%1 is an expansion this editor does not evaluate (only $NAME and ${NAME} are).")
                            .arg(shown(p.text));
        }
        return u;
    }

    // The value of a word's parts, or why only a shell can tell.
    std::optional<QString> expand(const QList<ShellWordPart> &parts, Unknown *why, const QString &key)
    {
        QString value;
        for (const ShellWordPart &p : parts) {
            switch (p.kind) {
            case ShellWordPart::Kind::Literal:
                value += p.text;
                break;
            case ShellWordPart::Kind::Opaque:
                *why = *opaqueReason(p);
                return std::nullopt;
            case ShellWordPart::Kind::Variable: {
                const std::optional<QString> v = lookup(p, why, key);
                if (!v)
                    return std::nullopt;
                value += *v;
                break;
            }
            }
            // kMaxArgumentLength: 34 lines that each double a value asked for 17 GB, and hwb died of it.
            if (value.size() > kMaxArgumentLength) {
                *why = {QStringLiteral("value-too-long"),
                        tr("The value grows past %1 KiB here: no program can be given a string that long, and it is "
                           "not followed further.")
                            .arg(kMaxArgumentLength / 1024),
                        p.start, p.end - p.start, Severity::Error};
                return std::nullopt;
            }
        }
        return value;
    }

    std::optional<QString> lookup(const ShellWordPart &p, Unknown *why, const QString &key)
    {
        const QString &name = p.text;
        why->pos = p.start;
        why->length = p.end - p.start;
        if (r.values.contains(name))
            return r.values.value(name);
        if (m_unknown.contains(name)) {
            why->code = QStringLiteral("depends-on-unknown");
            why->message = tr("It uses %1, whose value is unknown.").arg(name);
            return std::nullopt;
        }
        // HOME and PATH come from the environment when it has them: dash and bash take them as given (unset,
        // neither sets HOME; each has its own default PATH).
        const bool fromGivenEnvironment = m_options.environment && (name == QLatin1String("HOME")
                                                                     || (name == QLatin1String("PATH")
                                                                         && m_options.environment->contains(name)));
        if (isShellVariable(name) && !fromGivenEnvironment) {
            why->code = QStringLiteral("shell-variable");
            why->message = tr("%1 is set by the shell or the environment of make, not by this file.").arg(name);
            return std::nullopt;
        }
        if (!m_options.environment) {
            why->code = QStringLiteral("environment-variable");
            why->message = tr("%1 is not set earlier in this file, so its value comes from the environment make "
                              "runs in.")
                               .arg(name);
            return std::nullopt;
        }
        const auto found = m_options.environment->constFind(name);
        if (found != m_options.environment->cend())
            return *found;
        diag(p.start, p.end - p.start, Severity::Info, QStringLiteral("environment-unset"),
             tr("%1 is not set in the given environment, so it expands to nothing.").arg(name), key);
        return QString();
    }

    // A command that has its line to itself: nothing before it on the line, only a newline (or the end) after.
    bool standsAlone(const ShellCommand &cmd, int c) const
    {
        return cmd.opBefore.isEmpty() && (cmd.opAfter == QLatin1String("\n") || cmd.opAfter.isEmpty())
            && (c == 0 || m_opAfter.value(c - 1) == QLatin1String("\n"));
    }

    // Where the assignment w of command c stands, for editors: it owns its line when it is the only
    // assignment of a command standing alone (`K=v` or `export K=v`).
    BuildrcAssignment placed(const ShellWord &w, const ShellCommand &cmd, int c, bool exported) const
    {
        BuildrcAssignment a;
        a.key = w.assignmentName();
        a.line = lineOf(w.start);
        a.wordStart = w.start;
        a.valueStart = w.equalsPos + 1;
        a.valueEnd = w.end;
        a.exported = exported;
        a.editable = lineOf(w.end) == a.line;
        a.ownsLine = a.editable && cmd.words.size() == (exported ? 2 : 1) && standsAlone(cmd, c);
        return a;
    }

    void assign(const ShellWord &w, const ShellCommand &cmd, int c, bool exported, bool unknownBecauseOfContext)
    {
        const QString key = w.assignmentName();
        BuildrcAssignment a = placed(w, cmd, c, exported);
        if (!unknownBecauseOfContext) {
            Unknown why;
            a.value = expand(w.valueParts(), &why, key);
            if (a.value && w.unquotedTilde) {
                a.value.reset();
                why = Unknown{QStringLiteral("unsupported-expansion"),
                              tr("An unquoted ~ can expand to a home directory. Quote it: '~'."), w.start,
                              w.end - w.start};
            }
            if (a.value) {
                setValue(key, *a.value);
                if (a.value->contains(u'\r'))
                    diag(w.start, w.end - w.start, Severity::Warning, QStringLiteral("crlf"),
                         tr("The value of %1 contains a carriage return (CRLF line endings). sh keeps it as part of "
                            "the value; save the file with LF line endings.")
                             .arg(key),
                         key);
            } else {
                markUnknown(key);
                diag(why.pos, why.length, why.severity, why.code,
                     tr("The value of %1 is unknown. %2").arg(key, why.message), key);
            }
        } else {
            markUnknown(key);
            const bool sub = m_inSubshell.at(c);
            diag(w.start, w.end - w.start, Severity::Warning,
                 sub ? QStringLiteral("subshell") : QStringLiteral("conditional"),
                 sub ? tr("%1 is assigned in a pipeline or background job, which runs in a subshell: the "
                          "assignment does not reach make. Its value is unknown.")
                           .arg(key)
                     : tr("%1 is assigned only if the command before && or || succeeds or fails. Its value is "
                          "unknown.")
                           .arg(key),
                 key);
        }
        r.assignments.append(a);
    }

    // Past the stop nothing is evaluated, but editors still need to know where each key is assigned.
    void recordAssignmentsAfterStop(const QList<ShellCommand> &commands)
    {
        for (int c = 0; c < commands.size(); ++c) {
            const ShellCommand &cmd = commands.at(c);
            if (cmd.end <= m_stopPos)
                continue;
            const bool exported = !cmd.words.isEmpty() && cmd.words.first().plainLiteral() == QLatin1String("export");
            for (const ShellWord &w : cmd.words) {
                if (!w.isAssignment() || w.end <= m_stopPos)
                    continue;
                markUnknown(w.assignmentName());
                if (std::any_of(r.assignments.cbegin(), r.assignments.cend(),
                                [&](const BuildrcAssignment &a) { return a.wordStart == w.start; }))
                    continue;
                r.assignments.append(placed(w, cmd, c, exported));
            }
        }
    }

    QString lineText(int line) const
    {
        const int start = m_lineStarts.at(line - 1);
        const int end = line < m_lineStarts.size() ? m_lineStarts.at(line) - 1 : int(m_text.size());
        return m_text.mid(start, end - start);
    }

    int lastKnownAssignmentLine(const QString &key) const
    {
        int line = 0;
        for (const BuildrcAssignment &a : std::as_const(r.assignments))
            if (a.key == key && a.value)
                line = std::max(line, a.line);
        return line;
    }

    // A line that looks like an assignment but that sh does not read as one leaves its key unknown, not unset:
    // building with what the workbench knows would leave out what that line says, which for EXTRA_TAGS is the silent
    // skip behind higress#1847. Such lines: a byte order mark or another invisible character before the name, a
    // blank before the '=' (sh runs the name as a command), and every line from the one sh stops at (a quote left
    // open, `K=(a b)`), also those the lexer never reached. An earlier assignment does not make the key known again;
    // a later one that sh reads does.
    void markKeysOfUnreadLines()
    {
        // Start of the line, an optional `export`, characters that are no part of a name (U+FEFF, U+00A0), a name, '='.
        static const QRegularExpression lookalike(
            QStringLiteral("^[ \\t]*(?:export[ \\t]+)?[^ \\t\\nA-Za-z0-9_$#'\"`\\\\]*([A-Za-z_][A-Za-z0-9_]*)[ \\t]*="));
        static const QRegularExpression assignmentAfterStop(QStringLiteral("(?<![A-Za-z0-9_$])([A-Za-z_][A-Za-z0-9_]*)="));
        const QList<BuildrcDiagnostic> found = r.diagnostics;
        for (const BuildrcDiagnostic &d : found) {
            const bool unread = d.code == QLatin1String("not-an-assignment") || d.code == QLatin1String("runs-code")
                || d.code == QLatin1String("bom");
            if (!unread || d.line <= 0 || (r.stopped && d.line >= r.stopLine))
                continue;
            const auto m = lookalike.match(lineText(d.line));
            const QString key = m.captured(1);
            if (!m.hasMatch() || m_unknown.contains(key) || lastKnownAssignmentLine(key) >= d.line
                || std::any_of(r.diagnostics.cbegin(), r.diagnostics.cend(), [&](const BuildrcDiagnostic &e) {
                       return e.key == key && e.code == QLatin1String("not-read-as-assignment");
                   }))
                continue;
            markUnknown(key);
            BuildrcDiagnostic unknown = d;
            unknown.severity = Severity::Warning;
            unknown.code = QStringLiteral("not-read-as-assignment");
            unknown.key = key;
            unknown.message = tr("%1 is unknown: sh does not read line %2 as an assignment to it, so make would not "
                                 "get the value written there. Write it as %1=value at the start of the line.")
                                  .arg(key)
                                  .arg(d.line);
            r.diagnostics.append(unknown);
        }
        if (!r.stopped)
            return;
        const QString rest = m_text.mid(m_lineStarts.at(r.stopLine - 1));
        auto it = assignmentAfterStop.globalMatch(rest);
        while (it.hasNext())
            markUnknown(it.next().captured(1));
    }

    bool checkMayAssign(const ShellCommand &cmd)
    {
        for (const ShellWord &w : cmd.words)
            for (const ShellWordPart &p : w.parts)
                if (p.kind == ShellWordPart::Kind::Opaque && p.mayAssign) {
                    stop(p.start, p.end - p.start, QStringLiteral("stops-evaluation"),
                         tr("%1 can assign variables while make sources the file.").arg(shown(p.text)));
                    return true;
                }
        return false;
    }

    void command(const ShellCommand &cmd, int c)
    {
        if (checkMayAssign(cmd))
            return;
        if (cmd.hasRedirection) {
            stop(cmd.start, cmd.end - cmd.start, QStringLiteral("stops-evaluation"),
                 tr("A redirection RUNS CODE when make sources the file (it opens files)."));
            return;
        }
        const bool context = m_inSubshell.at(c) || m_conditional.at(c);
        int first = 0;
        while (first < cmd.words.size() && cmd.words.at(first).isAssignment())
            ++first;
        if (first == cmd.words.size()) { // only assignments: they stay in the shell
            for (const ShellWord &w : cmd.words)
                assign(w, cmd, c, false, context);
            return;
        }
        const ShellWord &commandWord = cmd.words.at(first);
        const QString name = commandWord.plainLiteral();
        if (first == 0 && name == QLatin1String("export")) {
            exportCommand(cmd, c, context);
            return;
        }
        if (first == 0 && isKeyword(name)) {
            stop(commandWord.start, commandWord.end - commandWord.start, QStringLiteral("stops-evaluation"),
                 tr("'%1' starts control flow, which RUNS CODE when make sources the file.").arg(name));
            return;
        }
        if (name.isEmpty() || changesShellState(name)
            || (name == QLatin1String("printf") && std::any_of(cmd.words.cbegin(), cmd.words.cend(), [](const ShellWord &w) {
                   return w.plainLiteral().startsWith(QLatin1String("-v"));
               }))) {
            stop(commandWord.start, commandWord.end - commandWord.start, QStringLiteral("stops-evaluation"),
                 name.isEmpty() ? tr("The command name is computed, so this line RUNS CODE that cannot be known.")
                                : tr("'%1' RUNS CODE that can change variables or stop the sourcing shell.")
                                      .arg(name));
            return;
        }
        ranCommand(cmd, first, name);
    }

    // A plain command: it runs, but cannot change this shell's variables (functions and the builtins that
    // could are handled before). Assignments written before it apply to that command only.
    void ranCommand(const ShellCommand &cmd, int first, const QString &name)
    {
        const ShellWord &commandWord = cmd.words.at(first);
        const int eq = int(name.indexOf(u'='));
        if (eq >= 0) {
            // Looks like an assignment but is not one (sh runs it as a command). bash reads NAME+= and NAME[i]=
            // as assignments, so those names are unknown, and so is every NAME= after them.
            const QString prefix = name.left(eq);
            diag(commandWord.start, commandWord.end - commandWord.start, Severity::Error,
                 QStringLiteral("not-an-assignment"),
                 tr("'%1' is not an assignment (a name has only letters, digits and underscores), so sh RUNS it "
                    "as a command when make sources the file.")
                     .arg(shown(name, 60)));
            const qsizetype bracket = prefix.indexOf(u'[');
            const QString base = prefix.endsWith(u'+') ? prefix.chopped(1) : prefix.left(bracket);
            if ((prefix.endsWith(u'+') || bracket > 0) && ShellLexer::isName(base)) {
                markUnknown(base);
                diag(commandWord.start, commandWord.end - commandWord.start, Severity::Warning,
                     QStringLiteral("bash-only"),
                     tr("bash reads this as an assignment to %1 but sh does not, so %1 is unknown.").arg(base),
                     base);
                for (int w = first + 1; w < cmd.words.size(); ++w)
                    if (cmd.words.at(w).isAssignment())
                        markUnknown(cmd.words.at(w).assignmentName());
            }
        } else {
            diag(commandWord.start, cmd.end - commandWord.start, Severity::Warning, QStringLiteral("runs-code"),
                 tr("This line RUNS CODE when make sources the file: it executes '%1'.").arg(shown(name, 60)));
        }
        for (int w = 0; w < first; ++w) {
            const QString key = cmd.words.at(w).assignmentName();
            markUnknown(key);
            diag(cmd.words.at(w).start, cmd.words.at(w).end - cmd.words.at(w).start, Severity::Warning,
                 QStringLiteral("prefix-assignment"),
                 tr("%1 is set only for the command that follows it on this line (and sh and bash disagree for "
                    "some commands), so its value is unknown.")
                     .arg(key),
                 key);
        }
    }

    void exportCommand(const ShellCommand &cmd, int c, bool context)
    {
        for (int w = 1; w < cmd.words.size(); ++w) {
            const ShellWord &word = cmd.words.at(w);
            if (!word.isAssignment()) {
                if (ShellLexer::isName(word.plainLiteral()))
                    continue; // `export NAME` marks it for export; its value does not change
                stop(word.start, word.end - word.start, QStringLiteral("stops-evaluation"),
                     tr("'export %1' is not a plain NAME or NAME=value; sh stops with an error or RUNS CODE "
                        "here.")
                         .arg(shown(m_text.mid(word.start, word.end - word.start), 60)));
                return;
            }
            if (word.unquotedBrace || word.unquotedTilde || word.unquotedGlob) {
                const QString key = word.assignmentName();
                markUnknown(key);
                diag(word.start, word.end - word.start, Severity::Warning, QStringLiteral("unsupported-expansion"),
                     tr("The value of %1 is unknown: after export, unquoted {, }, ~, *, ? and [ are expanded "
                        "differently by bash and sh. Quote the value.")
                         .arg(key),
                     key);
                continue;
            }
            assign(word, cmd, c, true, context);
        }
    }
};

} // namespace

bool BuildrcEvaluation::hasErrors() const
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(),
                       [](const BuildrcDiagnostic &d) { return d.severity == Severity::Error; });
}

QList<BuildrcDiagnostic> BuildrcEvaluation::diagnosticsFor(const QString &key) const
{
    QList<BuildrcDiagnostic> result;
    for (const BuildrcDiagnostic &d : diagnostics)
        if (d.key == key)
            result.append(d);
    return result;
}

QJsonObject BuildrcEvaluation::toJson() const
{
    QJsonObject valuesObject;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        valuesObject.insert(it.key(), it.value());
    QJsonArray diagnosticsArray;
    for (const BuildrcDiagnostic &d : diagnostics)
        diagnosticsArray.append(d.toJson());
    QJsonObject o{{QStringLiteral("values"), valuesObject},
                  {QStringLiteral("diagnostics"), diagnosticsArray},
                  {QStringLiteral("unknown_keys"), QJsonArray::fromStringList(unknownKeys)}};
    if (makeSourcingChecked)
        o.insert(QStringLiteral("make_tags"), makeTags ? QJsonValue(*makeTags) : QJsonValue());
    return o;
}

BuildrcEvaluation BuildrcEvaluator::evaluate(const QString &text, const Options &options)
{
    BuildrcEvaluation result = Evaluation(text, options).run();
    if (options.checkMakeSourcing)
        MakeSourcing::check(text, text.toUtf8(), options, &result);
    return result;
}

BuildrcEvaluation BuildrcEvaluator::evaluateBytes(const QByteArray &bytes, const Options &options)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    const QString text = decoder.decode(bytes);
    BuildrcEvaluation result = Evaluation(text, options).run();
    if (options.checkMakeSourcing)
        MakeSourcing::check(text, bytes, options, &result); // sh reads the bytes, invalid UTF-8 and all
    if (decoder.hasError()) {
        BuildrcDiagnostic d;
        d.line = 0;
        d.severity = Severity::Warning;
        d.code = QStringLiteral("invalid-utf8");
        d.message = tr("The file is not valid UTF-8; values are shown with replacement characters.");
        result.diagnostics.prepend(d);
    }
    return result;
}

BuildrcEvaluation evaluateBuildrcFile(const QString &path, const BuildrcEvaluator::Options &options)
{
    const auto evaluate = [&] {
        if (!QFile::exists(path))
            return BuildrcEvaluation();
        QString reason;
        const auto bytes = BoundedFile::read(path, BoundedFile::kBuildrcLimit, &reason);
        if (!bytes) {
            BuildrcEvaluation refused;
            refused.stopped = true;
            refused.diagnostics.append({0, BuildrcDiagnostic::Severity::Error, QStringLiteral("unreadable"),
                                        QCoreApplication::translate("hwb::BuildrcEvaluator",
                                                                    "The .buildrc is not read: %1.")
                                            .arg(reason)});
            return refused;
        }
        return BuildrcEvaluator::evaluateBytes(*bytes, options);
    };
    // A given environment is the caller's own question (the CLI's --env, a test): asked once, not kept.
    if (options.environment)
        return evaluate();
    static ParsedFileCache<BuildrcEvaluation> cache;
    const QString variant = QLatin1StringView(options.checkKeys ? "k" : "-")
        + QLatin1StringView(options.checkMakeSourcing ? "m:" : "-:") + options.workingDirectory;
    return cache.get(path, variant, evaluate,
                     [](const BuildrcEvaluation &e) { return !e.makeSourcedWithShell; });
}

} // namespace hwb
