#include "CliOutput.h"
#include "NetworkCommands.h"
#include "UserInput.h"

#include "gateway/mock/MockLlmServer.h"

#include <QCoreApplication>
#include <QTcpServer>

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
                           "Per-request headers: x-mock-ttft-ms, x-mock-itl-ms, x-mock-tokens, x-mock-fault.\n"
                           "Example, for a gateway container to reach it: hwb mock-llm --bind 0.0.0.0"),
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
        QTcpServer probe; // what the server's error was: a port in use is the one with an easy fix
        const bool busy = !probe.listen(address, quint16(port)) && probe.serverError() == QAbstractSocket::AddressInUseError;
        reportError({busy ? QStringLiteral("port-busy") : QStringLiteral("listen-failed"),
                     tr("cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(server.errorString()),
                     busy ? tr("Pass another port with --port, or --port 0 to take a free one.") : QString()});
        return ExitFailure;
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    // The base URL, as OpenAI's SDKs take it; hwb fire puts each template's endpoint after its /v1.
    const QString url = server.baseUrl().toString();
    const bool loopback = server.address().isLoopback();
    if (json) {
        printJsonLine({{QStringLiteral("url"), url},
                       {QStringLiteral("port"), server.port()},
                       {QStringLiteral("bind"), server.address().toString()},
                       {QStringLiteral("reachable_from_containers"), !loopback}});
    } else {
        printLine(tr("Mock LLM upstream listening on %1 (bound to %2). Stop with Ctrl+C.")
                      .arg(url, server.address().toString()));
        printLine(tr("Try it: hwb fire %1").arg(url));
        if (loopback)
            printLine(tr("A gateway container cannot reach %1: for 'hwb gateway up', run the mock with --bind 0.0.0.0.")
                          .arg(server.address().toString()));
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
