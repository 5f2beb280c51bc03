#pragma once

#include "BuildVariable.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace hwb {

// EXTRA_TAGS is a set, not a string: each layer adds to what the lower layers gave instead of replacing it,
// so a profile that adds `debug_log` keeps the .buildrc's `proxy_wasm_version_0_2_100`.
//
// The rule (documented in docs and in `hwb plan --help`):
//  - A layer's value is split on spaces and commas into tokens.
//  - `tag` or `+tag` adds the tag; `-tag` removes it if a lower layer (or an earlier token) added it.
//  - The result is the union in order of first appearance; a removed tag that is added again by a higher
//    layer comes back at its new position.
//  - An empty value, as make's `EXTRA_TAGS=`, clears what the lower layers (and the earlier tokens) gave; so does the
//    token `-*`, which is how a clear followed by more edits is written (`-* debug`: exactly debug).
//  - Each tag remembers the layer that added it; the variable's layer is the highest layer that changed the set.
//  - A `-tag` that finds nothing to remove is remembered (unmatchedRemovals), for the plan to point out the typo.
//  - `-`, `+`, `--x`, `+-x`… are malformed (malformedToken), refused where values are given.
// So `--set EXTRA_TAGS=-proxy_wasm_version_0_2_100` builds once without the .buildrc tag,
// `--set EXTRA_TAGS=foo` builds once with foo in addition to the others, and `--set EXTRA_TAGS=` without any.
class ExtraTags
{
public:
    struct Tag
    {
        QString name;
        VariableLayer layer = VariableLayer::Default;
    };

    struct Removal
    {
        QString tag;
        VariableLayer layer = VariableLayer::Default;
        QStringList present; // the tags there were to remove
    };

    static QStringList tokens(const QString &value);
    // The first token of value that is neither tag, +tag, -tag nor -*, or empty when all are.
    static QString malformedToken(const QString &value);
    // One value that edits the set as `earlier` then `later` do, for values that accumulate (several --set
    // EXTRA_TAGS=…, one profile set after another): `+debug` then `+foo` is `+debug +foo`; `` then `+foo` is `-* +foo`.
    static QString combine(const QString &earlier, const QString &later);
    static bool clears(const QString &value); // empty, or holds -*

    void apply(const QString &value, VariableLayer layer);
    void add(const QString &tag, VariableLayer layer);
    void remove(const QString &tag, VariableLayer layer);

    const QList<Tag> &tags() const { return m_tags; }
    QStringList names() const;
    bool contains(const QString &tag) const;
    bool isEmpty() const { return m_tags.isEmpty(); }
    QString joined(QChar separator = QLatin1Char(' ')) const { return names().join(separator); }
    VariableLayer layer() const { return m_layer; }
    bool touched() const { return m_touched; }
    const QList<Removal> &unmatchedRemovals() const { return m_unmatched; }

private:
    void noteChange(VariableLayer layer);

    QList<Tag> m_tags;
    QList<Removal> m_unmatched;
    VariableLayer m_layer = VariableLayer::Default;
    bool m_touched = false;
};

} // namespace hwb
