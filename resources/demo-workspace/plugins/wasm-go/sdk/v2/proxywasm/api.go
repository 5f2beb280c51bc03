package proxywasm

import (
	"encoding/binary"
	"math"
)

func logAt(level uint32, msg string) {
	b := []byte(msg)
	proxyLog(level, dataPtr(b), uint32(len(b)))
}

func LogDebug(msg string) { logAt(logDebug, msg) }
func LogInfo(msg string)  { logAt(logInfo, msg) }
func LogWarn(msg string)  { logAt(logWarn, msg) }
func LogError(msg string) { logAt(logError, msg) }

func getBuffer(bufferType, start, maxSize uint32) ([]byte, error) {
	var addr, size uint32
	if err := statusError(proxyGetBufferBytes(bufferType, start, maxSize, &addr, &size)); err != nil {
		return nil, err
	}
	return takeHostBytes(addr, size), nil
}

// replaceBuffer overwrites the whole buffer: start 0 with a length at least
// as long as the buffer means "replace everything" to the host.
func replaceBuffer(bufferType uint32, data []byte) error {
	return statusError(proxySetBufferBytes(bufferType, 0, math.MaxInt32, dataPtr(data), uint32(len(data))))
}

func GetHttpRequestBody(start, maxSize int) ([]byte, error) {
	return getBuffer(bufferHTTPRequestBody, uint32(start), uint32(maxSize))
}

func ReplaceHttpRequestBody(body []byte) error { return replaceBuffer(bufferHTTPRequestBody, body) }

func GetHttpResponseBody(start, maxSize int) ([]byte, error) {
	return getBuffer(bufferHTTPResponseBody, uint32(start), uint32(maxSize))
}

func getHeader(mapType uint32, key string) (string, error) {
	k := []byte(key)
	var addr, size uint32
	if err := statusError(proxyGetHeaderMapValue(mapType, dataPtr(k), uint32(len(k)), &addr, &size)); err != nil {
		return "", err
	}
	return string(takeHostBytes(addr, size)), nil
}

type headerOp func(mapType uint32, key *byte, keySize uint32, value *byte, valueSize uint32) uint32

func setHeader(op headerOp, mapType uint32, key, value string) error {
	k, v := []byte(key), []byte(value)
	return statusError(op(mapType, dataPtr(k), uint32(len(k)), dataPtr(v), uint32(len(v))))
}

func removeHeader(mapType uint32, key string) error {
	k := []byte(key)
	return statusError(proxyRemoveHeaderMapValue(mapType, dataPtr(k), uint32(len(k))))
}

func GetHttpRequestHeader(key string) (string, error) { return getHeader(mapHTTPRequestHeaders, key) }

func ReplaceHttpRequestHeader(key, value string) error {
	return setHeader(proxyReplaceHeaderMapValue, mapHTTPRequestHeaders, key, value)
}

func RemoveHttpRequestHeader(key string) error { return removeHeader(mapHTTPRequestHeaders, key) }

func GetHttpResponseHeader(key string) (string, error) { return getHeader(mapHTTPResponseHeaders, key) }

func AddHttpResponseHeader(key, value string) error {
	return setHeader(proxyAddHeaderMapValue, mapHTTPResponseHeaders, key, value)
}

func ReplaceHttpResponseHeader(key, value string) error {
	return setHeader(proxyReplaceHeaderMapValue, mapHTTPResponseHeaders, key, value)
}

// SendHttpResponse answers the client directly; the request never reaches
// the upstream. The caller should return ActionPause from its callback.
func SendHttpResponse(status uint32, headers [][2]string, body []byte) error {
	h := serializeHeaders(headers)
	return statusError(proxySendLocalResponse(status, nil, 0,
		dataPtr(body), uint32(len(body)), dataPtr(h), uint32(len(h)), -1))
}

// serializeHeaders encodes pairs the way the ABI expects:
// count, then (key length, value length) per pair, then each key and value
// followed by a NUL byte. All integers are little-endian u32.
func serializeHeaders(headers [][2]string) []byte {
	if len(headers) == 0 {
		return nil
	}
	size := 4 + 8*len(headers)
	for _, h := range headers {
		size += len(h[0]) + len(h[1]) + 2
	}
	out := make([]byte, 0, size)
	out = binary.LittleEndian.AppendUint32(out, uint32(len(headers)))
	for _, h := range headers {
		out = binary.LittleEndian.AppendUint32(out, uint32(len(h[0])))
		out = binary.LittleEndian.AppendUint32(out, uint32(len(h[1])))
	}
	for _, h := range headers {
		out = append(append(out, h[0]...), 0)
		out = append(append(out, h[1]...), 0)
	}
	return out
}
