#pragma once

#include <QKeySequence>
#include <QString>

class QAbstractButton;

namespace hwb::gui {

// The keys of the workbench's loop (edit the .buildrc, build, fire a request) and of moving around it, kept in one
// place so no two pages pick different keys for the same act. A button's shortcut fires only while its page is the
// one showing, so the Build page and the Requests page can both stop their work with Esc.
namespace KeyShortcuts {
QKeySequence build();      // Ctrl+B
QKeySequence stop();       // Esc: stop the build or the requests that run
QKeySequence save();       // Ctrl+S
QKeySequence send();       // Ctrl+Return
QKeySequence runBatch();   // Ctrl+Shift+Return
QKeySequence findPlugin(); // Ctrl+F
QKeySequence page(int index); // Ctrl+1 … Ctrl+9, for the tabs in order

// Gives the button its keys and a tooltip that names them: "Build with these flags (Ctrl+B)". Call it after
// every setText(), which replaces a button's shortcut with the text's mnemonic, so on a language change too.
// The keys are shown as the platform writes them.
void bind(QAbstractButton *button, const QKeySequence &keys, const QString &tip);
// "tip (Ctrl+B)", for a tooltip set elsewhere.
QString withKeys(const QString &tip, const QKeySequence &keys);
} // namespace KeyShortcuts

} // namespace hwb::gui
