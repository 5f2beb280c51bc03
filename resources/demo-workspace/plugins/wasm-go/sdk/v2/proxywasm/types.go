// Package proxywasm is a deliberately tiny proxy-wasm ABI 0.2.x SDK for the
// Higress Plugin Workbench demo workspace. It uses only the Go standard
// library so that the demo plugins build offline.
package proxywasm

import (
	"errors"
	"strconv"
)

// Action is what a stream callback tells the host to do next.
type Action uint32

const (
	ActionContinue Action = 0
	// ActionPause is HeaderStopIteration when returned from a headers
	// callback. Hosts on ABI 0.2.100 wait for the body and call the body
	// callbacks; hosts that think the module speaks 0.2.0/0.2.1 turn it into
	// StopAllIterationAndWatermark, so the body callbacks never run.
	ActionPause Action = 1
)

// Host enums from the proxy-wasm 0.2.x spec.
const (
	bufferHTTPRequestBody     uint32 = 0
	bufferHTTPResponseBody    uint32 = 1
	bufferPluginConfiguration uint32 = 7

	mapHTTPRequestHeaders  uint32 = 0
	mapHTTPResponseHeaders uint32 = 2

	logDebug uint32 = 1
	logInfo  uint32 = 2
	logWarn  uint32 = 3
	logError uint32 = 4
)

// ErrNotFound is returned when a header or buffer does not exist.
var ErrNotFound = errors.New("proxywasm: not found")

// statusError maps a host status code to a Go error.
func statusError(status uint32) error {
	switch status {
	case 0:
		return nil
	case 1, 7: // NotFound, Empty
		return ErrNotFound
	default:
		return errors.New("proxywasm: host returned status " + strconv.FormatUint(uint64(status), 10))
	}
}
