#include "GatewayPage.h"

#include "gateway/MockUpstreamProbe.h"
#include "gateway/mock/MockLlmServer.h"

#include <QApplication>
#include <QLabel>
#include <QPointer>
#include <QPushButton>

namespace hwb::gui {

namespace {
quint16 s_displacedFrom = 0;
} // namespace

MockLlmServer *GatewayPage::mockServer()
{
    static QPointer<MockLlmServer> server;
    if (!server)
        server = new MockLlmServer(qApp);
    return server;
}

bool GatewayPage::startMock(quint16 preferredPort, QString *error)
{
    MockLlmServer *mock = mockServer();
    if (!mock->isListening()) {
        // Any free port keeps the window working (its gateway is pointed at whichever port the mock has); the page
        // then says what holds the preferred one, since a gateway of `hwb gateway up` forwards there.
        s_displacedFrom = 0;
        if (!mock->listen(QHostAddress::LocalHost, preferredPort)) {
            if (!mock->listen(QHostAddress::LocalHost, 0)) {
                *error = mock->errorString();
                return false;
            }
            s_displacedFrom = preferredPort;
        }
    }
    // Other pages (requests) read where the mock is without depending on this page.
    qApp->setProperty("hwb.mockLlmUrl", mock->baseUrl().toString());
    return true;
}

void GatewayPage::stopMock()
{
    mockServer()->close();
    qApp->setProperty("hwb.mockLlmUrl", QVariant());
}

quint16 GatewayPage::mockDisplacedFrom()
{
    return mockServer()->isListening() ? s_displacedFrom : 0;
}

void GatewayPage::updateMockLine()
{
    MockLlmServer *mock = mockServer();
    if (mock->isListening()) {
        probeDisplacedMockPort();
        QString line = tr("Mock LLM: %1 (%n request(s) served)", nullptr, mock->requestCount()).arg(mock->baseUrl().toString());
        if (const QString note = displacedMockNote(); !note.isEmpty())
            line += QLatin1Char('\n') + note;
        m_mockLine->setText(line);
    } else {
        m_mockLine->setText(tr("Mock LLM: not running."));
    }
    m_mockButton->setText(mock->isListening() ? tr("Stop mock") : tr("Start mock"));
}

void GatewayPage::probeDisplacedMockPort()
{
    const quint16 wanted = mockDisplacedFrom();
    const quint16 took = mockServer()->port();
    if (!wanted || m_displacedProbedFor == took)
        return; // on its own port, or asked already for this start of the mock
    m_displacedProbedFor = took;
    m_displaced = {};
    if (!m_displacedProbe) {
        m_displacedProbe = new MockUpstreamProbe(this);
        // Only what answers on this host matters here: the window's own gateway forwards to the window's mock.
        m_displacedProbe->setContainerAddresses({});
        connect(m_displacedProbe, &MockUpstreamProbe::finished, this, [this](const MockUpstreamStatus &status) {
            m_displaced = status;
            updateMockLine();
        });
    }
    m_displacedProbe->start(wanted);
}

QString GatewayPage::displacedMockNote() const
{
    const quint16 wanted = mockDisplacedFrom();
    const quint16 took = mockServer()->port();
    if (!wanted || m_displacedProbedFor != took)
        return {};
    using V = MockUpstreamStatus::Verdict;
    if (m_displaced.answering())
        return tr("Another mock LLM (hwb mock-llm?) already answers on port %1, so this one took port %2. The gateway "
                  "started here forwards to port %2; one started with 'hwb gateway up' forwards to port %1.")
            .arg(wanted).arg(took);
    if (m_displaced.verdict == V::NotTheMock)
        return tr("Port %1 is held by another program, so the mock took port %2; the gateway started here forwards to "
                  "port %2.")
            .arg(wanted).arg(took);
    // Still being asked, or freed since: the port it took is what matters.
    return tr("Port %1 was busy, so the mock took port %2; the gateway started here forwards to port %2.")
        .arg(wanted).arg(took);
}

} // namespace hwb::gui
