#include "RequestUrl.h"

namespace hwb {

QUrl RequestUrl::parse(const QString &typed)
{
    const QString text = typed.trimmed();
    const QUrl url = text.contains(QLatin1String("://")) ? QUrl(text, QUrl::StrictMode) : QUrl::fromUserInput(text);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return {};
    return url;
}

} // namespace hwb
