#include "ShrinkableCombo.h"

#include <QStyle>
#include <QStyleOptionComboBox>

namespace hwb::gui {

ShrinkableCombo::ShrinkableCombo(int minimumCharacters, QWidget *parent)
    : QComboBox(parent)
    , m_minimumCharacters(minimumCharacters)
{
    // The preferred width follows the items as they change (profiles are added, runs are saved), not only the
    // ones there at first show.
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
}

QSize ShrinkableCombo::minimumSizeHint() const
{
    // With AdjustToContents, QComboBox's own minimum is its preferred width; the shrinking is ours.
    const QSize whole = QComboBox::minimumSizeHint();
    QStyleOptionComboBox option;
    initStyleOption(&option);
    const QFontMetrics metrics = fontMetrics();
    const int iconWidth = count() > 0 && !itemIcon(0).isNull() ? iconSize().width() + 4 : 0;
    const QSize contents(metrics.horizontalAdvance(QLatin1Char('x')) * m_minimumCharacters + iconWidth,
                         whole.height());
    const int width = style()->sizeFromContents(QStyle::CT_ComboBox, &option, contents, this).width();
    return {qMin(width, whole.width()), whole.height()};
}

} // namespace hwb::gui
