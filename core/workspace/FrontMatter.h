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
    static FrontMatter fromFile(const QString &path);
};

} // namespace hwb
