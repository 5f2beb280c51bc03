#include "TagChips.h"

#include "LayerBadgeDelegate.h"
#include "ThemeColors.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace hwb::gui {

TagChips::TagChips(QWidget *parent)
    : QWidget(parent)
    , m_chips(new QHBoxLayout)
    , m_add(new QLineEdit(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_chips);
    layout->addWidget(m_add);
    layout->addStretch(1);
    m_add->setMaximumWidth(220);
    connect(m_add, &QLineEdit::returnPressed, this, [this] {
        const QStringList tokens = ExtraTags::tokens(m_add->text());
        for (const QString &t : tokens) {
            m_removed.removeAll(t);
            if (!m_added.contains(t))
                m_added.append(t);
        }
        m_add->clear();
        rebuild();
        Q_EMIT changed();
    });
    retranslate();
}

void TagChips::retranslate()
{
    m_add->setPlaceholderText(tr("Add a tag for this build…"));
    rebuild();
}

void TagChips::setTags(const QList<ExtraTags::Tag> &merged)
{
    m_merged = merged;
    rebuild();
}

QString TagChips::overrideValue() const
{
    QStringList tokens;
    for (const QString &t : m_removed)
        tokens.append(QLatin1Char('-') + t);
    for (const QString &t : m_added)
        tokens.append(QLatin1Char('+') + t);
    return tokens.join(QLatin1Char(' '));
}

void TagChips::reset()
{
    m_removed.clear();
    m_added.clear();
    rebuild();
}

void TagChips::rebuild()
{
    while (QLayoutItem *item = m_chips->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            w->hide();
            w->deleteLater(); // may be the chip whose click got us here
        }
        delete item;
    }
    // The merged list already holds this widget's additions (override layer); removed tags are shown struck out.
    QList<ExtraTags::Tag> shown = m_merged;
    for (const QString &t : std::as_const(m_removed))
        shown.append({t, VariableLayer::Override});
    for (const ExtraTags::Tag &tag : std::as_const(shown)) {
        const bool removed = m_removed.contains(tag.name);
        auto *chip = new QToolButton(this);
        chip->setText(removed ? tag.name : tag.name + QStringLiteral("  ✕"));
        chip->setToolTip(removed ? tr("Removed for this build; click to keep it")
                                 : tr("From %1; click to leave it out of this build").arg(layerDisplayName(tag.layer)));
        // A removed tag is greyed into the background, but its struck-out name still reads at 4.5:1.
        const QPalette pal = palette();
        const QColor color = removed ? ThemeColors::tint(ThemeColors::Tone::Neutral, pal, 2)
                                     : LayerBadgeDelegate::colorForLayer(layerId(tag.layer));
        const QColor text = removed ? ThemeColors::textOn(color, pal.color(QPalette::WindowText)) : ThemeColors::textOn(color);
        chip->setStyleSheet(QStringLiteral("QToolButton { border-radius: 9px; padding: 2px 8px; color: %3; background: %1; %2 }")
                                .arg(color.name(), removed ? QStringLiteral("text-decoration: line-through;") : QString(),
                                     text.name()));
        connect(chip, &QToolButton::clicked, this, [this, name = tag.name] {
            if (m_removed.removeAll(name) == 0) {
                if (m_added.removeAll(name) == 0)
                    m_removed.append(name);
            }
            rebuild();
            Q_EMIT changed();
        });
        m_chips->addWidget(chip);
        chip->show(); // added after the page is visible: a layout alone would only queue the show
    }
}

} // namespace hwb::gui
