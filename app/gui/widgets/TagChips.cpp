#include "TagChips.h"

#include "LayerBadgeDelegate.h"
#include "TabOrder.h"
#include "ThemeColors.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QToolButton>

namespace hwb::gui {

namespace {
const char kTagProperty[] = "hwbTag";
// The style sheet that colours a chip also drops the style's focus frame: a ring in the text colour shows which
// chip Space toggles.
const QString kFocusRing = QStringLiteral(" QToolButton:focus { border: 2px solid palette(window-text); padding: 0px 6px; }");
} // namespace

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
    m_add->setObjectName(QStringLiteral("addTag"));
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
    m_add->setAccessibleName(m_add->placeholderText());
    // Wide enough for its whole hint, in either language, up to the field's cap: "Add a tag for thi…" hid what the
    // field adds the tag to.
    QStyleOptionFrame frame;
    frame.initFrom(m_add);
    const QSize hint = m_add->style()->sizeFromContents(
        QStyle::CT_LineEdit, &frame, QSize(m_add->fontMetrics().horizontalAdvance(m_add->placeholderText()) + 8, 0), m_add);
    m_add->setMinimumWidth(qMin(qMax(hint.width(), m_add->fontMetrics().averageCharWidth() * 14), m_add->maximumWidth()));
    rebuild();
}

QWidget *TagChips::addField() const
{
    return m_add;
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
    QWidget *focused = QApplication::focusWidget();
    const qsizetype focusedIndex = m_chipList.indexOf(focused);
    QHash<QString, QToolButton *> old;
    for (QToolButton *chip : std::as_const(m_chipList))
        old.insert(chip->property(kTagProperty).toString(), chip);
    while (QLayoutItem *item = m_chips->takeAt(0))
        delete item;
    m_chipList.clear();

    // The merged list already holds this widget's additions (override layer); removed tags are shown struck out,
    // once: until the next setTags() the merged list still has a tag just removed.
    QList<ExtraTags::Tag> shown;
    for (const ExtraTags::Tag &tag : std::as_const(m_merged))
        if (!m_removed.contains(tag.name))
            shown.append(tag);
    for (const QString &t : std::as_const(m_removed))
        shown.append({t, VariableLayer::Override});
    for (const ExtraTags::Tag &tag : std::as_const(shown)) {
        const bool removed = m_removed.contains(tag.name);
        QToolButton *chip = old.take(tag.name);
        if (!chip)
            chip = newChip(tag.name);
        chip->setText(removed ? tag.name : tag.name + QStringLiteral("  ✕"));
        chip->setToolTip(removed ? tr("Removed for this build; click to keep it")
                                 : tr("From %1; click to leave it out of this build").arg(layerDisplayName(tag.layer)));
        chip->setAccessibleName(removed ? tr("EXTRA_TAGS %1, left out of this build").arg(tag.name)
                                        : tr("EXTRA_TAGS %1").arg(tag.name));
        chip->setAccessibleDescription(chip->toolTip());
        // A removed tag is greyed into the background, but its struck-out name still reads at 4.5:1.
        const QPalette pal = palette();
        const QColor color = removed ? ThemeColors::tint(ThemeColors::Tone::Neutral, pal, 2)
                                     : LayerBadgeDelegate::colorForLayer(layerId(tag.layer));
        const QColor text = removed ? ThemeColors::textOn(color, pal.color(QPalette::WindowText)) : ThemeColors::textOn(color);
        chip->setStyleSheet(QStringLiteral("QToolButton { border-radius: 9px; padding: 2px 8px; color: %3; background: %1; %2 }")
                                .arg(color.name(), removed ? QStringLiteral("text-decoration: line-through;") : QString(),
                                     text.name())
                            + kFocusRing);
        m_chips->addWidget(chip);
        m_chipList.append(chip);
        chip->show(); // added after the page is visible: a layout alone would only queue the show
    }
    for (QToolButton *gone : std::as_const(old)) {
        gone->hide();
        gone->deleteLater(); // may be the chip whose click got us here
    }
    placeChipsInTabOrder();
    // A chip whose tag is gone (an added tag clicked away) hands the focus to the one now in its place.
    if (focusedIndex >= 0 && !m_chipList.contains(focused))
        (focusedIndex < m_chipList.size() ? static_cast<QWidget *>(m_chipList.at(focusedIndex)) : m_add)
            ->setFocus(Qt::OtherFocusReason);
}

QToolButton *TagChips::newChip(const QString &tag)
{
    auto *chip = new QToolButton(this);
    chip->setObjectName(QStringLiteral("tagChip:") + tag);
    chip->setProperty(kTagProperty, tag);
    connect(chip, &QToolButton::clicked, this, [this, tag] {
        if (m_removed.removeAll(tag) == 0) {
            if (m_added.removeAll(tag) == 0)
                m_removed.append(tag);
        }
        // The page's new plan first: from the plan before it, a tag put back would have no chip, and the focus would
        // leave it.
        Q_EMIT changed();
        rebuild();
    });
    return chip;
}

// A chip made after the page set its tab order would come last in the window's chain, after every other page's
// widgets. The chips go where they are seen: right before the field that adds one.
void TagChips::placeChipsInTabOrder()
{
    QWidget *before = m_add->previousInFocusChain();
    while (before != m_add && (before->parentWidget() == this || before->focusPolicy() == Qt::NoFocus))
        before = before->previousInFocusChain();
    QList<QWidget *> order;
    if (before != m_add)
        order.append(before);
    for (QToolButton *chip : std::as_const(m_chipList))
        order.append(chip);
    order.append(m_add);
    TabOrder::follow(order);
}

} // namespace hwb::gui
