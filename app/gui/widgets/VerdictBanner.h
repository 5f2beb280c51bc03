#pragma once

#include <QLabel>

namespace hwb::gui {

// The one-line answer at the top of the Verify page: will this artifact work at the gateway?
class VerdictBanner : public QLabel
{
    Q_OBJECT
public:
    enum class Verdict { Pass, PassWithWarnings, Fail };

    explicit VerdictBanner(QWidget *parent = nullptr);
    void setVerdict(Verdict verdict, const QString &text);
    Verdict verdict() const { return m_verdict; }

private:
    Verdict m_verdict = Verdict::Pass;
};

} // namespace hwb::gui
