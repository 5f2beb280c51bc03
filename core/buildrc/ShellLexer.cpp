#include "ShellLexer.h"

namespace hwb {

namespace {

bool isNameStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
}
bool isNameChar(QChar c)
{
    return isNameStart(c) || (c >= u'0' && c <= u'9');
}
bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}
bool isOperatorChar(QChar c)
{
    return c == u';' || c == u'&' || c == u'|' || c == u'<' || c == u'>' || c == u'(' || c == u')';
}

// Thrown (as a value, caught in lex()) when the input leaves what we can follow.
struct Stop
{
    int pos;
    QString code;
    bool syntaxError;
};

class Lexer
{
public:
    explicit Lexer(const QString &text) : s(text), n(int(text.size())) { }

    ShellLexResult run()
    {
        ShellLexResult result;
        try {
            lexCommands(result.commands);
        } catch (const Stop &stop) {
            result.stopped = true;
            result.syntaxError = stop.syntaxError;
            result.stopPos = stop.pos;
            result.stopCode = stop.code;
            result.stopDetail = s.mid(stop.pos, 40);
        }
        return result;
    }

private:
    const QString &s;
    const int n;
    int i = 0;

    QChar at(int p) const { return p < n ? s.at(p) : QChar(); }

    void lexCommands(QList<ShellCommand> &commands)
    {
        ShellCommand cmd;
        cmd.start = i;
        auto finish = [&](const QString &op) {
            cmd.opAfter = op;
            cmd.end = i;
            const bool empty = cmd.words.isEmpty() && !cmd.hasRedirection;
            if (empty && op != QLatin1String("\n") && !op.isEmpty())
                throw Stop{i, QStringLiteral("syntax-error"), true}; // e.g. "; ;" or "&& &&"
            if (!empty)
                commands.append(cmd);
            const bool continues = op == QLatin1String("&&") || op == QLatin1String("||") || op == QLatin1String("|");
            cmd = ShellCommand();
            cmd.opBefore = continues ? op : QString();
            cmd.start = i;
        };
        while (true) {
            while (i < n && isBlank(s.at(i)))
                ++i;
            if (i >= n) {
                if (!cmd.opBefore.isEmpty() && cmd.words.isEmpty())
                    throw Stop{i, QStringLiteral("syntax-error"), true}; // "a &&" at end of file
                finish(QString());
                return;
            }
            const QChar c = s.at(i);
            if (c == u'\\' && at(i + 1) == u'\n') {
                i += 2;
                continue;
            }
            if (c == u'#') {
                while (i < n && s.at(i) != u'\n')
                    ++i;
                continue;
            }
            if (c == u'\n') {
                ++i;
                // "a &&<newline>b" continues the list on the next line.
                if (cmd.words.isEmpty() && !cmd.hasRedirection && !cmd.opBefore.isEmpty())
                    continue;
                finish(QStringLiteral("\n"));
                continue;
            }
            if (isOperatorChar(c)) {
                lexOperator(cmd, finish);
                continue;
            }
            cmd.words.append(lexWord());
        }
    }

    template<typename Finish>
    void lexOperator(ShellCommand &cmd, Finish &finish)
    {
        const int start = i;
        const QChar c = s.at(i);
        const QChar d = at(i + 1);
        if (c == u'(' || c == u')')
            throw Stop{start, QStringLiteral("subshell"), false};
        if (c == u';') {
            if (d == u';' || d == u'&')
                throw Stop{start, QStringLiteral("case"), false};
            ++i;
            finish(QStringLiteral(";"));
            return;
        }
        if (c == u'&') {
            if (d == u'&') {
                i += 2;
                finish(QStringLiteral("&&"));
            } else if (d == u'>') {
                throw Stop{start, QStringLiteral("bash-only-syntax"), false}; // &> is a redirection in bash only
            } else {
                ++i;
                finish(QStringLiteral("&"));
            }
            return;
        }
        if (c == u'|') {
            if (d == u'&')
                throw Stop{start, QStringLiteral("bash-only-syntax"), false};
            i += d == u'|' ? 2 : 1;
            finish(d == u'|' ? QStringLiteral("||") : QStringLiteral("|"));
            return;
        }
        // Redirections: < > >> >| <> <& >&, then a target word. Heredocs bring lines we cannot follow.
        if (c == u'<' && d == u'<')
            throw Stop{start, QStringLiteral("heredoc"), false};
        ++i;
        if (d == u'>' || d == u'|' || d == u'&' || (c == u'<' && d == u'>'))
            ++i;
        if (at(i) == u'(')
            throw Stop{start, QStringLiteral("bash-only-syntax"), false}; // process substitution
        while (i < n && isBlank(s.at(i)))
            ++i;
        if (i >= n || s.at(i) == u'\n' || isOperatorChar(s.at(i)))
            throw Stop{i, QStringLiteral("syntax-error"), true};
        cmd.hasRedirection = true;
        cmd.words.append(lexWord()); // kept so its expansions are still diagnosed; flagged by hasRedirection
        cmd.words.last().equalsPos = -1;
    }

    ShellWord lexWord()
    {
        ShellWord word;
        word.start = i;
        bool firstRunOpen = true; // still inside the leading unquoted literal (where NAME= can appear)
        auto literal = [&](QChar c, bool quoted, int pos) {
            if (quoted)
                firstRunOpen = false;
            if (word.parts.isEmpty() || word.parts.last().kind != ShellWordPart::Kind::Literal
                || word.parts.last().quoted != quoted) {
                ShellWordPart part;
                part.quoted = quoted;
                part.start = pos;
                word.parts.append(part);
            }
            word.parts.last().text.append(c);
            word.parts.last().end = pos + 1;
            if (!quoted && firstRunOpen && c == u'=' && word.equalsPos < 0) {
                const QString name = word.parts.last().text.chopped(1);
                if (word.parts.size() == 1 && ShellLexer::isName(name))
                    word.equalsPos = pos;
                firstRunOpen = false;
            }
        };
        auto opaque = [&](ShellWordPart part) {
            firstRunOpen = false;
            part.kind = ShellWordPart::Kind::Opaque;
            part.text = s.mid(part.start, part.end - part.start);
            word.parts.append(part);
        };
        while (i < n) {
            const QChar c = s.at(i);
            if (isBlank(c) || c == u'\n' || isOperatorChar(c))
                break;
            if (c == u'\\') {
                if (at(i + 1) == u'\n') {
                    i += 2;
                    continue;
                }
                if (i + 1 >= n) {
                    ShellWordPart p;
                    p.code = QStringLiteral("trailing-backslash");
                    p.start = i;
                    p.end = ++i;
                    opaque(p);
                    continue;
                }
                literal(s.at(i + 1), true, i + 1);
                i += 2;
                continue;
            }
            if (c == u'\'') {
                const int close = int(s.indexOf(u'\'', i + 1));
                if (close < 0)
                    throw Stop{i, QStringLiteral("syntax-error"), true};
                for (int p = i + 1; p < close; ++p)
                    literal(s.at(p), true, p);
                if (close == i + 1) { // '' still makes the word quoted (and non-empty as a word)
                    firstRunOpen = false;
                    ShellWordPart part;
                    part.quoted = true;
                    part.start = i;
                    part.end = close + 1;
                    word.parts.append(part);
                }
                i = close + 1;
                continue;
            }
            if (c == u'"') {
                lexDoubleQuoted(word, literal, opaque);
                continue;
            }
            if (c == u'$') {
                lexDollar(word, false, literal, opaque);
                continue;
            }
            if (c == u'`') {
                opaque(backtickPart());
                continue;
            }
            if (c == u'~')
                word.unquotedTilde = true;
            if (c == u'{' || c == u'}')
                word.unquotedBrace = true;
            if (c == u'*' || c == u'?' || c == u'[')
                word.unquotedGlob = true;
            literal(c, false, i);
            ++i;
        }
        word.end = i;
        return word;
    }

    template<typename Literal, typename Opaque>
    void lexDoubleQuoted(ShellWord &word, Literal &literal, Opaque &opaque)
    {
        const int open = i++;
        bool any = false;
        while (true) {
            if (i >= n)
                throw Stop{open, QStringLiteral("syntax-error"), true};
            const QChar c = s.at(i);
            if (c == u'"') {
                ++i;
                break;
            }
            any = true;
            if (c == u'\\') {
                const QChar d = at(i + 1);
                if (d == u'\n') {
                    i += 2;
                    continue;
                }
                if (d == u'$' || d == u'`' || d == u'"' || d == u'\\') {
                    literal(d, true, i + 1);
                    i += 2;
                    continue;
                }
                literal(c, true, i);
                ++i;
                continue;
            }
            if (c == u'$') {
                lexDollar(word, true, literal, opaque);
                continue;
            }
            if (c == u'`') {
                opaque(backtickPart());
                continue;
            }
            literal(c, true, i);
            ++i;
        }
        if (!any) { // "" is an empty, quoted piece of the word
            ShellWordPart part;
            part.quoted = true;
            part.start = open;
            part.end = i;
            literal(QChar(), true, open); // marks the word as quoted
            word.parts.last().text.chop(1);
        }
    }

    template<typename Literal, typename Opaque>
    void lexDollar(ShellWord &word, bool inDoubleQuotes, Literal &literal, Opaque &opaque)
    {
        const int start = i;
        const QChar d = at(i + 1);
        ShellWordPart p;
        p.start = start;
        if (d == u'\\' && at(i + 2) == u'\n')
            throw Stop{start, QStringLiteral("continuation-in-expansion"), false};
        if (isNameStart(d)) {
            int e = i + 1;
            while (e < n && isNameChar(s.at(e)))
                ++e;
            if (at(e) == u'\\' && at(e + 1) == u'\n') // the name goes on after the line continuation
                throw Stop{start, QStringLiteral("continuation-in-expansion"), false};
            ShellWordPart v;
            v.kind = ShellWordPart::Kind::Variable;
            v.text = s.mid(i + 1, e - i - 1);
            v.quoted = inDoubleQuotes;
            v.start = start;
            v.end = e;
            word.parts.append(v);
            i = e;
            (void)literal; // keeps the leading-run bookkeeping in lexWord: a variable ends it
            return;
        }
        if (d == u'{') {
            const int close = skipBraced(i + 2);
            const QString inner = s.mid(i + 2, close - 1 - (i + 2));
            i = close;
            if (ShellLexer::isName(inner)) {
                ShellWordPart v;
                v.kind = ShellWordPart::Kind::Variable;
                v.text = inner;
                v.quoted = inDoubleQuotes;
                v.start = start;
                v.end = close;
                word.parts.append(v);
                return;
            }
            const QString op = parameterOperator(inner);
            if (op.isNull())
                throw Stop{start, QStringLiteral("bad-substitution"), false};
            if (op.contains(u'?'))
                throw Stop{start, QStringLiteral("may-exit"), false};
            p.end = close;
            p.code = QStringLiteral("parameter-expansion");
            p.mayAssign = op.contains(u'=');
            opaque(p);
            return;
        }
        if (d == u'(') {
            const bool arithmetic = at(i + 2) == u'(';
            p.end = skipParens(i + 2);
            p.code = arithmetic ? QStringLiteral("arithmetic") : QStringLiteral("command-substitution");
            p.mayAssign = arithmetic;
            p.runsCode = !arithmetic || s.mid(start, p.end - start).contains(QLatin1String("$("));
            i = p.end;
            opaque(p);
            return;
        }
        if (d.isDigit() || d == u'@' || d == u'*' || d == u'#' || d == u'?' || d == u'$' || d == u'!' || d == u'-') {
            p.end = i + 2;
            p.code = QStringLiteral("special-parameter");
            i = p.end;
            opaque(p);
            return;
        }
        if (!inDoubleQuotes && (d == u'\'' || d == u'"')) {
            // bash reads $'..' and $".." as special quotes, dash as a literal $ then a quote.
            if (d == u'\'') {
                const int close = int(s.indexOf(u'\'', i + 2));
                if (close < 0)
                    throw Stop{i, QStringLiteral("syntax-error"), true};
                if (s.mid(i + 2, close - i - 2).contains(u'\\'))
                    throw Stop{i, QStringLiteral("bash-only-syntax"), false}; // the shells disagree on its end
                p.end = close + 1;
            } else {
                p.end = i + 1; // the "..." that follows is lexed normally; the word is opaque anyway
            }
            p.code = QStringLiteral("bash-only-quote");
            i = p.end;
            opaque(p);
            return;
        }
        if (d == u'[') { // bash's old $[ arithmetic ]
            p.end = i + 2;
            p.code = QStringLiteral("arithmetic");
            p.mayAssign = true;
            i = p.end;
            opaque(p);
            return;
        }
        literal(u'$', inDoubleQuotes, i); // a lone $ is just a dollar sign
        ++i;
    }

    // The operator of a POSIX ${...} (":-", "%%", ... or "" for ${#name} and ${1}), or a null string when dash
    // would reject it with "Bad substitution" (bash extensions such as ${a,b} or ${a/b/c} included).
    static QString parameterOperator(const QString &inner)
    {
        QStringView rest(inner);
        const bool length = rest.startsWith(u'#') && rest.size() > 1;
        if (length)
            rest = rest.mid(1);
        int e = 0;
        if (!rest.isEmpty() && isNameStart(rest.front())) {
            while (e < rest.size() && isNameChar(rest.at(e)))
                ++e;
        } else if (!rest.isEmpty() && rest.front().isDigit()) {
            while (e < rest.size() && rest.at(e).isDigit())
                ++e;
        } else if (!rest.isEmpty() && QStringView(u"@*#?$!-0").contains(rest.front())) {
            e = 1;
        } else {
            return {};
        }
        const QStringView op = rest.mid(e);
        if (op.isEmpty())
            return QStringLiteral("");
        if (length)
            return {};
        for (const char16_t *candidate : {u":-", u":=", u":?", u":+", u"%%", u"##", u"-", u"=", u"?", u"+", u"%", u"#"})
            if (op.startsWith(QStringView(candidate)))
                return QString::fromUtf16(candidate);
        return {};
    }

    // From just after "${" to just after the matching "}".
    int skipBraced(int p)
    {
        const int open = p - 2;
        while (p < n) {
            const QChar c = s.at(p);
            if (c == u'}')
                return p + 1;
            if (c == u'\\' && at(p + 1) == u'\n')
                throw Stop{open, QStringLiteral("continuation-in-expansion"), false};
            if (c == u'\\')
                p += 2;
            else if (c == u'\'' || c == u'"' || c == u'`' || c == u'$' || c == u'\n')
                throw Stop{open, QStringLiteral("parameter-expansion"), false}; // nested quoting rules differ
            else
                ++p;
        }
        throw Stop{open, QStringLiteral("syntax-error"), true};
    }

    // From just after "$(" to just after the matching ")". Quote-aware; gives up on case and heredocs,
    // whose parentheses and lines do not nest.
    int skipParens(int p)
    {
        const int open = p - 2;
        int depth = 1;
        bool wordStart = true;
        while (p < n) {
            const QChar c = s.at(p);
            if (c == u'\\') {
                p += 2;
                wordStart = false;
                continue;
            }
            if (c == u'\'') {
                const int close = int(s.indexOf(u'\'', p + 1));
                if (close < 0)
                    break;
                p = close + 1;
            } else if (c == u'"') {
                p = skipDoubleQuotedRaw(p, open);
            } else if (c == u'`') {
                p = skipBackticks(p);
            } else if (c == u'#' && wordStart) {
                throw Stop{open, QStringLiteral("command-substitution"), false};
            } else if (c == u'<' && at(p + 1) == u'<') {
                throw Stop{open, QStringLiteral("heredoc"), false};
            } else if (c == u'(') {
                ++depth;
                ++p;
            } else if (c == u')') {
                ++p;
                if (--depth == 0)
                    return p;
            } else {
                if (wordStart && s.mid(p, 4) == QLatin1String("case") && !isNameChar(at(p + 4)))
                    throw Stop{open, QStringLiteral("case"), false};
                ++p;
            }
            wordStart = p < n && (isBlank(s.at(p - 1)) || s.at(p - 1) == u'\n' || s.at(p - 1) == u';'
                                  || s.at(p - 1) == u'(' || s.at(p - 1) == u'|' || s.at(p - 1) == u'&');
        }
        throw Stop{open, QStringLiteral("syntax-error"), true};
    }

    int skipDoubleQuotedRaw(int p, int open)
    {
        ++p;
        while (p < n) {
            const QChar c = s.at(p);
            if (c == u'\\')
                p += 2;
            else if (c == u'"')
                return p + 1;
            else if (c == u'$' && at(p + 1) == u'(')
                p = skipParens(p + 2);
            else if (c == u'`')
                p = skipBackticks(p);
            else
                ++p;
        }
        throw Stop{open, QStringLiteral("syntax-error"), true};
    }

    // `...` at i: an opaque command substitution; i moves past it.
    ShellWordPart backtickPart()
    {
        ShellWordPart p;
        p.start = i;
        p.end = skipBackticks(i);
        p.code = QStringLiteral("command-substitution");
        p.runsCode = true;
        i = p.end;
        return p;
    }

    // From an opening backtick to just after its closing one.
    int skipBackticks(int p)
    {
        const int open = p++;
        while (p < n) {
            const QChar c = s.at(p);
            if (c == u'\\')
                p += 2;
            else if (c == u'`')
                return p + 1;
            else if (c == u'"' || c == u'\'' || c == u'$')
                throw Stop{open, QStringLiteral("command-substitution"), false}; // nesting rules differ
            else
                ++p;
        }
        throw Stop{open, QStringLiteral("syntax-error"), true};
    }
};

} // namespace

bool ShellLexer::isName(QStringView text)
{
    if (text.isEmpty() || !isNameStart(text.front()))
        return false;
    for (QChar c : text)
        if (!isNameChar(c))
            return false;
    return true;
}

ShellLexResult ShellLexer::lex(const QString &text)
{
    return Lexer(text).run();
}

QString ShellWord::assignmentName() const
{
    if (!isAssignment())
        return {};
    const QString &first = parts.constFirst().text;
    return first.left(first.indexOf(u'='));
}

QList<ShellWordPart> ShellWord::valueParts() const
{
    if (!isAssignment())
        return {};
    QList<ShellWordPart> result = parts;
    ShellWordPart &first = result.first();
    first.text = first.text.mid(first.text.indexOf(u'=') + 1);
    first.start = equalsPos + 1;
    if (first.text.isEmpty())
        result.removeFirst();
    return result;
}

QString ShellWord::plainLiteral() const
{
    if (parts.size() != 1 || parts.constFirst().kind != ShellWordPart::Kind::Literal || parts.constFirst().quoted)
        return {};
    return parts.constFirst().text;
}

bool ShellWord::hasOpaque() const
{
    for (const ShellWordPart &p : parts)
        if (p.kind == ShellWordPart::Kind::Opaque)
            return true;
    return false;
}

} // namespace hwb
