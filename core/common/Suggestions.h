#pragma once

#include <QString>
#include <QStringList>

namespace hwb {

// The candidate the user most likely meant by `typed`: the nearest by edit distance (a swap of two neighbouring
// letters counts once, case is ignored) when that is close enough to be a typo for a word of that length, else
// the only candidate that starts with `typed`. Empty when nothing is close, or two are equally close.
QString closestMatch(const QString &typed, const QStringList &candidates);

} // namespace hwb
