#include "GatewayPage.h"

#include "gateway/GatewayController.h"

// --gateway-state: the page in each state for screenshots and docs, through the same display code the
// live controller drives. The log lines are the ones the gateway prints (Envoy's format).
namespace hwb::gui {

namespace {
const char *const kStartupLog[] = {
    "[2026-11-26 09:00:01.101][1][info][main] initializing epoch 0 (base id=0, hot restart version=disabled)",
    "[2026-11-26 09:00:01.104][1][debug][wasm] wasm module /etc/envoy/plugin.wasm loaded: 3151872 bytes, runtime envoy.wasm.runtime.v8",
    "[2026-11-26 09:00:01.104][1][debug][wasm] wasm module /etc/envoy/plugin.wasm: proxy-wasm ABI proxy_abi_version_0_2_100",
    "[2026-11-26 09:00:01.105][1][debug][wasm] wasm log ai-proxy-lite: plugin configuration (68 bytes): { \"provider\": { \"type\": \"openai\" } }",
};
const char *const kReadyLog[] = {
    "[2026-11-26 09:00:01.106][1][info][upstream] cluster llm_upstream: http://host.docker.internal:18080",
    "[2026-11-26 09:00:01.106][1][info][config] admin listening on 0.0.0.0:9901",
    "[2026-11-26 09:00:01.106][1][info][config] listener_0 listening on 0.0.0.0:10000",
    "[2026-11-26 09:00:01.107][1][info][main] starting main dispatch loop",
};
const char *const kTrafficLog[] = {
    "[2026-11-26 09:00:07.310][1][debug][wasm] wasm log ai-proxy-lite: request POST /v1/chat/completions",
    "[2026-11-26 09:00:07.952][1][info][http] \"POST /v1/chat/completions HTTP/1.1\" 200 upstream=host.docker.internal:18080 642ms",
    "[2026-11-26 09:00:09.115][1][debug][wasm] wasm log ai-proxy-lite: request POST /v1/chat/completions",
    "[2026-11-26 09:00:09.771][1][info][http] \"POST /v1/chat/completions HTTP/1.1\" 200 upstream=host.docker.internal:18080 655ms",
    "[2026-11-26 09:00:11.020][1][info][http] \"GET /v1/models HTTP/1.1\" 200 upstream=host.docker.internal:18080 3ms",
};
const char *const kFailedLog[] = {
    "[2026-11-26 09:00:01.101][1][info][main] initializing epoch 0 (base id=0, hot restart version=disabled)",
    "[2026-11-26 09:00:01.102][1][error][wasm] Failed to load Wasm module due to a missing import or an invalid binary: /etc/envoy/plugin.wasm is not a WebAssembly module",
    "[2026-11-26 09:00:01.102][1][critical][main] error initializing configuration '/etc/envoy/envoy.yaml': Unable to create Wasm HTTP filter ai-proxy-lite",
    "[2026-11-26 09:00:01.102][1][info][main] exiting",
};

template<std::size_t N>
void append(GatewayLogModel *model, const char *const (&lines)[N], QStringList *all = nullptr)
{
    for (const char *line : lines) {
        model->appendLine(QString::fromUtf8(line));
        if (all)
            all->append(QString::fromUtf8(line));
    }
}
} // namespace

void GatewayPage::previewState(const QString &state)
{
    GatewayLogModel *logs = m_controller.logs();
    logs->clear();
    if (state == QLatin1String("starting")) {
        append(logs, kStartupLog);
        showState(GatewayController::State::Starting, {});
        showProgress(tr("Waiting for the gateway to be ready (admin /ready)…"), 4200, 60000);
    } else if (state == QLatin1String("failed")) {
        GatewayError error;
        error.code = GatewayError::Code::ContainerExited;
        error.message = tr("The gateway container exited with code 1 before it was ready.");
        error.hint = tr("Last log lines of container %1:").arg(QStringLiteral("3f9c2a7d41b0"));
        append(logs, kFailedLog, &error.logTail);
        showState(GatewayController::State::Failed, error);
    } else {
        append(logs, kStartupLog);
        append(logs, kReadyLog);
        if (state == QLatin1String("logs"))
            append(logs, kTrafficLog);
        showState(GatewayController::State::Ready, {});
    }
}

} // namespace hwb::gui
