#include "ThemeColors.h"

#include <cmath>

namespace hwb::gui {

namespace {
double luminance(const QColor &c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

bool isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Base)) < 0.2;
}
} // namespace

QColor ThemeColors::accent(Tone tone, const QPalette &palette)
{
    switch (tone) {
    case Tone::Success: return QColor(0x1e, 0x8e, 0x3e);
    case Tone::Warning: return QColor(0xf9, 0xab, 0x00);
    case Tone::Error: return QColor(0xd9, 0x30, 0x25);
    case Tone::Neutral: return blend(palette.color(QPalette::Window), palette.color(QPalette::WindowText), 0.5);
    case Tone::Info: break;
    }
    return QColor(0x1a, 0x73, 0xe8);
}

QColor ThemeColors::tint(Tone tone, const QPalette &palette, int strength)
{
    // A dark background needs more of the colour for the tint to show at all.
    const double amount = (isDark(palette) ? 0.22 : 0.12) * std::max(1, strength);
    return blend(palette.color(QPalette::Base), accent(tone, palette), amount);
}

QColor ThemeColors::textOn(const QColor &background, const QColor &preferred)
{
    if (contrast(preferred, background) >= kMinimumContrast)
        return preferred;
    const QColor black(Qt::black), white(Qt::white);
    return contrast(black, background) >= contrast(white, background) ? black : white;
}

QColor ThemeColors::toneText(Tone tone, const QColor &background, const QPalette &palette)
{
    const QColor start = accent(tone, palette);
    const QColor toward = luminance(background) > 0.18 ? QColor(Qt::black) : QColor(Qt::white);
    QColor text = start;
    for (int step = 1; step <= 10 && contrast(text, background) < kMinimumContrast; ++step)
        text = blend(start, toward, step / 10.0);
    return text;
}

QString ThemeColors::boxStyle(Tone tone, const QPalette &palette)
{
    const QColor background = tint(tone, palette);
    return QStringLiteral("background: %1; border: 1px solid %2; color: %3;")
        .arg(background.name(), accent(tone, palette).name(), textOn(background, palette.color(QPalette::Text)).name());
}

double ThemeColors::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor ThemeColors::blend(const QColor &from, const QColor &to, double amount)
{
    const auto mix = [amount](double x, double y) { return x + (y - x) * amount; };
    return QColor::fromRgbF(float(mix(from.redF(), to.redF())), float(mix(from.greenF(), to.greenF())),
                            float(mix(from.blueF(), to.blueF())));
}

} // namespace hwb::gui
