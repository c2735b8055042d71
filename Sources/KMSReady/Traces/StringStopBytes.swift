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
