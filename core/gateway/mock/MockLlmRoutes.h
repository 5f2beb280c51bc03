#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace hwb {

// The endpoints the mock serves. Requests are routed by this table and a 404 lists it, so the list a user reads
// cannot leave out an endpoint the mock serves (it once omitted /v1/embeddings).
struct MockLlmRoute
{
    enum class Kind { Models, ChatCompletions, Messages, Embeddings };
    Kind kind;
    QByteArray method;
    QByteArray path; // as OpenAI and Anthropic spell it; matched by its part after /v1, behind any path prefix

    static const QList<MockLlmRoute> &all();
    static const MockLlmRoute *match(const QByteArray &requestPath); // nullptr when no endpoint has that path
    static QString notFoundText(); // "The mock serves GET /v1/models, POST /v1/chat/completions, …"

    // GET / and GET /healthz answer this line: how MockUpstreamProbe tells the mock from another server on its port.
    static constexpr QByteArrayView kHealthzBody = "higress-workbench mock LLM upstream\n";
};

} // namespace hwb
