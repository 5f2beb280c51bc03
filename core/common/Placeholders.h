#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace hwb {

// ${NAME} placeholders: request templates and plugin configurations hold them where a value must not be written
// down (an API key), and the value is looked up when the request is sent or the gateway starts.
class Placeholders
{
public:
    using Lookup = std::function<QString(const QString &name)>;

    // text with every ${NAME} replaced by lookup(NAME). A name that resolves to nothing is replaced by nothing
    // and listed, once, in *unresolved.
    static QString substitute(const QString &text, const Lookup &lookup, QStringList *unresolved = nullptr);
    static QStringList names(const QString &text); // in order of first appearance, each once
    static bool contains(const QString &text);
};

} // namespace hwb
