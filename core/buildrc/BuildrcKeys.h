#pragma once

#include <QString>
#include <QStringList>

namespace hwb {

struct BuildrcEvaluation;

// The keys a .buildrc is known to set, with help for people, and the EXTRA_TAGS checks.
class BuildrcKeys
{
public:
    static QStringList knownKeys();
    static bool isKnown(const QString &key);
    static QString help(const QString &key); // translated; empty for unknown keys

    // EXTRA_TAGS as the build sees it: split on spaces, tabs and commas.
    static QStringList splitTags(const QString &value);
    // Go build-tag syntax: letters, digits, '_' and '.', not empty.
    static bool isValidBuildTag(const QString &tag);
};

// Adds "unknown-key" notes and "invalid-build-tag" errors for EXTRA_TAGS to an evaluation.
void checkBuildrcKeys(BuildrcEvaluation &evaluation);

} // namespace hwb
