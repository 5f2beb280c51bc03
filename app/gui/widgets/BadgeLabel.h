#pragma once

#include <QColor>
#include <QLabel>

namespace hwb::gui {

// A small rounded label for states such as the plugin era or ".buildrc".
class BadgeLabel : public QLabel
{
    Q_OBJECT
public:
    explicit BadgeLabel(QWidget *parent = nullptr);
    void setBadge(const QString &text, const QColor &color);

    // The one color scheme for badges, shared with the list delegate.
    static QColor colorForEra(const QString &eraId);
    static QColor buildrcColor();
};

} // namespace hwb::gui
