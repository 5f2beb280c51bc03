#include "ExpectedTags.h"

#include "buildrc/BuildrcEvaluator.h"
#include "buildrc/BuildrcKeys.h"

#include <QDir>

namespace hwb {

QStringList splitBuildTags(const QString &value)
{
    QStringList tags = BuildrcKeys::splitTags(value);
    tags.removeDuplicates();
    return tags;
}

QStringList expectedTagsForPlugin(const QString &pluginDir, QString *unread)
{
    if (pluginDir.isEmpty())
        return {};
    // The same evaluation make gets when it sources the file; an EXTRA_TAGS only a shell could compute
    // is absent and so expects nothing here (the .buildrc page explains why).
    const BuildrcEvaluation evaluation = evaluateBuildrcFile(QDir(pluginDir).filePath(QStringLiteral(".buildrc")));
    for (const BuildrcDiagnostic &d : evaluation.diagnostics)
        if (d.code == QLatin1String("unreadable") && unread)
            *unread = d.message;
    return splitBuildTags(evaluation.values.value(QStringLiteral("EXTRA_TAGS")));
}

} // namespace hwb
