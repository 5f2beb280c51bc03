#include "ExtraTags.h"

#include "buildrc/BuildrcKeys.h"

namespace hwb {

QStringList ExtraTags::tokens(const QString &value)
{
    return BuildrcKeys::splitTags(value);
}

namespace {
const QString kClear = QStringLiteral("-*");
}

QString ExtraTags::malformedToken(const QString &value)
{
    for (const QString &token : tokens(value)) {
        if (token == kClear)
            continue;
        const bool signed_ = token.startsWith(QLatin1Char('-')) || token.startsWith(QLatin1Char('+'));
        const QString tag = signed_ ? token.mid(1) : token;
        if (tag.isEmpty() || tag.startsWith(QLatin1Char('-')) || tag.startsWith(QLatin1Char('+')))
            return token;
    }
    return {};
}

bool ExtraTags::clears(const QString &value)
{
    const QStringList list = tokens(value);
    return list.isEmpty() || list.contains(kClear);
}

QString ExtraTags::combine(const QString &earlier, const QString &later)
{
    QStringList all;
    for (const QString &value : {earlier, later}) {
        const QStringList list = tokens(value);
        all += list.isEmpty() ? QStringList{kClear} : list;
    }
    // What came before the last clear is cleared by it.
    const qsizetype lastClear = all.lastIndexOf(kClear);
    if (lastClear > 0)
        all = all.mid(lastClear);
    return all.join(QLatin1Char(' '));
}

void ExtraTags::apply(const QString &value, VariableLayer layer)
{
    const QStringList list = tokens(value);
    if (list.isEmpty()) { // `EXTRA_TAGS=`, as make reads it: no tags
        m_tags.clear();
        noteChange(layer);
    }
    for (const QString &token : list) {
        if (token == kClear) {
            m_tags.clear();
            noteChange(layer);
        } else if (token.startsWith(QLatin1Char('-')))
            remove(token.mid(1), layer);
        else if (token.startsWith(QLatin1Char('+')))
            add(token.mid(1), layer);
        else
            add(token, layer);
    }
}

void ExtraTags::add(const QString &tag, VariableLayer layer)
{
    if (tag.isEmpty() || contains(tag))
        return;
    m_tags.append({tag, layer});
    noteChange(layer);
}

void ExtraTags::remove(const QString &tag, VariableLayer layer)
{
    const auto before = m_tags.size();
    const QStringList present = names();
    m_tags.removeIf([&](const Tag &t) { return t.name == tag; });
    if (m_tags.size() != before)
        noteChange(layer);
    else if (!tag.isEmpty())
        m_unmatched.append({tag, layer, present});
}

QStringList ExtraTags::names() const
{
    QStringList out;
    out.reserve(m_tags.size());
    for (const Tag &t : m_tags)
        out.append(t.name);
    return out;
}

bool ExtraTags::contains(const QString &tag) const
{
    for (const Tag &t : m_tags)
        if (t.name == tag)
            return true;
    return false;
}

void ExtraTags::noteChange(VariableLayer layer)
{
    if (!m_touched || layer > m_layer)
        m_layer = layer;
    m_touched = true;
}

} // namespace hwb
