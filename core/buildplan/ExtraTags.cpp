#include "ExtraTags.h"

#include "buildrc/BuildrcKeys.h"

namespace hwb {

QStringList ExtraTags::tokens(const QString &value)
{
    return BuildrcKeys::splitTags(value);
}

void ExtraTags::apply(const QString &value, VariableLayer layer)
{
    const QStringList list = tokens(value);
    if (list.isEmpty())
        noteChange(layer); // an explicit empty value is still a decision of that layer
    for (const QString &token : list) {
        if (token.startsWith(QLatin1Char('-')))
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
    m_tags.removeIf([&](const Tag &t) { return t.name == tag; });
    if (m_tags.size() != before)
        noteChange(layer);
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
