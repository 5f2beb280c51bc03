#include "GoModule.h"

#include "common/BoundedFile.h"
#include "common/ParsedFileCache.h"

#include <QVersionNumber>

namespace hwb {

namespace {

QString stripComment(QString line)
{
    if (const qsizetype c = line.indexOf(QLatin1String("//")); c >= 0)
        line.truncate(c);
    return line.trimmed();
}

void addRequirement(GoModule &mod, const QString &spec)
{
    const QStringList parts = spec.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() >= 2)
        mod.requires_.append({parts.at(0), parts.at(1)});
}

} // namespace

GoModule GoModule::parse(const QByteArray &text)
{
    GoModule mod;
    bool inRequireBlock = false;
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = stripComment(raw);
        if (line.isEmpty())
            continue;
        if (inRequireBlock) {
            if (line == QLatin1String(")"))
                inRequireBlock = false;
            else
                addRequirement(mod, line);
            continue;
        }
        if (line.startsWith(QLatin1String("module ")))
            mod.modulePath = line.mid(7).trimmed();
        else if (line.startsWith(QLatin1String("go ")))
            mod.goVersion = line.mid(3).trimmed();
        else if (line == QLatin1String("require ("))
            inRequireBlock = true;
        else if (line.startsWith(QLatin1String("require ")))
            addRequirement(mod, line.mid(8));
    }
    return mod;
}

GoModule GoModule::fromFile(const QString &path, QString *unreadable)
{
    static ParsedFileCache<GoModule> cache;
    return cache.read(path, unreadable, [&path](QString *reason) {
        return parse(BoundedFile::readOptional(path, BoundedFile::kBuildFileLimit, reason));
    });
}

const GoModule::Requirement *GoModule::find(QStringView pathPrefix) const
{
    for (const auto &r : requires_)
        if (r.path.startsWith(pathPrefix))
            return &r;
    return nullptr;
}

bool GoModule::goAtLeast(int major, int minor) const
{
    const QVersionNumber v = QVersionNumber::fromString(goVersion);
    return !v.isNull() && v >= QVersionNumber(major, minor);
}

} // namespace hwb
