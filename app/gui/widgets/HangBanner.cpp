#include "HangBanner.h"

namespace hwb::gui {

HangBanner::HangBanner(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("hangBanner"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setStyleSheet(QStringLiteral("QLabel { background: #d93025; color: white; font-size: 15px;"
                                 " font-weight: bold; padding: 8px 12px; border-radius: 4px; }"
                                 " QLabel a { color: white; }"));
    hide();
    connect(this, &QLabel::linkActivated, this, [this] { Q_EMIT verifyRequested(); });
}

void HangBanner::showHang(const QString &message)
{
    setText(message.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"))
            + QStringLiteral(" <a href=\"verify\" style=\"color: white;\">")
            + tr("Open the Verify page to check the plugin artifact →") + QStringLiteral("</a>"));
    show();
}

} // namespace hwb::gui
