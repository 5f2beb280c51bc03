#include "WasmBuilder.h"
#include "wasm/WasmReader.h"

#include <QSet>
#include <QTest>

using namespace hwb;
using namespace hwb::test::wasm;

namespace {

QByteArray sampleModule()
{
    const QByteArray imports = leb(2) + name("env") + name("proxy_log") + '\0' + leb(0)
        + name("wasi_snapshot_preview1") + name("sched_yield") + '\0' + leb(0);
    const QByteArray exports = leb(3) + name("proxy_abi_version_0_2_100") + '\0' + leb(2)
        + name("_initialize") + '\0' + leb(3) + name("memory") + '\x02' + leb(0);
    return kHeader + section(2, imports) + section(3, leb(2) + leb(0) + leb(0)) + section(7, exports)
        + section(0, name("producers") + "xyz");
}

} // namespace

class TestWasmReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsImportsAndExports();
    void errors_data();
    void errors();
    void everyTruncationIsReported();
    void readsMetadataSections();
    void dataSegments_data();
    void dataSegments();
    void goBuildInfoHeader();
};

void TestWasmReader::readsImportsAndExports()
{
    const auto r = WasmReader::read(sampleModule());
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.module.imports.size(), 2);
    QCOMPARE(r.module.imports.at(1).module, QStringLiteral("wasi_snapshot_preview1"));
    QCOMPARE(r.module.imports.at(1).name, QStringLiteral("sched_yield"));
    QCOMPARE(r.module.exports.size(), 3);
    QVERIFY(r.module.hasExport(QStringLiteral("proxy_abi_version_0_2_100")));
    QCOMPARE(r.module.exports.at(2).kind, WasmExternalKind::Memory);
    QCOMPARE(r.module.functionCount, 2u);
    QCOMPARE(r.module.sections.last().customName, QStringLiteral("producers"));
}

void TestWasmReader::errors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("code");
    QTest::newRow("empty") << QByteArray() << int(WasmReader::ErrorCode::NotWasm);
    QTest::newRow("elf") << QByteArray("\x7f" "ELF\x02\x01\x01\0", 8) << int(WasmReader::ErrorCode::NotWasm);
    QTest::newRow("text") << QByteArray("EXTRA_TAGS=proxy_wasm_version_0_2_100") << int(WasmReader::ErrorCode::NotWasm);
    QTest::newRow("header only magic") << QByteArray("\0asm", 4) << int(WasmReader::ErrorCode::Truncated);
    QTest::newRow("version 2") << QByteArray("\0asm\x02\0\0\0", 8) << int(WasmReader::ErrorCode::NotWasm);
    QTest::newRow("section past end") << kHeader + QByteArray("\x07\x10\x01", 3) << int(WasmReader::ErrorCode::Truncated);
    QTest::newRow("export count lies") << kHeader + section(7, leb(5) + name("a") + '\0' + leb(0))
                                       << int(WasmReader::ErrorCode::Malformed);
    QTest::newRow("overlong leb") << kHeader + QByteArray("\x07\xff\xff\xff\xff\xff\x01", 7)
                                  << int(WasmReader::ErrorCode::Malformed);
}

void TestWasmReader::errors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, code);
    const auto r = WasmReader::read(bytes);
    QCOMPARE(int(r.error.code), code);
    QVERIFY(!r.error.message.isEmpty());
}

void TestWasmReader::everyTruncationIsReported()
{
    // Cutting a valid module inside the header or a section must give an error, never a crash or a
    // silent success. A cut exactly between sections leaves a valid, shorter module.
    const QByteArray module = sampleModule();
    const auto full = WasmReader::read(module);
    QSet<qsizetype> boundaries{8};
    for (const WasmSection &s : full.module.sections)
        boundaries.insert(s.offset + s.size);
    for (qsizetype n = 0; n < module.size(); ++n) {
        if (boundaries.contains(n))
            continue;
        const auto r = WasmReader::read(QByteArrayView(module).first(n));
        QVERIFY2(!r.ok(), qPrintable(QStringLiteral("prefix of %1 bytes read as valid").arg(n)));
    }
}

void TestWasmReader::readsMetadataSections()
{
    const QByteArray producers = leb(2) + name("language") + leb(1) + name("Rust") + name("")
        + name("processed-by") + leb(2) + name("rustc") + name("1.86.0") + name("clang") + name("19.1");
    const QByteArray names = QByteArray(1, '\0') + name(name("my_plugin"));
    const QByteArray modinfo = "path\tex\nmod\tex\t(devel)\t\nbuild\t-tags=a\n";
    const QByteArray module = kHeader + goModInfoDataSection(modinfo) + customSection("producers", producers)
        + customSection("name", names);
    const auto r = WasmReader::read(module);
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.module.moduleName, QStringLiteral("my_plugin"));
    QCOMPARE(r.module.producers.size(), 2);
    QCOMPARE(r.module.producers.at(1).values.at(1).first, QStringLiteral("clang"));
    QCOMPARE(r.module.goModInfo, modinfo);
    QCOMPARE(r.module.data.activeSegments, 1u);
}

void TestWasmReader::dataSegments_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<quint32>("active");
    QTest::addColumn<quint32>("passive");
    QTest::newRow("active memory 0") << leb(1) + '\0' + "\x41\x08\x0b" + name("abc") << true << 1u << 0u;
    QTest::newRow("passive") << leb(1) + '\x01' + name("abc") << true << 0u << 1u;
    QTest::newRow("active explicit memory") << leb(1) + '\x02' + leb(0) + QByteArray("\x41\x00\x0b", 3) + name("") << true << 1u << 0u;
    QTest::newRow("global.get offset") << leb(1) + '\0' + QByteArray("\x23\x00\x0b", 3) + name("x") << true << 1u << 0u;
    QTest::newRow("extended const") << leb(1) + '\0' + "\x41\x01\x41\x02\x6a\x0b" + name("x") << true << 1u << 0u;
    QTest::newRow("unknown flags") << leb(1) + '\x03' + name("abc") << false << 0u << 0u;
    QTest::newRow("bad opcode in offset") << leb(1) + '\0' + "\x01\x0b" + name("x") << false << 0u << 0u;
    QTest::newRow("endless offset") << leb(1) + '\0' + QByteArray(40, '\x6a') + name("x") << false << 0u << 0u;
    QTest::newRow("count lies") << leb(3) + '\x01' + name("abc") << false << 0u << 1u;
    QTest::newRow("bytes past end") << leb(1) + '\x01' + leb(100) + "abc" << false << 0u << 0u;
}

void TestWasmReader::dataSegments()
{
    QFETCH(QByteArray, payload);
    QFETCH(bool, ok);
    QFETCH(quint32, active);
    QFETCH(quint32, passive);
    const QByteArray module = kHeader + section(11, payload);
    const auto r = WasmReader::read(module);
    QCOMPARE(r.ok(), ok);
    if (!ok)
        QCOMPARE(r.error.code, WasmReader::ErrorCode::Malformed);
    QCOMPARE(r.module.data.activeSegments, active);
    QCOMPARE(r.module.data.passiveSegments, passive);
}

void TestWasmReader::goBuildInfoHeader()
{
    // The native-linker layout: 32-byte header, then uvarint-prefixed version and sentinel-framed modinfo.
    const QByteArray modinfo = QByteArray::fromHex("3077af0c9274080241e1c107e6d618e6") + "path\tx\n"
        + QByteArray::fromHex("f932433186182072008242104116d8f2");
    const QByteArray header = QByteArray("\xff Go buildinf:\x08\x02", 16) + QByteArray(16, '\0');
    const QByteArray segment = header + name("go1.24.4") + name(modinfo);
    const QByteArray module = kHeader + section(11, leb(1) + '\x01' + name(segment));
    const auto r = WasmReader::read(module);
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.module.goBuildInfoVersion, QStringLiteral("go1.24.4"));
    QCOMPARE(r.module.goModInfo, QByteArray("path\tx\n"));
}

QTEST_GUILESS_MAIN(TestWasmReader)
#include "tst_wasmreader.moc"
