#pragma once

#include "BuildrcDiagnostic.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace hwb {

// One NAME=value found in the file, in source order. Positions are absolute character offsets into the
// evaluated text; BuildrcDocument turns them into line edits.
struct BuildrcAssignment
{
    QString key;
    int line = 0;          // 1-based
    int wordStart = 0;     // start of the NAME=value word
    int valueStart = 0;    // first character after '='
    int valueEnd = 0;      // one past the last character of the value word
    bool exported = false; // written as `export NAME=value`
    bool editable = false; // the NAME=value word sits on one line, so its value can be rewritten in place
    bool ownsLine = false; // the line holds only this statement (`[export] NAME=value [# comment]`)
    std::optional<QString> value; // unset when only a shell could tell
};

// What `make` gets when it sources a .buildrc with /bin/sh:
//   EXTRA_TAGS := $(shell [ -f .buildrc ] && . .buildrc && echo $$EXTRA_TAGS)
struct BuildrcEvaluation
{
    QMap<QString, QString> values;     // exactly what dash and bash give; keys only a shell can tell are absent
    QList<BuildrcDiagnostic> diagnostics;
    QStringList unknownKeys;           // assigned by the file, but absent from values (diagnostics say why)
    QList<BuildrcAssignment> assignments;
    bool stopped = false;              // evaluation gave up at stopLine; nothing after it is known
    int stopLine = 0;
    // What make's `. .buildrc && echo $EXTRA_TAGS` gives, space-separated, when Options::checkMakeSourcing asked
    // (makeSourcingChecked) and it could be told (see MakeSourcing): the file's exit status and what it prints while
    // sourced count as much as its assignment.
    bool makeSourcingChecked = false;
    std::optional<QString> makeTags;
    // The check ran the file with /bin/sh: then the result depends on the environment and folder, not the file alone.
    bool makeSourcedWithShell = false;

    bool hasErrors() const;
    QList<BuildrcDiagnostic> diagnosticsFor(const QString &key) const;
    // {values:{K:V}, diagnostics:[{line, severity, code, message, key?}]} (BRIEF §5) plus unknown_keys, and make_tags
    // (a string, or null when it cannot be told) when the make sourcing was checked.
    QJsonObject toJson() const;
};

// Evaluates a .buildrc statically, the way POSIX sh (dash) and bash would when sourcing it, for this subset:
// NAME=word assignments (several per line too), `export NAME[=word]...`, single and double quotes,
// backslash escapes and line continuations, $NAME and ${NAME}, comments, blank lines, and `;` between such
// statements. For these the values are exact: the differential test compares them with real dash and bash on
// thousands of generated files.
//
// Everything else is diagnosed and never guessed:
//  - Code that RUNS when make sources the file is said so plainly (code "runs-code", "command-substitution"):
//    commands (`echo hi`), $(..) and backticks, pipelines and background jobs. A key whose value needs it is
//    unknown. Commands that cannot change the file's variables (echo, printf, true, other programs) leave
//    the other keys known.
//  - Constructs after which a static reading cannot promise anything (code "stops-evaluation"): control flow
//    (if/for/while/case/{..}), functions, subshells, `.`/source, eval, read, set, exit, redirections,
//    heredocs, $((..)) and ${X:=y} (they assign), syntax errors (code "syntax-error", the shell aborts and
//    make gets nothing). From there on every key is unknown.
//  - ${X:-y} and other operators, $1/$@/$?, bash-only $'..'/$"..", `A+=x`, arrays, unquoted ~ (code
//    "unsupported-expansion", "bash-only"...): the key is unknown.
//  - `A=1 && B=2` / `||`: the keys after the operator are unknown (conditional).
//
// Variables from the environment: a reference to a name the file did not assign ($HOME, $PLUGIN_NAME, ...)
// depends on the environment `make` runs in, which is not known statically. By default such a key is
// unknown, with a warning "environment-variable". When the caller passes the exact environment
// (Options::environment, e.g. the CLI's --env K=V or the differential test, which runs the shells with
// `env -i`), names expand from it and a name missing from it expands to the empty string (info
// "environment-unset"). Names the shells set themselves (PWD, PPID, RANDOM, BASH_VERSION, ...) stay unknown.
//
// Keys: known keys carry help (BuildrcKeys); others are allowed with an info "unknown-key". EXTRA_TAGS is
// split on spaces and commas and each tag is checked against Go's build-tag syntax ("invalid-build-tag").
struct BuildrcEvaluatorOptions
{
    std::optional<QMap<QString, QString>> environment; // the exact environment, when known
    bool checkKeys = true;                              // unknown-key notes and EXTRA_TAGS checks
    // Also work out what make gets for EXTRA_TAGS when it sources the file (MakeSourcing). That may run the file with
    // /bin/sh, in workingDirectory (where make runs: the family folder) and in the environment above (else this
    // process's), but only when every command in it is one that can change nothing outside the shell.
    bool checkMakeSourcing = false;
    QString workingDirectory;
};

class BuildrcEvaluator
{
public:
    using Options = BuildrcEvaluatorOptions;

    static BuildrcEvaluation evaluate(const QString &text, const Options &options);
    static BuildrcEvaluation evaluate(const QString &text) { return evaluate(text, Options()); }
    // Decodes UTF-8 (warning "invalid-utf8" when it is not) and evaluates, keeping a BOM as the shell sees it.
    static BuildrcEvaluation evaluateBytes(const QByteArray &bytes, const Options &options = Options());
};

// A missing file gives an empty evaluation without diagnostics (there is nothing to source).
BuildrcEvaluation evaluateBuildrcFile(const QString &path,
                                      const BuildrcEvaluator::Options &options = BuildrcEvaluator::Options());

} // namespace hwb
