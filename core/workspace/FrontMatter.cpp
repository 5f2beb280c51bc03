#include "FrontMatter.h"

#include "common/BoundedFile.h"
#include "common/ParsedFileCache.h"

#include <yaml-cpp/yaml.h>

namespace hwb {

namespace {

QString scalar(const YAML::Node &node)
{
    if (!node || !node.IsScalar())
        return {};
    return QString::fromStdString(node.as<std::string>()).trimmed();
}

// Returns the YAML text between an opening `---` on the first line and the next `---` line.
QByteArray extractBlock(QByteArray text)
{
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    text.replace("\r\n", "\n");
    if (!text.startsWith("---\n"))
        return {};
    const qsizetype end = text.indexOf("\n---", 3);
    if (end < 0)
        return {};
    return text.mid(4, end - 3);
}

} // namespace

FrontMatter FrontMatter::parse(const QByteArray &markdown)
{
    FrontMatter result;
    const QByteArray block = extractBlock(markdown);
    if (block.isEmpty())
        return result;
    try {
        const YAML::Node root = YAML::Load(block.toStdString());
        if (!root.IsMap())
            return result;
        result.title = scalar(root["title"]);
        result.description = scalar(root["description"]);
        const YAML::Node keywords = root["keywords"];
        if (keywords.IsSequence()) {
            for (const auto &k : keywords)
                if (const QString s = scalar(k); !s.isEmpty())
                    result.keywords << s;
        } else if (const QString s = scalar(keywords); !s.isEmpty()) {
            for (const QString &part : s.split(QLatin1Char(','), Qt::SkipEmptyParts))
                result.keywords << part.trimmed();
        }
    } catch (const YAML::Exception &e) {
        result.error = QString::fromStdString(e.what());
    }
    return result;
}

FrontMatter FrontMatter::fromFile(const QString &path, QString *unreadable)
{
    static ParsedFileCache<FrontMatter> cache;
    return cache.read(path, unreadable, [&path](QString *reason) {
        // Front matter sits at the top; reading only the head keeps huge READMEs cheap.
        return parse(BoundedFile::readOptional(path, BoundedFile::kReadmeHeadLimit, reason, BoundedFile::Beyond::Cut));
    });
}

} // namespace hwb
