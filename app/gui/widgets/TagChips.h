#pragma once

#include "buildplan/ExtraTags.h"

#include <QWidget>

class QHBoxLayout;
class QLineEdit;

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

Q_SIGNALS:
    void changed();

private:
    void rebuild();

    QList<ExtraTags::Tag> m_merged;
    QStringList m_removed;
    QStringList m_added;
    QHBoxLayout *m_chips;
    QLineEdit *m_add;
};

} // namespace hwb::gui
