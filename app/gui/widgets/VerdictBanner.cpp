#include "VerdictBanner.h"

namespace hwb::gui {

VerdictBanner::VerdictBanner(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    f.setBold(true);
    setFont(f);
}

void VerdictBanner::setVerdict(Verdict verdict, const QString &text)
{
    m_verdict = verdict;
    // Colours match MessageBar's success / warning / error strips.
    const char *style = verdict == Verdict::Fail ? "background:#fce8e6; border:1px solid #d93025; color:#a50e0e;"
                      : verdict == Verdict::PassWithWarnings ? "background:#fef7e0; border:1px solid #f9ab00; color:#202124;"
                                                             : "background:#e6f4ea; border:1px solid #1e8e3e; color:#0d652d;";
    setStyleSheet(QStringLiteral("QLabel { %1 border-radius: 6px; padding: 10px; }").arg(QLatin1String(style)));
    setText(text);
}

} // namespace hwb::gui
