#include "BuildrcCorpus.h"

namespace corpus {

namespace {

int pick(std::mt19937 &rng, int n)
{
    return std::uniform_int_distribution<int>(0, n - 1)(rng);
}

template<typename T>
const T &oneOf(std::mt19937 &rng, const std::initializer_list<T> &list)
{
    return *(list.begin() + pick(rng, int(list.size())));
}

const QStringList kKeys{"K1", "K2", "K3", "EXTRA_TAGS", "GO_VERSION", "K_4"};

QString key(std::mt19937 &rng)
{
    return kKeys.at(pick(rng, int(kKeys.size())));
}

QString variableName(std::mt19937 &rng)
{
    // Mostly the file's own keys, then the environment, unset names and names the shells set.
    static const QStringList others{"E1", "E2", "UNSET_X", "PWD", "HOME", "K1x"};
    return pick(rng, 4) ? key(rng) : others.at(pick(rng, int(others.size())));
}

QString bareChars(std::mt19937 &rng)
{
    static const QString chars = QString::fromUtf8("abcxyz_XYZ019.-/:,=@%+中");
    QString s;
    const int n = 1 + pick(rng, 6);
    for (int i = 0; i < n; ++i)
        s += chars.at(pick(rng, int(chars.size())));
    return s;
}

QString singleQuoted(std::mt19937 &rng)
{
    static const QStringList pieces{"a b", "\"", "$K1", "\\", "\\n", "#x", " ", "*", "~", "{a,b}", "`x`", "é", "\n"};
    QString s = "'";
    const int n = pick(rng, 4);
    for (int i = 0; i < n; ++i)
        s += pieces.at(pick(rng, int(pieces.size())));
    return s + "'";
}

QString doubleQuoted(std::mt19937 &rng)
{
    static const QStringList pieces{"a b", "'", "\\$", "\\\"", "\\\\", "\\`", "\\a", "\\n", "#", " ", "*", "~",
                                    "{a,b}", "$", "\\\n", "\n", "中文"};
    QString s = "\"";
    const int n = pick(rng, 5);
    for (int i = 0; i < n; ++i) {
        switch (pick(rng, 4)) {
        case 0:
            s += "$" + variableName(rng);
            break;
        case 1:
            s += "${" + variableName(rng) + "}";
            break;
        default:
            s += pieces.at(pick(rng, int(pieces.size())));
        }
    }
    return s + "\"";
}

QString unsupportedPiece(std::mt19937 &rng)
{
    return oneOf<QString>(rng, {"$(echo sub)", "`echo tick`", "${K1:-dflt}", "${K2:=set}", "$((1+2))", "$'ansi'",
                                "$\"loc\"", "${#K1}", "$1", "$@", "$?", "$$", "\"$(printf '%s' 'a b')\"", "$[1+1]",
                                "${K1", "$(echo ')')"});
}

QString valueWord(std::mt19937 &rng, bool allowUnsupported)
{
    QString w;
    const int n = pick(rng, 4);
    for (int i = 0; i < n; ++i) {
        switch (pick(rng, 12)) {
        case 0:
        case 1:
        case 2:
            w += bareChars(rng);
            break;
        case 3:
        case 4:
            w += singleQuoted(rng);
            break;
        case 5:
        case 6:
            w += doubleQuoted(rng);
            break;
        case 7:
            w += "$" + variableName(rng);
            break;
        case 8:
            w += "${" + variableName(rng) + "}";
            break;
        case 9:
            w += oneOf<QString>(rng, {"\\ ", "\\$", "\\\\", "\\'", "\\\"", "\\#", "\\\n", "\\a", "#", "~", "x~",
                                      "{a,b}", "*", "[x]", "?", "$"});
            break;
        default:
            w += allowUnsupported && pick(rng, 2) ? unsupportedPiece(rng) : bareChars(rng);
        }
    }
    return w;
}

QString assignment(std::mt19937 &rng, bool allowUnsupported)
{
    return key(rng) + "=" + valueWord(rng, allowUnsupported);
}

QString comment(std::mt19937 &rng)
{
    return pick(rng, 2) ? QString() : oneOf<QString>(rng, {" # note", "\t# K1=ignored", " #", " # it's \"fine\""});
}

QString line(std::mt19937 &rng)
{
    const bool unsupported = pick(rng, 3) == 0;
    switch (pick(rng, unsupported ? 24 : 10)) {
    case 0:
    case 1:
    case 2:
    case 3:
        return assignment(rng, unsupported) + comment(rng);
    case 4:
        return "export " + assignment(rng, unsupported) + comment(rng);
    case 5:
        return assignment(rng, unsupported) + " " + assignment(rng, unsupported);
    case 6:
        return oneOf<QString>(rng, {"", "# comment", "   ", "\t# K2=not-set", "#!/bin/sh"});
    case 7:
        return "export " + key(rng) + (pick(rng, 2) ? " " + assignment(rng, false) : QString());
    case 8:
        return "  " + assignment(rng, false) + ";" + (pick(rng, 2) ? " " + assignment(rng, false) : QString());
    case 9:
        return assignment(rng, false) + comment(rng);
    // Constructs to diagnose.
    case 10:
        return oneOf<QString>(rng, {"echo hi", "true", ":", "printf '%s' x", "cat </dev/null", "false",
                                    "echo $(echo nested)", "test -n x", "[ -z \"\" ]", "nosuchcommand_xyz"});
    case 11:
        return assignment(rng, false) + " " + oneOf<QString>(rng, {"echo x", "true", ":", "env >/dev/null"});
    case 12:
        return assignment(rng, false) + oneOf<QString>(rng, {" && ", " || ", " | ", " ; "}) + assignment(rng, false);
    case 13:
        return oneOf<QString>(rng, {"true && ", "false && ", "false || ", "true || ", "echo x | "})
            + assignment(rng, false);
    case 14:
        return assignment(rng, false) + " &";
    case 15:
        return oneOf<QString>(rng, {"if true; then K1=if; fi", "for i in 1 2; do K2=$i; done",
                                    "while false; do :; done", "case x in x) K3=case;; esac", "{ K1=brace; }",
                                    "( K2=sub )", "f() { K3=fn; }", "f() { K3=fn; }; f", "! true", "until true; do :; done"});
    case 16:
        return oneOf<QString>(rng, {". /dev/null", "eval K1=ev", "unset K2", "readonly K3=ro", "set -u", "read K1 </dev/null",
                                    "shift", "local K1=l", "cd /", "export -p >/dev/null", "exit 0", "return 0",
                                    "trap '' INT", "alias x=y", "command true", "printf -v K1 x"});
    case 17:
        return oneOf<QString>(rng, {"K1=\"unterminated", "K2='open", "K3=${bad", ")", ";;", "K1=$(echo", "&& K1=x",
                                    "K1=`echo", "cat <<EOF\nK1=heredoc\nEOF", "echo x >/dev/null", "K1=x 2>/dev/null"});
    case 18:
        return oneOf<QString>(rng, {"K1+=app", "K2[1]=arr", "1K=x", "K-1=x", "\"K1\"=q", "K1\\=x", "K=(a b)",
                                    "export 1K=x", "export K1+=x", "export $K1", "export -n K1"});
    case 19:
        return key(rng) + "= " + bareChars(rng);
    case 20:
        return "export " + key(rng) + "=" + oneOf<QString>(rng, {"~", "{a,b}", "x*", "a?", "[ab]", "$K1", "\"$K1\""});
    default:
        return assignment(rng, true) + comment(rng);
    }
}

} // namespace

QStringList keys()
{
    return kKeys;
}

QStringList environment()
{
    return {"E1=from env", "E2=two  spaces*", "EXTRA_TAGS=env_tag"};
}

QByteArray generate(std::mt19937 &rng)
{
    const bool crlf = pick(rng, 12) == 0;
    const bool bom = pick(rng, 40) == 0;
    const bool finalNewline = pick(rng, 3) != 0;
    const int lines = 1 + pick(rng, 7);
    QString text;
    for (int i = 0; i < lines; ++i) {
        if (i)
            text += crlf ? "\r\n" : "\n";
        text += line(rng);
    }
    if (finalNewline)
        text += crlf ? "\r\n" : "\n";
    QByteArray bytes = text.toUtf8();
    if (bom)
        bytes.prepend("\xEF\xBB\xBF");
    return bytes;
}

QString randomValue(std::mt19937 &rng)
{
    static const QStringList pieces{"plain", " ", "'", "\"", "$K1", "\\", "#", "~", "*", "{a,b}", "`x`", "$(x)",
                                    "中", "\t", "=", ",", "!"};
    QString s;
    const int n = pick(rng, 5);
    for (int i = 0; i < n; ++i)
        s += pieces.at(pick(rng, int(pieces.size())));
    return s;
}

} // namespace corpus
