#include "HangBanner.h"

#include <QResizeEvent>

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
    return QStringLiteral("QLabel { background: %1; color: %2; padding: 8px 12px; border-radius: 4px; }")
        .arg(QLatin1String(background), QLatin1String(text));
}

// The first line, what happened, in large bold type; the cause and the way on after it in the body's weight, so the
// headline is read first and a four-line cause does not shout.
QString bannerHtml(const QString &message)
{
    const qsizetype end = message.indexOf(QLatin1Char('\n'));
    const QString headline = message.left(end).toHtmlEscaped();
    QString html = QStringLiteral("<span style=\"font-size: 15px; font-weight: bold;\">%1</span>").arg(headline);
    if (end >= 0)
        html += QLatin1String("<br>") + message.mid(end + 1).toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return html;
}
} // namespace

void HangBanner::showWaiting(const QString &message)
{
    m_waiting = true;
    setStyleSheet(bannerStyle("#f9ab00", "#202124")); // the timeline's amber, with dark text that reads on it
    setText(bannerHtml(message));
    show();
}

void HangBanner::showHang(const QString &message, bool offerVerify)
{
    m_waiting = false;
    setStyleSheet(bannerStyle("#d93025", "white"));
    QString text = bannerHtml(message);
    if (offerVerify)
        text += QStringLiteral(" <a href=\"verify\" style=\"color: white; font-weight: bold;\">")
            + tr("Open the Verify page to check the plugin artifact →") + QStringLiteral("</a>");
    setText(text);
    show();
}

QSize HangBanner::minimumSizeHint() const
{
    QSize size = QLabel::minimumSizeHint();
    if (width() > 0 && !text().isEmpty())
        size.setHeight(qMax(size.height(), heightForWidth(width())));
    return size;
}

void HangBanner::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    if (event->oldSize().width() != width())
        updateGeometry(); // the height it needs changed with the width
}

} // namespace hwb::gui
