#include "wasm/WasmReader.h"

#include <QSet>
#include <QTest>

using namespace hwb;

namespace {

// Minimal module builder for hand-made test inputs.
QByteArray leb(quint32 v)
{
    QByteArray out;
    do {
        quint8 b = v & 0x7f;
        v >>= 7;
        if (v)
            b |= 0x80;
        out.append(char(b));
    } while (v);
    return out;
}
QByteArray name(const QByteArray &s) { return leb(quint32(s.size())) + s; }
QByteArray section(quint8 id, const QByteArray &payload) { return QByteArray(1, char(id)) + leb(quint32(payload.size())) + payload; }
const QByteArray kHeader("\0asm\x01\0\0\0", 8);

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

QTEST_GUILESS_MAIN(TestWasmReader)
#include "tst_wasmreader.moc"
