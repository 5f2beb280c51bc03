#include "buildplan/BuildPlanner.h"
#include "buildrc/BuildrcEvaluator.h"
#include "buildrun/OutputLineParser.h"
#include "common/Translations.h"
#include "wasm/ArtifactInspector.h"

#include <QRegularExpression>
#include <QTest>

using namespace hwb;

// With zh_CN installed, what core says comes out in Chinese. A complete .ts is not enough: a message looked up
// in another context than lupdate filed it under stays English (check_tr_contexts.py finds those statically);
// these probes cover the ways core produces messages, end to end.
class TestRuntimeTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(Translations::install(QLocale(QLocale::Chinese, QLocale::China))); }
    void cleanupTestCase() { Translations::install(QLocale(QLocale::English)); }
    void inspectionFinding();
    void buildrcDiagnostics();
    void outputParserFixes();
};

namespace {

bool isChinese(const QString &text)
{
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    return text.contains(han);
}

} // namespace

void TestRuntimeTranslations::inspectionFinding()
{
    const ArtifactReport report = ArtifactInspector::inspectBytes("EXTRA_TAGS=x", {});
    QVERIFY(!report.findings.isEmpty());
    for (const InspectionFinding &f : report.findings) {
        QVERIFY2(isChinese(f.message), qPrintable(f.message));
        QVERIFY2(isChinese(f.fix), qPrintable(f.fix));
    }
}

void TestRuntimeTranslations::buildrcDiagnostics()
{
    // One from the evaluator (code that runs when sourced), one from the key checks (a key no build reads).
    const BuildrcEvaluation e = BuildrcEvaluator::evaluate(QStringLiteral("EXTRA_TAGS=$(date)\nMY_OWN_KEY=1\n"));
    QStringList codes;
    for (const BuildrcDiagnostic &d : e.diagnostics) {
        codes.append(d.code);
        QVERIFY2(isChinese(d.message), qPrintable(d.code + QStringLiteral(": ") + d.message));
    }
    QVERIFY2(codes.contains(QStringLiteral("unknown-key")), qPrintable(codes.join(u',')));
    QVERIFY(codes.size() >= 2);
}

void TestRuntimeTranslations::outputParserFixes()
{
    OutputParserChain chain;
    const auto make = chain.parse(QStringLiteral("Makefile:2: *** missing separator.  Stop."));
    QVERIFY(make && isChinese(make->fix));
    const auto docker = chain.parse(QStringLiteral("ERROR: BuildKit is enabled but the buildx component is missing or broken."));
    QVERIFY(docker && isChinese(docker->message) && isChinese(docker->fix));
    const auto rust = chain.parse(QStringLiteral("error: linker `rust-lld` not found"));
    QVERIFY(rust && isChinese(rust->fix));
}

QTEST_GUILESS_MAIN(TestRuntimeTranslations)
#include "tst_runtimetranslations.moc"
