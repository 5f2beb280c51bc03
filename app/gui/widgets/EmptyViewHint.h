#pragma once

#include <QObject>
#include <QString>

class QAbstractItemView;

namespace hwb::gui {

// Grey text in the middle of an item view while it has no rows, saying what will be listed there and how to get
// it: an empty white box says nothing to a newcomer. It paints on the view's viewport, under the items, and asks
// the model at paint time, so it follows whatever model the view is given without being told.
class EmptyViewHint : public QObject
{
    Q_OBJECT
public:
    explicit EmptyViewHint(QAbstractItemView *view);

    void setText(const QString &text);
    QString text() const { return m_text; }
    bool isShown() const; // the view has no rows, and there is a text

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractItemView *m_view;
    QString m_text;
};

} // namespace hwb::gui
