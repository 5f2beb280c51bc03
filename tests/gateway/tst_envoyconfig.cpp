#include "TestSupport.h"

#include "gateway/EnvoyConfig.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace hwb;

// Golden files pin the generated envoy.yaml. After an intended change, regenerate them with
// HWB_UPDATE_GOLDEN=1 and review the diff.
class TestEnvoyConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QString>("golden");
        QTest::addColumn<QString>("upstream");
        QTest::addColumn<int>("listener");
        QTest::addColumn<int>("admin");
        QTest::addColumn<QByteArray>("config");
        QTest::newRow("mock upstream") << "mock-upstream.yaml" << "mock" << 10000 << 9901
                                       << QByteArray(R"({"provider":{"type":"openai","modelMapping":{"*":"mock-gpt"}}})");
        QTest::newRow("provider over TLS") << "openai-tls.yaml" << "https://api.openai.com" << 10000 << 9901
                                           << QByteArray(R"({"provider":{"type":"openai"}})");
        QTest::newRow("ports, UTF-8 and an empty config")
            << "custom-ports.yaml" << "http://127.0.0.1:18181" << 18000 << 19901 << QByteArray();
        QTest::newRow("chinese config") << "chinese-config.yaml" << "mock" << 10000 << 9901
                                        << QByteArray(R"({"header":"x-hello","value":"你好，网关"})");
    }
    void golden()
    {
        QFETCH(QString, golden);
        QFETCH(QString, upstream);
        QFETCH(int, listener);
        QFETCH(int, admin);
        QFETCH(QByteArray, config);
        EnvoyConfig c;
        c.pluginName = QStringLiteral("ai-proxy-lite");
        c.pluginConfigJson = config;
        c.listenerPort = listener;
        c.adminPort = admin;
        QString error;
        QVERIFY2(UpstreamTarget::parse(upstream, 18080, &c.upstream, &error), qPrintable(error));
        const QByteArray yaml = c.toYaml();

        const QString path = QFINDTESTDATA(QStringLiteral("golden/") + golden);
        if (qEnvironmentVariableIsSet("HWB_UPDATE_GOLDEN")) {
            QFile out(hwb::test::sourceDir() + QStringLiteral("/tests/gateway/golden/") + golden);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(yaml);
            QSKIP("golden file updated");
        }
        QVERIFY2(!path.isEmpty(), qPrintable(golden));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(yaml), QString::fromUtf8(file.readAll()));

        // Beyond the bytes: the structure Envoy reads, parsed by a real YAML parser.
        const YAML::Node root = YAML::Load(yaml.toStdString());
        QCOMPARE(root["admin"]["address"]["socket_address"]["port_value"].as<int>(), admin);
        const YAML::Node l = root["static_resources"]["listeners"][0];
        QCOMPARE(l["address"]["socket_address"]["port_value"].as<int>(), listener);
        const YAML::Node hcm = l["filter_chains"][0]["filters"][0]["typed_config"];
        const YAML::Node wasm = hcm["http_filters"][0]["typed_config"];
        QCOMPARE(wasm["@type"].as<std::string>(), std::string("type.googleapis.com/udpa.type.v1.TypedStruct"));
        QCOMPARE(wasm["type_url"].as<std::string>(),
                 std::string("type.googleapis.com/envoy.extensions.filters.http.wasm.v3.Wasm"));
        const YAML::Node vm = wasm["value"]["config"]["vm_config"];
        QCOMPARE(vm["runtime"].as<std::string>(), std::string("envoy.wasm.runtime.v8"));
        QCOMPARE(vm["code"]["local"]["filename"].as<std::string>(), std::string("/etc/envoy/plugin.wasm"));
        const YAML::Node configuration = wasm["value"]["config"]["configuration"];
        QCOMPARE(configuration["@type"].as<std::string>(),
                 std::string("type.googleapis.com/google.protobuf.StringValue"));
        const QJsonDocument expected = QJsonDocument::fromJson(config.isEmpty() ? QByteArray("{}") : config);
        QCOMPARE(QJsonDocument::fromJson(QByteArray::fromStdString(configuration["value"].as<std::string>())), expected);
        QCOMPARE(hcm["http_filters"][1]["name"].as<std::string>(), std::string("envoy.filters.http.router"));
        const YAML::Node cluster = root["static_resources"]["clusters"][0];
        QCOMPARE(cluster["name"].as<std::string>(),
                 hcm["route_config"]["virtual_hosts"][0]["routes"][0]["route"]["cluster"].as<std::string>());
        const YAML::Node endpoint =
            cluster["load_assignment"]["endpoints"][0]["lb_endpoints"][0]["endpoint"]["address"]["socket_address"];
        QCOMPARE(QString::fromStdString(endpoint["address"].as<std::string>()), c.upstream.host);
        QCOMPARE(endpoint["port_value"].as<int>(), c.upstream.port);
        QCOMPARE(bool(cluster["transport_socket"]), c.upstream.tls);
        if (c.upstream.tls)
            QCOMPARE(QString::fromStdString(cluster["transport_socket"]["typed_config"]["sni"].as<std::string>()),
                     c.upstream.host);
    }

    void upstreamParsing_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<bool>("tls");
        QTest::newRow("mock") << "mock" << true << "host.docker.internal" << 18080 << false;
        QTest::newRow("https default port") << "https://api.openai.com/v1" << true << "api.openai.com" << 443 << true;
        QTest::newRow("loopback becomes host-gateway") << "http://localhost:9000" << true << "host.docker.internal" << 9000 << false;
        QTest::newRow("ftp") << "ftp://x" << false << "" << 0 << false;
        QTest::newRow("garbage") << "::" << false << "" << 0 << false;
    }
    void upstreamParsing()
    {
        QFETCH(QString, spec);
        QFETCH(bool, ok);
        UpstreamTarget target;
        QString error;
        QCOMPARE(UpstreamTarget::parse(spec, 18080, &target, &error), ok);
        QCOMPARE(error.isEmpty(), ok);
        if (!ok)
            return;
        QTEST(target.host, "host");
        QTEST(target.port, "port");
        QTEST(target.tls, "tls");
    }
};

QTEST_GUILESS_MAIN(TestEnvoyConfig)
#include "tst_envoyconfig.moc"
