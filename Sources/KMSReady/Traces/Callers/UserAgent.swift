/// A User-Agent read as HTTP product tokens (`name/version`) and comments in parentheses, RFC 9110
/// section 10.1.5. Comments hold what the SDKs put there — OS and architecture, PHP's SAPI, .NET's
/// free-text OS version — and are never matched; tokens are, wherever they stand, since applications
/// append their own after the SDK's.
struct UserAgent {
    /// One product token: the name and, after the first `/`, the version (`nil` without one).
    struct Product {
        var name: ArraySlice<UInt8>
        var version: ArraySlice<UInt8>?
    }

    /// The product tokens, in order.
    let products: [Product]
    /// The agent itself when it is one host name with no version and no comment (`ecs.aliyuncs.com`).
    let host: ArraySlice<UInt8>?

    init(_ text: String) {
        let bytes = Array(text.utf8)
        var products: [Product] = []
        var index = 0, depth = 0, comments = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "(") {
                depth += 1
                comments += 1
                index += 1
            } else if byte == UInt8(ascii: ")") {
                depth = max(0, depth - 1)
                index += 1
            } else if depth > 0 || Self.isSpace(byte) {
                index += 1
            } else {
                let start = index
                while index < bytes.count, !Self.isSpace(bytes[index]), bytes[index] != UInt8(ascii: "(") { index += 1 }
                let token = bytes[start ..< index]
                if let slash = token.firstIndex(of: UInt8(ascii: "/")) {
                    products.append(Product(name: token[start ..< slash], version: token[(slash + 1) ..< index]))
                } else {
                    products.append(Product(name: token, version: nil))
                }
            }
        }
        self.products = products
        host = comments == 0 && products.count == 1 && products[0].version == nil ? products[0].name : nil
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
}
