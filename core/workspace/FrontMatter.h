#pragma once

#include <QString>
#include <QStringList>

namespace hwb {

// The YAML block between the leading `---` lines of a plugin README (title, keywords, description).
struct FrontMatter
{
    QString title;
    QString description;
    QStringList keywords;
    QString error; // set when the block exists but is not valid YAML

    static FrontMatter parse(const QByteArray &markdown);
    // The front matter of the README at path: empty when there is none, and when it cannot be read, which
    // *unreadable then says (a FIFO, a device, no permission).
    static FrontMatter fromFile(const QString &path, QString *unreadable = nullptr);
};

} // namespace hwb
