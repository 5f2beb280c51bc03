#include "OutputLineParser.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <utility>

namespace hwb {

std::optional<Diagnostic> GoOutputParser::parse(const QString &line)
{
    // A Go source path (relative or absolute, ending in .go), line, optional column, message.
    static const QRegularExpression location(QStringLiteral("^((?:[A-Za-z]:)?[^\\s:]+\\.go):(\\d+)(?::(\\d+))?: (.+)$"));
    if (!line.contains(QLatin1String(".go:")))
        return std::nullopt;
    const auto m = location.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    Diagnostic d;
    d.tool = QStringLiteral("go");
    d.file = m.captured(1);
    d.line = m.captured(2).toInt();
    d.column = m.captured(3).toInt();
    d.message = m.captured(4);
    if (d.message.startsWith(QLatin1String("warning: "))) {
        d.severity = Diagnostic::Severity::Warning;
        d.message = d.message.mid(9);
    }
    // The two ways an offline or fresh checkout stops before compiling anything: the import is fine, the module is
    // just not on this machine.
    if (d.message.startsWith(QLatin1String("module lookup disabled by GOPROXY=off")))
        d.fix = tr("The module is not in the Go module cache, and GOPROXY=off forbids downloading it: allow a proxy "
                   "(--set GOPROXY=https://proxy.golang.org,direct) or fill the cache first (go mod download).");
    else if (d.message.startsWith(QLatin1String("missing go.sum entry")))
        d.fix = tr("go.sum lacks the module's checksum: run go mod tidy in the plugin folder.");
    return d;
}

std::optional<Diagnostic> MakeOutputParser::parse(const QString &line)
{
    static const QRegularExpression recipeFailed(
        QStringLiteral("^g?make(?:\\[\\d+\\])?: \\*\\*\\* \\[(?:([^:\\]]+):(\\d+): )?([^\\]]+)\\] (Error \\d+|Killed|Terminated|Interrupt)"));
    static const QRegularExpression stop(QStringLiteral("^g?make(?:\\[\\d+\\])?: \\*\\*\\* (.+?)\\.?\\s+Stop\\.$"));
    static const QRegularExpression fileError(QStringLiteral("^([^\\s:]+):(\\d+): \\*\\*\\* (.+?)\\.?\\s+Stop\\.$"));
    if (!line.contains(QLatin1String("***")))
        return std::nullopt;
    Diagnostic d;
    d.tool = QStringLiteral("make");
    if (const auto m = recipeFailed.match(line); m.hasMatch()) {
        d.file = m.captured(1);
        d.line = m.captured(2).toInt();
        d.message = tr("Target '%1' failed: %2").arg(m.captured(3), m.captured(4));
        return d;
    }
    if (const auto m = stop.match(line); m.hasMatch()) {
        d.message = m.captured(1);
        if (d.message.startsWith(QLatin1String("No rule to make target")))
            d.fix = tr("Check the target name, or choose a build mode whose target this Makefile has.");
        return d;
    }
    if (const auto m = fileError.match(line); m.hasMatch()) {
        d.file = m.captured(1);
        d.line = m.captured(2).toInt();
        d.message = m.captured(3);
        if (d.message == QLatin1String("missing separator"))
            d.fix = tr("Recipe lines must start with a tab, not spaces.");
        return d;
    }
    return std::nullopt;
}

std::optional<Diagnostic> DockerOutputParser::parse(const QString &line)
{
    static const QRegularExpression stepError(QStringLiteral("^#\\d+ ERROR: (.+)$"));
    Diagnostic d;
    d.tool = QStringLiteral("docker");
    if (line.contains(QLatin1String("BuildKit is enabled but the buildx component is missing"))) {
        d.message = tr("This Docker client cannot do BuildKit builds: its buildx component is missing.");
        d.fix = tr("Set the Docker path to /usr/bin/docker (Debian's docker.io builds with BuildKit natively) in the "
                   "settings, HWB_DOCKER or --set DOCKER=/usr/bin/docker; or install the buildx plugin.");
        return d;
    }
    if (line.startsWith(QLatin1String("Cannot connect to the Docker daemon"))) {
        d.message = line;
        d.fix = tr("Start the Docker daemon, or point DOCKER_HOST at a running one.");
        return d;
    }
    if (const auto m = stepError.match(line); m.hasMatch())
        d.message = m.captured(1);
    else if (line.startsWith(QLatin1String("ERROR: ")))
        d.message = line.mid(7);
    else if (line.startsWith(QLatin1String("failed to solve")) || line.startsWith(QLatin1String("docker: Error")))
        d.message = line;
    else
        return std::nullopt;
    if (d.message.contains(QLatin1String("registry-1.docker.io")) || d.message.contains(QLatin1String("pull access denied")))
        d.fix = tr("The builder image is not on this machine and cannot be pulled: build or load it, or set BUILDER.");
    return d;
}

std::optional<Diagnostic> RustOutputParser::parse(const QString &line)
{
    static const QRegularExpression header(QStringLiteral("^(error|warning)(?:\\[(E\\d{4})\\])?: (.+)$"));
    static const QRegularExpression location(QStringLiteral("^\\s+--> ((?:[A-Za-z]:)?[^:]+\\.rs):(\\d+):(\\d+)$"));
    std::optional<Diagnostic> pending = std::exchange(m_header, std::nullopt);
    if (pending && line.contains(QLatin1String("--> "))) {
        const auto m = location.match(line);
        if (!m.hasMatch())
            return std::nullopt;
        pending->file = m.captured(1);
        pending->line = m.captured(2).toInt();
        pending->column = m.captured(3).toInt();
        return pending;
    }
    if (!line.startsWith(QLatin1String("error")) && !line.startsWith(QLatin1String("warning")))
        return std::nullopt;
    const auto m = header.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    Diagnostic d;
    d.tool = QStringLiteral("rustc");
    d.severity = m.captured(1) == QLatin1String("error") ? Diagnostic::Severity::Error : Diagnostic::Severity::Warning;
    d.message = m.captured(2).isEmpty() ? m.captured(3) : m.captured(3) + QStringLiteral(" [") + m.captured(2) + QLatin1Char(']');
    if (m.captured(2) == QLatin1String("E0463") && (d.message.contains(QLatin1String("`std`")) || d.message.contains(QLatin1String("`core`")))) {
        d.fix = tr("The Rust toolchain has no standard library for the wasm target: rustup target add wasm32-wasip1, "
                   "or apt install libstd-rust-dev-wasm32 and build with /usr/bin/cargo.");
        return d;
    }
    if (d.message.startsWith(QLatin1String("linker `")) && d.message.endsWith(QLatin1String("` not found"))) {
        d.fix = tr("Install the linker rustc names. For rust-lld: apt install lld-14 on Debian 12, rust-llvm on "
                   "Debian 13.");
        return d;
    }
    m_header = d;
    return std::nullopt;
}

OutputParserChain::OutputParserChain()
{
    m_parsers.push_back(std::make_unique<RustOutputParser>());
    m_parsers.push_back(std::make_unique<GoOutputParser>());
    m_parsers.push_back(std::make_unique<MakeOutputParser>());
    m_parsers.push_back(std::make_unique<DockerOutputParser>());
}

QString OutputParserChain::withoutBuildkitPrefix(const QString &line)
{
    static const QRegularExpression prefix(QStringLiteral("^#\\d+ \\d+\\.\\d+ "));
    if (!line.startsWith(QLatin1Char('#')))
        return line;
    const auto m = prefix.match(line);
    return m.hasMatch() ? line.mid(m.capturedLength()) : line;
}

std::optional<Diagnostic> OutputParserChain::parse(const QString &line)
{
    const QString clean = withoutBuildkitPrefix(line);
    for (const auto &parser : m_parsers)
        if (auto d = parser->parse(clean))
            return d;
    return std::nullopt;
}

} // namespace hwb
