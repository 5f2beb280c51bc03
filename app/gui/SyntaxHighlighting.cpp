#include "SyntaxHighlighting.h"

#include "hwb_config.h"

#include <QTextDocument>

#if HWB_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#include <QApplication>
#include <QPalette>
#endif

namespace hwb::gui {

#if HWB_HAVE_KSYNTAXHIGHLIGHTING
namespace {
KSyntaxHighlighting::Repository &repository()
{
    // Loading the definitions is the expensive part; do it once.
    static KSyntaxHighlighting::Repository repo;
    return repo;
}
} // namespace
#endif

bool SyntaxHighlighting::isAvailable()
{
    return HWB_HAVE_KSYNTAXHIGHLIGHTING;
}

QObject *SyntaxHighlighting::attach(QTextDocument *document, const QString &definition)
{
#if HWB_HAVE_KSYNTAXHIGHLIGHTING
    auto &repo = repository();
    const auto def = repo.definitionForName(definition);
    if (!def.isValid())
        return nullptr;
    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
    const bool dark = QApplication::palette().color(QPalette::Base).lightness() < 128;
    highlighter->setTheme(repo.defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                 : KSyntaxHighlighting::Repository::LightTheme));
    highlighter->setDefinition(def);
    return highlighter;
#else
    Q_UNUSED(document)
    Q_UNUSED(definition)
    return nullptr;
#endif
}

} // namespace hwb::gui
