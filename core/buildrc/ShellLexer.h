#pragma once

#include <QList>
#include <QString>

namespace hwb {

// A POSIX-sh tokenizer for the small language of .buildrc files. It reproduces the shell's word boundaries,
// quoting, comments and line continuations exactly, and records constructs it does not evaluate (command
// substitution, ${X:-y}, $((..)), $1, $'..') as opaque parts with their source span. When the input uses
// syntax whose extent it cannot follow (subshells, heredocs, case, unterminated quotes) it stops and says
// where: everything after that point is beyond what a static reading can promise.
struct ShellWordPart
{
    enum class Kind { Literal, Variable, Opaque };
    Kind kind = Kind::Literal;
    QString text;         // literal text, variable name, or the opaque construct's source
    bool quoted = false;  // literal came from quotes or a backslash escape
    QString code;         // for Opaque: a diagnostic code, e.g. "command-substitution"
    bool runsCode = false;   // Opaque: executes a command when sourced
    bool mayAssign = false;  // Opaque: can change variables of the sourcing shell ($((X=1)), ${X:=y})
    int start = 0;        // absolute source span
    int end = 0;
};

struct ShellWord
{
    QList<ShellWordPart> parts;
    int start = 0; // absolute source span
    int end = 0;
    int equalsPos = -1;      // the '=' of an assignment word (NAME=...), or -1
    bool unquotedTilde = false;
    bool unquotedBrace = false;
    bool unquotedGlob = false;

    bool isAssignment() const { return equalsPos >= 0; }
    QString assignmentName() const;          // NAME of NAME=..., empty otherwise
    QList<ShellWordPart> valueParts() const; // the parts after '='
    // The text when the word is one unquoted literal (keywords, command names), else an empty string.
    QString plainLiteral() const;
    bool hasOpaque() const;
};

struct ShellCommand
{
    QList<ShellWord> words;
    bool hasRedirection = false;
    QString opBefore; // "", "&&", "||", "|"
    QString opAfter;  // "\n", ";", "&", "&&", "||", "|", "" (end of input)
    int start = 0;
    int end = 0;
};

struct ShellLexResult
{
    QList<ShellCommand> commands;
    bool stopped = false;
    bool syntaxError = false; // the shell itself would reject the input at stopPos
    int stopPos = -1;
    QString stopCode;         // "syntax-error", "subshell", "heredoc", "case", ...
    QString stopDetail;       // untranslated fragment of source near the stop
};

class ShellLexer
{
public:
    static ShellLexResult lex(const QString &text);
    static bool isName(QStringView text); // [A-Za-z_][A-Za-z0-9_]*
};

} // namespace hwb
