#include "LineDiff.h"

#include <vector>

namespace hwb {

QList<LineDiff::Op> LineDiff::diff(const QStringList &oldLines, const QStringList &newLines, qsizetype maxCells)
{
    // Common head and tail first: most edits touch a few lines in the middle.
    qsizetype head = 0;
    while (head < oldLines.size() && head < newLines.size() && oldLines.at(head) == newLines.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < oldLines.size() - head && tail < newLines.size() - head
           && oldLines.at(oldLines.size() - 1 - tail) == newLines.at(newLines.size() - 1 - tail))
        ++tail;
    const qsizetype n = oldLines.size() - head - tail;
    const qsizetype m = newLines.size() - head - tail;

    QList<Op> ops;
    for (qsizetype i = 0; i < head; ++i)
        ops.append({Op::Kind::Same, int(i), int(i)});
    if (n * m <= maxCells) {
        // lcs[i][j]: length of the LCS of old[i..] and new[j..] within the middle part.
        std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
        for (qsizetype i = n - 1; i >= 0; --i)
            for (qsizetype j = m - 1; j >= 0; --j)
                lcs[size_t(i)][size_t(j)] = oldLines.at(head + i) == newLines.at(head + j)
                    ? lcs[size_t(i + 1)][size_t(j + 1)] + 1
                    : std::max(lcs[size_t(i + 1)][size_t(j)], lcs[size_t(i)][size_t(j + 1)]);
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && oldLines.at(head + i) == newLines.at(head + j)) {
                ops.append({Op::Kind::Same, int(head + i++), int(head + j++)});
            } else if (i < n && (j == m || lcs[size_t(i + 1)][size_t(j)] >= lcs[size_t(i)][size_t(j + 1)])) {
                ops.append({Op::Kind::Removed, int(head + i++), -1}); // removals first reads better
            } else {
                ops.append({Op::Kind::Added, -1, int(head + j++)});
            }
        }
    } else {
        for (qsizetype i = 0; i < n; ++i)
            ops.append({Op::Kind::Removed, int(head + i), -1});
        for (qsizetype j = 0; j < m; ++j)
            ops.append({Op::Kind::Added, -1, int(head + j)});
    }
    for (qsizetype k = 0; k < tail; ++k)
        ops.append({Op::Kind::Same, int(oldLines.size() - tail + k), int(newLines.size() - tail + k)});
    return ops;
}

QString LineDiff::unified(const QStringList &oldLines, const QStringList &newLines)
{
    QString out;
    for (const Op &op : diff(oldLines, newLines)) {
        switch (op.kind) {
        case Op::Kind::Same:
            out += QStringLiteral("  ") + oldLines.at(op.oldIndex);
            break;
        case Op::Kind::Removed:
            out += QStringLiteral("- ") + oldLines.at(op.oldIndex);
            break;
        case Op::Kind::Added:
            out += QStringLiteral("+ ") + newLines.at(op.newIndex);
            break;
        }
        out += u'\n';
    }
    return out;
}

} // namespace hwb
