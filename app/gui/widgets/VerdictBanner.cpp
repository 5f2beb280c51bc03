#include "VerdictBanner.h"

#include "ThemeColors.h"

#include <QApplication>

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
    const ThemeColors::Tone tone = verdict == Verdict::Fail ? ThemeColors::Tone::Error
                                 : verdict == Verdict::PassWithWarnings ? ThemeColors::Tone::Warning
                                                                        : ThemeColors::Tone::Success;
    setStyleSheet(QStringLiteral("QLabel { %1 border-radius: 6px; padding: 10px; }")
                      .arg(ThemeColors::boxStyle(tone, QApplication::palette(this))));
    setText(text);
}

} // namespace hwb::gui
