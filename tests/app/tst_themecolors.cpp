#include "widgets/LayerBadgeDelegate.h"
#include "widgets/ThemeColors.h"

#include <QApplication>
#include <QTest>

using namespace hwb::gui;
using Tone = ThemeColors::Tone;

namespace {
QPalette lightPalette()
{
    QPalette p(QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, Qt::black);
    p.setColor(QPalette::WindowText, Qt::black);
    return p;
}

// The dark palette users set with Fusion (and the one the GUI audit used).
QPalette darkPalette()
{
    QPalette p(QColor(53, 53, 53));
    p.setColor(QPalette::Window, QColor(53, 53, 53));
    p.setColor(QPalette::Base, QColor(35, 35, 35));
    p.setColor(QPalette::Text, QColor(230, 230, 230));
    p.setColor(QPalette::WindowText, QColor(230, 230, 230));
    return p;
}
} // namespace

// Every colour the workbench puts text on reads at 4.5:1 or better in a light and in a dark palette.
class TestThemeColors : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tintsKeepTheirTextReadable_data();
    void tintsKeepTheirTextReadable();
    void badgesAndChipsAreReadable_data();
    void badgesAndChipsAreReadable();
    void darkPaletteGetsDarkTints();
};

void TestThemeColors::tintsKeepTheirTextReadable_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<int>("tone");
    QTest::addColumn<int>("strength");
    const std::pair<const char *, QPalette> palettes[] = {{"light", lightPalette()}, {"dark", darkPalette()}};
    const std::pair<const char *, Tone> tones[] = {{"info", Tone::Info}, {"success", Tone::Success},
                                                   {"warning", Tone::Warning}, {"error", Tone::Error},
                                                   {"neutral", Tone::Neutral}};
    for (const auto &[paletteName, palette] : palettes)
        for (const auto &[toneName, tone] : tones)
            for (int strength : {1, 2})
                QTest::addRow("%s %s %d", paletteName, toneName, strength) << palette << int(tone) << strength;
}

void TestThemeColors::tintsKeepTheirTextReadable()
{
    QFETCH(QPalette, palette);
    QFETCH(int, tone);
    QFETCH(int, strength);
    const QColor tint = ThemeColors::tint(Tone(tone), palette, strength);
    const QColor text = ThemeColors::textOn(tint, palette.color(QPalette::Text));
    QVERIFY2(ThemeColors::contrast(text, tint) >= 4.5, qPrintable(text.name() + " on " + tint.name()));
    // The tinted box reads in the palette's own text colour where it can: white stays white on a dark box.
    QCOMPARE(text, palette.color(QPalette::Text));
    for (auto role : {QPalette::Window, QPalette::Base}) {
        const QColor background = palette.color(role);
        const QColor toneText = ThemeColors::toneText(Tone(tone), background, palette);
        QVERIFY2(ThemeColors::contrast(toneText, background) >= 4.5, qPrintable(toneText.name() + " on " + background.name()));
    }
}

void TestThemeColors::badgesAndChipsAreReadable_data()
{
    QTest::addColumn<QColor>("background");
    for (const char *layer : {"makefile", "buildrc", "profile", "override", "default"})
        QTest::addRow("layer %s", layer) << LayerBadgeDelegate::colorForLayer(QLatin1String(layer));
    // TagChips' removed tag.
    QTest::addRow("removed chip light") << ThemeColors::tint(Tone::Neutral, lightPalette(), 2);
    QTest::addRow("removed chip dark") << ThemeColors::tint(Tone::Neutral, darkPalette(), 2);
}

void TestThemeColors::badgesAndChipsAreReadable()
{
    QFETCH(QColor, background);
    const QColor text = ThemeColors::textOn(background);
    QVERIFY2(ThemeColors::contrast(text, background) >= 4.5,
             qPrintable(QStringLiteral("%1 on %2: %3").arg(text.name(), background.name()).arg(ThemeColors::contrast(text, background))));
}

void TestThemeColors::darkPaletteGetsDarkTints()
{
    for (Tone tone : {Tone::Info, Tone::Success, Tone::Warning, Tone::Error}) {
        QVERIFY(ThemeColors::tint(tone, darkPalette()).lightnessF() < 0.35);
        QVERIFY(ThemeColors::tint(tone, lightPalette()).lightnessF() > 0.85);
    }
    QCOMPARE(qRound(ThemeColors::contrast(Qt::black, Qt::white)), 21);
}

QTEST_MAIN(TestThemeColors)
#include "tst_themecolors.moc"
