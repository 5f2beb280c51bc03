#include "BadgeLabel.h"

#include "ThemeColors.h"

namespace hwb::gui {

BadgeLabel::BadgeLabel(QWidget *parent)
    : QLabel(parent)
{
    setAlignment(Qt::AlignCenter);
}

void BadgeLabel::setBadge(const QString &text, const QColor &color)
{
    setText(text);
    setStyleSheet(QStringLiteral("QLabel { color: %2; background: %1; border-radius: 8px; padding: 1px 8px;"
                                 " font-weight: 600; }")
                      .arg(color.name(), ThemeColors::textOn(color).name()));
    setVisible(!text.isEmpty());
}

QColor BadgeLabel::colorForEra(const QString &eraId)
{
    if (eraId == QLatin1String("tinygo-buildrc"))
        return QColor(0xb0, 0x60, 0x00);
    if (eraId == QLatin1String("go-wasip1"))
        return QColor(0x18, 0x80, 0x38);
    return QColor(0x70, 0x75, 0x7a);
}

QColor BadgeLabel::buildrcColor()
{
    return QColor(0x1a, 0x5f, 0xb4);
}

} // namespace hwb::gui
