#include "HangBanner.h"

namespace hwb::gui {

HangBanner::HangBanner(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("hangBanner"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    hide();
    connect(this, &QLabel::linkActivated, this, [this] { Q_EMIT verifyRequested(); });
}

namespace {
QString bannerStyle(const char *background, const char *text)
{
    return QStringLiteral("QLabel { background: %1; color: %2; font-size: 15px; font-weight: bold; padding: 8px 12px;"
                          " border-radius: 4px; }")
        .arg(QLatin1String(background), QLatin1String(text));
}
} // namespace

void HangBanner::showWaiting(const QString &message)
{
    m_waiting = true;
    setStyleSheet(bannerStyle("#f9ab00", "#202124")); // the timeline's amber, with dark text that reads on it
    setText(message.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")));
    show();
}

void HangBanner::showHang(const QString &message, bool offerVerify)
{
    m_waiting = false;
    setStyleSheet(bannerStyle("#d93025", "white"));
    QString text = message.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
    if (offerVerify)
        text += QStringLiteral(" <a href=\"verify\" style=\"color: white;\">")
            + tr("Open the Verify page to check the plugin artifact →") + QStringLiteral("</a>");
    setText(text);
    show();
}

} // namespace hwb::gui
