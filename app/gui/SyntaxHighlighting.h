#pragma once

#include <QString>

class QObject;
class QTextDocument;

namespace hwb::gui {

// One KSyntaxHighlighting repository for the whole app, with the theme picked from the palette.
// Without KF6 (Debian 12) every call is a no-op and editors stay plain text.
class SyntaxHighlighting
{
public:
    static bool isAvailable();
    // definition is a KSyntaxHighlighting name such as "Bash", "JSON", "Go", "YAML".
    // Returns the highlighter (owned by document), or nullptr when highlighting is unavailable.
    static QObject *attach(QTextDocument *document, const QString &definition);
};

} // namespace hwb::gui
