#pragma once

#include <QList>
#include <QStringList>

namespace hwb {

// A line diff (longest common subsequence), for small texts such as a .buildrc: the editor keeps the bytes of
// unchanged lines, and the "show diff" view tells the author what changed on disk.
class LineDiff
{
public:
    struct Op
    {
        enum class Kind { Same, Removed, Added };
        Kind kind;
        int oldIndex; // -1 for Added
        int newIndex; // -1 for Removed
    };
    // Above maxCells (old x new lines) it falls back to "all removed, all added" after the common ends.
    static QList<Op> diff(const QStringList &oldLines, const QStringList &newLines, qsizetype maxCells = 4000000);
    // "  same", "- removed", "+ added" lines.
    static QString unified(const QStringList &oldLines, const QStringList &newLines);
};

} // namespace hwb
