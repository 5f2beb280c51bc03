#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace hwb::gui {

// EXTRA_TAGS as a row of tags, each green when it is valid Go build-tag syntax and red when not.
class TagListWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TagListWidget(QWidget *parent = nullptr);
    // known=false: the value is unknown (only a shell could tell).
    void setTags(const QString &value, bool known, bool present);
    QStringList invalidTags() const { return m_invalid; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QHBoxLayout *m_row;
    QLabel *m_caption;
    QString m_value;
    bool m_known = false;
    bool m_present = false;
    QStringList m_invalid;
};

} // namespace hwb::gui
