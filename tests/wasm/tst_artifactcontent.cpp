#include "WasmBuilder.h"
#include "wasm/ArtifactContent.h"
#include "wasm/WasmReader.h"

#include <QTest>

using namespace hwb;
namespace w = hwb::test::wasm;

// The build history keeps an ArtifactContent per artifact; judging it must give what reading the module gives.
class TestArtifactContent : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripsEverythingTheJudgementUses();
    void refusesDamagedBytes();
};

void TestArtifactContent::roundTripsEverythingTheJudgementUses()
{
    const QByteArray imports = w::leb(1) + w::name("env") + w::name("proxy_log") + '\0' + w::leb(0);
    const QByteArray bytes = w::kHeader + w::section(2, imports)
        + w::exportSection({{"proxy_abi_version_0_2_100", '\0'}, {"memory", '\x02'}})
        + w::section(0, w::name("producers") + w::leb(1) + w::name("language") + w::leb(1) + w::name("Go") + w::name("go1.24.4"));
    const WasmReader::Result read = WasmReader::read(bytes);
    QVERIFY(read.ok());
    ArtifactContent content{{11, 22, bytes.size(), 1700000000123456789, 1700000000987654321}, QString(64, 'a'), read.module};
    content.module.goModInfo = "path\tgithub.com/alibaba/higress/plugins/wasm-go/extensions/ai-proxy\n";
    content.module.goBuildInfoVersion = "go1.24.4";
    content.module.nameSectionMentionsTinyGo = true;
    content.module.data = {3, 1, 4096};

    const auto back = ArtifactContent::fromBytes(content.toBytes());
    QVERIFY(back);
    QCOMPARE(back->identity, content.identity);
    QCOMPARE(back->sha256, content.sha256);
    const WasmModule &m = back->module;
    QCOMPARE(m.version, content.module.version);
    QCOMPARE(m.sections.size(), content.module.sections.size());
    for (qsizetype i = 0; i < m.sections.size(); ++i) {
        QCOMPARE(m.sections[i].id, content.module.sections[i].id);
        QCOMPARE(m.sections[i].customName, content.module.sections[i].customName);
        QCOMPARE(m.sections[i].offset, content.module.sections[i].offset);
        QCOMPARE(m.sections[i].size, content.module.sections[i].size);
    }
    QCOMPARE(m.imports.size(), 1);
    QCOMPARE(m.imports[0].name, "proxy_log");
    QCOMPARE(m.exports.size(), 2);
    QCOMPARE(m.exports[1].kind, WasmExternalKind::Memory);
    QVERIFY(m.hasExport("proxy_abi_version_0_2_100"));
    QCOMPARE(m.producers.size(), 1);
    QCOMPARE(m.producers[0].values, (QList<QPair<QString, QString>>{{"Go", "go1.24.4"}}));
    QCOMPARE(m.goModInfo, content.module.goModInfo);
    QCOMPARE(m.goBuildInfoVersion, "go1.24.4");
    QVERIFY(m.nameSectionMentionsTinyGo);
    QCOMPARE(m.data.activeSegments, 3u);
    QCOMPARE(m.data.passiveSegments, 1u);
    QCOMPARE(m.data.bytes, 4096);
}

void TestArtifactContent::refusesDamagedBytes()
{
    ArtifactContent content;
    content.sha256 = QString(64, 'b');
    content.module.exports = {{"proxy_on_memory_allocate", WasmExternalKind::Function, 1}};
    const QByteArray bytes = content.toBytes();
    QVERIFY(ArtifactContent::fromBytes(bytes));
    QVERIFY(!ArtifactContent::fromBytes({}));
    QVERIFY(!ArtifactContent::fromBytes(bytes.left(bytes.size() - 1)));
    QVERIFY(!ArtifactContent::fromBytes(bytes + '\0'));
    QByteArray otherFormat = bytes;
    otherFormat[3] = char(otherFormat[3] + 1); // the format number, big-endian
    QVERIFY(!ArtifactContent::fromBytes(otherFormat));
    QByteArray hugeCount = bytes;
    hugeCount.replace(hugeCount.size() - 4, 4, QByteArray("\x7f\xff\xff\xff", 4)); // the producers count, last
    QVERIFY(!ArtifactContent::fromBytes(hugeCount));
}

QTEST_GUILESS_MAIN(TestArtifactContent)
#include "tst_artifactcontent.moc"
