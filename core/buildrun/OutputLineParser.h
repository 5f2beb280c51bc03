#pragma once

#include "Diagnostic.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace hwb {

// One small parser per tool, in the manner of Qt Creator's OutputLineParser: it looks at one clean line
// (no ANSI, no newline) and says whether it is a diagnostic of its tool.
class OutputLineParser
{
public:
    virtual ~OutputLineParser() = default;
    virtual std::optional<Diagnostic> parse(const QString &line) = 0;
};

// Go and TinyGo compiler errors: `./main.go:14:26: cannot use ...` (column optional).
class GoOutputParser : public OutputLineParser
{
    Q_DECLARE_TR_FUNCTIONS(hwb::OutputLineParser)
public:
    std::optional<Diagnostic> parse(const QString &line) override;
};

// GNU make: `make: *** [Makefile:38: local-build] Error 2`, `No rule to make target`, `Makefile:2: *** ...`.
class MakeOutputParser : public OutputLineParser
{
    Q_DECLARE_TR_FUNCTIONS(hwb::OutputLineParser)

public:
    std::optional<Diagnostic> parse(const QString &line) override;
};

// Docker and BuildKit: `ERROR: ...`, `#3 ERROR: ...`, `failed to solve ...`, a missing buildx or daemon.
class DockerOutputParser : public OutputLineParser
{
    Q_DECLARE_TR_FUNCTIONS(hwb::OutputLineParser)

public:
    std::optional<Diagnostic> parse(const QString &line) override;
};

// rustc through cargo: a header (`error[E0425]: cannot find value ...`, `warning: unused variable: ...`) whose
// location follows on the very next line (`  --> src/lib.rs:50:16`). A header without a location is said only
// when there is something to do about it (a missing WASI target or linker); cargo's summaries are not.
class RustOutputParser : public OutputLineParser
{
    Q_DECLARE_TR_FUNCTIONS(hwb::OutputLineParser)

public:
    std::optional<Diagnostic> parse(const QString &line) override;

private:
    std::optional<Diagnostic> m_header; // the previous line's, waiting for its location
};

// Asks each parser in turn; the first that recognises the line wins. BuildKit prefixes the output of a
// RUN step with `#9 1.234 `; the chain strips it so the compiler's own lines are recognised inside Docker.
class OutputParserChain
{
public:
    OutputParserChain(); // Rust (first: it must see every line), Go, make and Docker parsers
    std::optional<Diagnostic> parse(const QString &line);
    static QString withoutBuildkitPrefix(const QString &line);

private:
    std::vector<std::unique_ptr<OutputLineParser>> m_parsers;
};

} // namespace hwb
