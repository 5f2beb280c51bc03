#pragma once

#include <QWidget>

#include <optional>

class QHBoxLayout;
class QLabel;

namespace hwb::gui {

// EXTRA_TAGS as a row of tags, each green when it is valid Go build-tag syntax and red when not.
class TagListWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TagListWidget(QWidget *parent = nullptr);
    // known=false: the value is unknown (only a shell could tell). assignment: what the file assigns, when make gets
    // other tags than that (the file's last command fails, or it prints while sourced); nullopt when they agree.
    void setTags(const QString &value, bool known, bool present, const std::optional<QString> &assignment = std::nullopt);
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
    std::optional<QString> m_assignment;
    QStringList m_invalid;
};

} // namespace hwb::gui
