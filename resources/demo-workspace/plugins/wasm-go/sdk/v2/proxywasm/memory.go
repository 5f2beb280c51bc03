package proxywasm

import "unsafe"

// handedOut keeps every buffer given to the host reachable until the host
// hands its address back to us. The host's copy of the address is invisible
// to the Go garbage collector, so without this map the buffer could be
// collected while the host is still writing into it. Go's GC does not move
// objects, so the address stays valid while the slice is referenced here.
var handedOut = map[uint32][]byte{}

// The host calls this (re-entrantly, from inside calls such as
// proxy_get_buffer_bytes) to get memory it can copy results into.
//
//go:wasmexport proxy_on_memory_allocate
func proxyOnMemoryAllocate(size uint32) uint32 {
	if size == 0 {
		size = 1 // &buf[0] needs at least one byte
	}
	buf := make([]byte, size)
	addr := uint32(uintptr(unsafe.Pointer(&buf[0])))
	handedOut[addr] = buf
	return addr
}

// takeHostBytes returns the buffer the host filled at addr and forgets it.
func takeHostBytes(addr, size uint32) []byte {
	buf, ok := handedOut[addr]
	if !ok {
		return nil
	}
	delete(handedOut, addr)
	if int(size) < len(buf) {
		buf = buf[:size]
	}
	return buf
}

// dataPtr gives the host a pointer to b; nil for an empty slice, because the
// ABI pairs every pointer with a length and the host never reads zero bytes.
func dataPtr(b []byte) *byte {
	if len(b) == 0 {
		return nil
	}
	return &b[0]
}
