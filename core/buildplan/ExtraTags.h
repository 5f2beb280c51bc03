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
//  - Each tag remembers the layer that added it; the variable's layer is the highest layer that changed the set.
// So `--set EXTRA_TAGS=-proxy_wasm_version_0_2_100` builds once without the .buildrc tag, and
// `--set EXTRA_TAGS=foo` builds once with foo in addition to the others.
class ExtraTags
{
public:
    struct Tag
    {
        QString name;
        VariableLayer layer = VariableLayer::Default;
    };

    static QStringList tokens(const QString &value);

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

private:
    void noteChange(VariableLayer layer);

    QList<Tag> m_tags;
    VariableLayer m_layer = VariableLayer::Default;
    bool m_touched = false;
};

} // namespace hwb
