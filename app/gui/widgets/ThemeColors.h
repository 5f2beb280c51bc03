#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace hwb::gui {

// The colours that carry meaning (an error, a warning, a success, a note) as the palette in use allows: a tint is
// the signal colour blended into the palette's own background, so a dark palette gets a dark box rather than a
// pastel one, and every text colour is picked for at least 4.5:1 contrast (WCAG AA) with what it sits on.
class ThemeColors
{
public:
    enum class Tone { Info, Success, Warning, Error, Neutral };
    static constexpr double kMinimumContrast = 4.5;

    // The saturated signal colour: borders, marks, dots.
    static QColor accent(Tone tone, const QPalette &palette);
    // A background that says `tone` on this palette; stronger is more saturated (warnings 1, errors 2).
    static QColor tint(Tone tone, const QPalette &palette, int strength = 1);
    // `preferred` if it reads on `background`, otherwise black or white, whichever reads better.
    static QColor textOn(const QColor &background, const QColor &preferred = QColor(Qt::white));
    // Text in the tone's colour, darkened or lightened until it reads on `background`.
    static QColor toneText(Tone tone, const QColor &background, const QPalette &palette);
    // The style sheet body of a box (message bar, hint, verdict) of this tone: background, border and text.
    static QString boxStyle(Tone tone, const QPalette &palette);

    static double contrast(const QColor &a, const QColor &b);
    static QColor blend(const QColor &from, const QColor &to, double amount);
};

} // namespace hwb::gui
