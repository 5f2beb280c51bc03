#include "Suggestions.h"

#include <QList>

#include <algorithm>

namespace hwb {

namespace {

// Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions.
int editDistance(const QString &a, const QString &b)
{
    const qsizetype n = a.size(), m = b.size();
    QList<QList<int>> d(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = 0; i <= n; ++i)
        d[i][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

// More edits than this and the word is another word, not a typo of it.
int allowedEdits(qsizetype length)
{
    return length <= 4 ? 1 : length <= 8 ? 2 : 3;
}

} // namespace

QString closestMatch(const QString &typed, const QStringList &candidates)
{
    const QString lower = typed.toLower();
    if (lower.isEmpty())
        return {};
    QString best;
    int bestDistance = allowedEdits(lower.size()) + 1;
    bool tie = false;
    for (const QString &candidate : candidates) {
        const int distance = editDistance(lower, candidate.toLower());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
            tie = false;
        } else if (distance == bestDistance && candidate != best) {
            tie = true;
        }
    }
    if (!best.isEmpty() && !tie)
        return best;
    if (lower.size() < 3)
        return {};
    QStringList starting;
    for (const QString &candidate : candidates)
        if (candidate.toLower().startsWith(lower) && !starting.contains(candidate))
            starting.append(candidate);
    return starting.size() == 1 ? starting.first() : QString();
}

} // namespace hwb
