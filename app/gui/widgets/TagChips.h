#pragma once

#include "buildplan/ExtraTags.h"

#include <QWidget>

class QHBoxLayout;
class QLineEdit;
class QToolButton;

namespace hwb::gui {

// The merged EXTRA_TAGS as chips. Unchecking a chip removes that tag for the next build only, the line edit
// adds one; both become the one-off override EXTRA_TAGS="-old +new" (see ExtraTags for the rule).
class TagChips : public QWidget
{
    Q_OBJECT
public:
    explicit TagChips(QWidget *parent = nullptr);

    void setTags(const QList<ExtraTags::Tag> &merged); // the plan's tags, without this widget's edits
    QString overrideValue() const;                     // "" when nothing was changed
    void reset();
    void retranslate();
    // Where the tab order and a label's mnemonic reach this widget: the chips place themselves before it. (Not a
    // focus proxy: Tab would stop on the container too, and from there jump past the chips.)
    QWidget *addField() const;

Q_SIGNALS:
    void changed();

private:
    void rebuild();
    QToolButton *newChip(const QString &tag);
    void placeChipsInTabOrder();

    QList<ExtraTags::Tag> m_merged;
    QStringList m_removed;
    QStringList m_added;
    QHBoxLayout *m_chips;
    // In the order shown. A tag keeps its chip across rebuilds, so a chip toggled from the keyboard keeps the focus.
    QList<QToolButton *> m_chipList;
    QLineEdit *m_add;
};

} // namespace hwb::gui
