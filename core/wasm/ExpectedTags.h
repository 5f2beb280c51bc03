#pragma once

#include <QString>
#include <QStringList>

namespace hwb {

// The build tags a plugin's artifact must have been built with, from its .buildrc EXTRA_TAGS.
//
// Stop-gap: this is a tiny private reading of the one assignment real .buildrc files contain
// (`EXTRA_TAGS=a b`, optionally quoted or exported). core/buildrc's evaluator (branch issue-3) replaces
// the body of this one function once it is on main; callers do not change.
QStringList expectedTagsForPlugin(const QString &pluginDir);

// Splits a tags value as go build does: on commas and whitespace, dropping empties and duplicates.
QStringList splitBuildTags(const QString &value);

} // namespace hwb
