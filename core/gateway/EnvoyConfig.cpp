#include "EnvoyConfig.h"

#include <yaml-cpp/yaml.h>

namespace hwb {

namespace {

std::string str(const QString &text)
{
    return text.toStdString();
}

void socketAddress(YAML::Emitter &out, const std::string &address, int port)
{
    out << YAML::Key << "address" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "socket_address" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "address" << YAML::Value << address;
    out << YAML::Key << "port_value" << YAML::Value << port;
    out << YAML::EndMap << YAML::EndMap;
}

void typeKey(YAML::Emitter &out, const char *type)
{
    out << YAML::Key << "@type" << YAML::Value << (std::string("type.googleapis.com/") + type);
}

// The plugin receives the author's text as written (key order, formatting): it is what they edit and read.
std::string configText(const QByteArray &json)
{
    const QByteArray text = json.trimmed();
    return text.isEmpty() ? std::string("{}") : text.toStdString();
}

void wasmFilter(YAML::Emitter &out, const EnvoyConfig &c)
{
    out << YAML::BeginMap << YAML::Key << "name" << YAML::Value << str(c.pluginName);
    out << YAML::Key << "typed_config" << YAML::Value << YAML::BeginMap;
    typeKey(out, "udpa.type.v1.TypedStruct");
    out << YAML::Key << "type_url" << YAML::Value << "type.googleapis.com/envoy.extensions.filters.http.wasm.v3.Wasm";
    out << YAML::Key << "value" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "config" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "name" << YAML::Value << str(c.pluginName);
    out << YAML::Key << "vm_config" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "runtime" << YAML::Value << "envoy.wasm.runtime.v8";
    out << YAML::Key << "code" << YAML::Value << YAML::BeginMap << YAML::Key << "local" << YAML::Value << YAML::BeginMap
        << YAML::Key << "filename" << YAML::Value << str(c.wasmPath) << YAML::EndMap << YAML::EndMap;
    out << YAML::EndMap; // vm_config
    out << YAML::Key << "configuration" << YAML::Value << YAML::BeginMap;
    typeKey(out, "google.protobuf.StringValue");
    out << YAML::Key << "value" << YAML::Value << YAML::Literal << configText(c.pluginConfigJson);
    out << YAML::EndMap; // configuration
    out << YAML::EndMap << YAML::EndMap << YAML::EndMap << YAML::EndMap; // config, value, typed_config, filter
}

void listener(YAML::Emitter &out, const EnvoyConfig &c)
{
    out << YAML::BeginMap << YAML::Key << "name" << YAML::Value << "listener_0";
    socketAddress(out, "0.0.0.0", c.listenerPort);
    out << YAML::Key << "filter_chains" << YAML::Value << YAML::BeginSeq << YAML::BeginMap;
    out << YAML::Key << "filters" << YAML::Value << YAML::BeginSeq << YAML::BeginMap;
    out << YAML::Key << "name" << YAML::Value << "envoy.filters.network.http_connection_manager";
    out << YAML::Key << "typed_config" << YAML::Value << YAML::BeginMap;
    typeKey(out, "envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager");
    out << YAML::Key << "stat_prefix" << YAML::Value << "ingress_http";
    out << YAML::Key << "route_config" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "name" << YAML::Value << "local_route";
    out << YAML::Key << "virtual_hosts" << YAML::Value << YAML::BeginSeq << YAML::BeginMap;
    out << YAML::Key << "name" << YAML::Value << "local_service";
    out << YAML::Key << "domains" << YAML::Value << YAML::BeginSeq << "*" << YAML::EndSeq;
    out << YAML::Key << "routes" << YAML::Value << YAML::BeginSeq << YAML::BeginMap;
    out << YAML::Key << "match" << YAML::Value << YAML::BeginMap << YAML::Key << "prefix" << YAML::Value << "/"
        << YAML::EndMap;
    out << YAML::Key << "route" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "cluster" << YAML::Value << EnvoyConfig::kClusterName;
    // Envoy's default 15 s route timeout would cut long generations; the workbench's client times requests.
    out << YAML::Key << "timeout" << YAML::Value << "0s";
    if (c.upstream.tls)
        out << YAML::Key << "host_rewrite_literal" << YAML::Value << str(c.upstream.host);
    out << YAML::EndMap << YAML::EndMap << YAML::EndSeq; // route, routes entry, routes
    out << YAML::EndMap << YAML::EndSeq << YAML::EndMap; // virtual host, virtual_hosts, route_config
    out << YAML::Key << "http_filters" << YAML::Value << YAML::BeginSeq;
    wasmFilter(out, c);
    out << YAML::BeginMap << YAML::Key << "name" << YAML::Value << "envoy.filters.http.router";
    out << YAML::Key << "typed_config" << YAML::Value << YAML::BeginMap;
    typeKey(out, "envoy.extensions.filters.http.router.v3.Router");
    out << YAML::EndMap << YAML::EndMap << YAML::EndSeq; // router typed_config, router, http_filters
    out << YAML::EndMap << YAML::EndMap << YAML::EndSeq;  // hcm typed_config, hcm filter, filters
    out << YAML::EndMap << YAML::EndSeq << YAML::EndMap;  // filter chain, filter_chains, listener
}

void cluster(YAML::Emitter &out, const EnvoyConfig &c)
{
    out << YAML::BeginMap << YAML::Key << "name" << YAML::Value << EnvoyConfig::kClusterName;
    out << YAML::Key << "connect_timeout" << YAML::Value << "5s";
    out << YAML::Key << "type" << YAML::Value << "LOGICAL_DNS";
    out << YAML::Key << "dns_lookup_family" << YAML::Value << "V4_ONLY";
    out << YAML::Key << "lb_policy" << YAML::Value << "ROUND_ROBIN";
    out << YAML::Key << "load_assignment" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "cluster_name" << YAML::Value << EnvoyConfig::kClusterName;
    out << YAML::Key << "endpoints" << YAML::Value << YAML::BeginSeq << YAML::BeginMap;
    out << YAML::Key << "lb_endpoints" << YAML::Value << YAML::BeginSeq << YAML::BeginMap;
    out << YAML::Key << "endpoint" << YAML::Value << YAML::BeginMap;
    socketAddress(out, str(c.upstream.host), c.upstream.port);
    out << YAML::EndMap << YAML::EndMap << YAML::EndSeq << YAML::EndMap << YAML::EndSeq << YAML::EndMap;
    if (c.upstream.tls) {
        out << YAML::Key << "transport_socket" << YAML::Value << YAML::BeginMap;
        out << YAML::Key << "name" << YAML::Value << "envoy.transport_sockets.tls";
        out << YAML::Key << "typed_config" << YAML::Value << YAML::BeginMap;
        typeKey(out, "envoy.extensions.transport_sockets.tls.v3.UpstreamTlsContext");
        out << YAML::Key << "sni" << YAML::Value << str(c.upstream.host);
        out << YAML::EndMap << YAML::EndMap;
    }
    out << YAML::EndMap;
}

} // namespace

QByteArray EnvoyConfig::toYaml() const
{
    YAML::Emitter out;
    out << YAML::Comment("Generated by Higress Plugin Workbench for plugin " + str(pluginName)
                         + ". Regenerated on every start.");
    out << YAML::BeginMap;
    out << YAML::Key << "admin" << YAML::Value << YAML::BeginMap;
    socketAddress(out, "0.0.0.0", adminPort);
    out << YAML::EndMap;
    out << YAML::Key << "static_resources" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "listeners" << YAML::Value << YAML::BeginSeq;
    listener(out, *this);
    out << YAML::EndSeq;
    out << YAML::Key << "clusters" << YAML::Value << YAML::BeginSeq;
    cluster(out, *this);
    out << YAML::EndSeq;
    out << YAML::EndMap << YAML::EndMap;
    return QByteArray(out.c_str()) + '\n';
}

} // namespace hwb
