#pragma once

#include <QString>
#include <QUrl>

namespace hwb {

// The address requests are fired at, as a person types it on the command line or in the Requests page.
namespace RequestUrl {

// With a scheme the URL is taken as typed: QUrl::fromUserInput made "http://h:99999" (a port out of range) a host
// named "http", and let "http://:10000/" through with no host, both of which then failed as network errors far
// from the typo. Without one ("127.0.0.1:8080/v1") it gets http://. An invalid URL when it is no http(s) URL with
// a host.
QUrl parse(const QString &typed);

} // namespace RequestUrl

} // namespace hwb
