/// Where a scan of a JSON string must stop in eight bytes read as one little-endian word: the high bit
/// of each byte that is a quote, a backslash or a control character is set. The lowest set bit is exact
/// (borrows only run upwards), so `trailingZeroBitCount >> 3` is the offset of the first such byte.
@inline(__always)
func stringStopBytes(_ word: UInt64) -> UInt64 {
    let low: UInt64 = 0x0101_0101_0101_0101
    let quote = word ^ 0x2222_2222_2222_2222
    let backslash = word ^ 0x5C5C_5C5C_5C5C_5C5C
    let special = ((quote &- low) & ~quote) | ((backslash &- low) & ~backslash) | ((word &- 0x2020_2020_2020_2020) & ~word)
    return special & 0x8080_8080_8080_8080
}

/// Steps over the bytes of a JSON string from `index` eight at a time while none is a quote, a backslash
/// or a control character: the index of the first such byte, or, when fewer than eight bytes are left
/// before `end` without one, the index where they start (the caller looks at those one by one).
@inline(__always)
func skipPlainStringWords(_ base: UnsafeRawPointer, from index: Int, end: Int) -> Int {
    var index = index
    // Two words per step: their checks run side by side.
    while index + 16 <= end {
        let first = stringStopBytes(base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
        let second = stringStopBytes(base.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self))
        if first | second != 0 {
            return first != 0 ? index + first.trailingZeroBitCount >> 3 : index + 8 + second.trailingZeroBitCount >> 3
        }
        index += 16
    }
    while index + 8 <= end {
        let stops = stringStopBytes(base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
        if stops != 0 { return index + stops.trailingZeroBitCount >> 3 }
        index += 8
    }
    return index
}
