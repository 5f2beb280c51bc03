module github.com/alibaba/higress/plugins/wasm-go/extensions/hello-world

go 1.24

require github.com/higress-group/proxy-wasm-go-sdk v0.0.0-20250611000000-000000000000

replace github.com/higress-group/proxy-wasm-go-sdk => ../../sdk/v2
