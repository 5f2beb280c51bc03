#include "MockLlmRoutes.h"

#include <QCoreApplication>
#include <QStringList>

namespace hwb {

const QList<MockLlmRoute> &MockLlmRoute::all()
{
    static const QList<MockLlmRoute> routes{
        {Kind::Models, "GET", "/v1/models"},
        {Kind::ChatCompletions, "POST", "/v1/chat/completions"},
        {Kind::Messages, "POST", "/v1/messages"},
        {Kind::Embeddings, "POST", "/v1/embeddings"},
    };
    return routes;
}

const MockLlmRoute *MockLlmRoute::match(const QByteArray &requestPath)
{
    for (const MockLlmRoute &route : all())
        if (requestPath.endsWith(route.path.mid(3))) // "/chat/completions" after /v1, or a gateway's own prefix
            return &route;
    return nullptr;
}

QString MockLlmRoute::notFoundText()
{
    QStringList endpoints;
    for (const MockLlmRoute &route : all())
        endpoints.append(QString::fromLatin1(route.method + ' ' + route.path));
    return QCoreApplication::translate("hwb::MockLlmDialect", "The mock serves %1.").arg(endpoints.join(QStringLiteral(", ")));
}

} // namespace hwb
