#include "CliOutput.h"
#include "NetworkCommands.h"
#include "UserInput.h"

#include "gateway/mock/MockLlmServer.h"

#include <QCoreApplication>

namespace hwb::cli {

namespace {

int run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(jsonOption());
    parser.addOption({QStringLiteral("port"), tr("Port to listen on (0 picks a free one; default 18080)."),
                      tr("port"), QStringLiteral("18080")});
    parser.addOption({QStringLiteral("bind"),
                      tr("Address to bind (default 127.0.0.1; 0.0.0.0 lets containers reach it via host-gateway)."),
                      tr("address"), QStringLiteral("127.0.0.1")});
    parser.addOption({QStringLiteral("ttft-ms"), tr("Delay before the first token (default 200)."), tr("ms")});
    parser.addOption({QStringLiteral("itl-ms"), tr("Delay between tokens (default 25)."), tr("ms")});
    parser.addOption({QStringLiteral("tokens"), tr("Tokens per reply (default 20)."), tr("n")});
    parser.addOption({QStringLiteral("fault"),
                      tr("Fault for every request: %1. Requests can pick one with the x-mock-fault header.")
                          .arg(MockLlmBehaviour::faultNames().join(QStringLiteral(", "))),
                      tr("name")});
    int exitCode = ExitOk;
    if (!parseArguments(parser, args,
                        tr("Serve the built-in OpenAI/Anthropic-compatible mock LLM upstream until stopped.\n"
                           "Per-request headers: x-mock-ttft-ms, x-mock-itl-ms, x-mock-tokens, x-mock-fault."),
                        &exitCode, 0))
        return exitCode;

    MockLlmBehaviour behaviour;
    if (!intOption(parser, QStringLiteral("ttft-ms"), 0, MockLlmBehaviour::kMaxDelayMs, &behaviour.ttftMs)
        || !intOption(parser, QStringLiteral("itl-ms"), 0, MockLlmBehaviour::kMaxDelayMs, &behaviour.itlMs)
        || !intOption(parser, QStringLiteral("tokens"), 0, MockLlmBehaviour::kMaxTokens, &behaviour.tokens))
        return ExitUsage;
    if (parser.isSet(QStringLiteral("fault"))
        && !MockLlmBehaviour::parseFault(parser.value(QStringLiteral("fault")), &behaviour.fault)) {
        printError(tr("unknown fault '%1'; one of: %2")
                       .arg(parser.value(QStringLiteral("fault")),
                            MockLlmBehaviour::faultNames().join(QStringLiteral(", "))));
        return ExitUsage;
    }
    int port = 0;
    if (!intOption(parser, QStringLiteral("port"), 0, 65535, &port))
        return ExitUsage;
    const QHostAddress address(parser.value(QStringLiteral("bind")));
    if (address.isNull()) {
        printError(tr("--bind needs an IP address, not '%1'").arg(parser.value(QStringLiteral("bind"))));
        return ExitUsage;
    }

    MockLlmServer server;
    server.setDefaults(behaviour);
    if (!server.listen(address, quint16(port))) {
        printError(tr("cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(server.errorString()));
        return ExitFailure;
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    const QString url = server.baseUrl().toString();
    if (json) {
        printJsonLine({{QStringLiteral("url"), url},
                       {QStringLiteral("port"), server.port()},
                       {QStringLiteral("bind"), server.address().toString()}});
    } else {
        printLine(tr("Mock LLM upstream listening on %1 (bound to %2). Stop with Ctrl+C.")
                      .arg(url, server.address().toString()));
    }
    QObject::connect(&server, &MockLlmServer::served, &server, [json](const QString &summary) {
        if (json)
            printJsonLine({{QStringLiteral("served"), summary}});
        else
            printLine(summary);
    });
    return QCoreApplication::exec();
}

const CommandRegistration registration{networkCommand("mock-llm", &run)};

} // namespace
} // namespace hwb::cli
