/// Reads a JSON document part by part: the members of an object and the elements of an array are handed
/// out one at a time, and a value is built only for the part the caller asks for. A document of many
/// parts — a usage summary's keys — is checked as it is read, so a wrong shape is found where it is,
/// and its values never stand whole in memory: each part's are bounded by `JSONParser.Options` as a
/// document of its own.
struct JSONPullReader {
    private var cursor: JSONParser.Cursor
    /// The file the bytes came from, named in errors.
    let file: String

    /// A reader at the start of `bytes`, which came from `file`.
    init(_ bytes: UnsafeRawBufferPointer, file: String, options: JSONParser.Options = .document) {
        cursor = JSONParser.Cursor(bytes: bytes, options: options)
        self.file = file
    }

    /// Reads an object, calling `member` with each member's name; `member` must read the value (with
    /// `value`, `members` or `elements`). A repeated name is an error.
    mutating func members(_ member: (inout JSONPullReader, String) throws(InputError) -> Void) throws(InputError) {
        try expect(UInt8(ascii: "{"), "expected an object")
        var names = Set<String>()
        if try closes(UInt8(ascii: "}")) { return }
        while true {
            cursor.skipWhitespace()
            guard !cursor.atEnd, cursor.bytes[cursor.index] == UInt8(ascii: "\"") else { throw error("expected a member name in double quotes") }
            let nameStart = cursor.index
            let name = try syntax { (cursor) throws(JSONSyntaxError) in try cursor.parseString() }
            guard names.insert(name).inserted else {
                cursor.index = nameStart
                throw error("the member name \"\(name.prefix(64))\" appears twice in one object")
            }
            try expect(UInt8(ascii: ":"), "expected ':' after a member name")
            try member(&self, name)
            if try !separated(closing: UInt8(ascii: "}"), "expected ',' or '}' after an object member") { return }
        }
    }

    /// Reads an array, calling `element` with each element's index; `element` must read the element.
    mutating func elements(_ element: (inout JSONPullReader, Int) throws(InputError) -> Void) throws(InputError) {
        try expect(UInt8(ascii: "["), "expected an array")
        if try closes(UInt8(ascii: "]")) { return }
        var index = 0
        while true {
            try element(&self, index)
            index += 1
            if try !separated(closing: UInt8(ascii: "]"), "expected ',' or ']' after an array element") { return }
        }
    }

    /// Reads one value whole, its memory bounded as a document of its own.
    mutating func value() throws(InputError) -> JSONValue {
        cursor.skipWhitespace()
        cursor.start = cursor.index
        cursor.reckoned = 0
        return try syntax { (cursor) throws(JSONSyntaxError) in try cursor.parseValue(depth: 1) }
    }

    /// Checks that only whitespace is left.
    mutating func finish() throws(InputError) {
        cursor.skipWhitespace()
        if !cursor.atEnd { throw error("unexpected text after the JSON value") }
    }

    /// A syntax error at the current position.
    func error(_ message: String) -> InputError {
        InputError(file: file, syntax: cursor.error(message))
    }

    private mutating func syntax<T>(_ body: (inout JSONParser.Cursor) throws(JSONSyntaxError) -> T) throws(InputError) -> T {
        do {
            return try body(&cursor)
        } catch {
            throw InputError(file: file, syntax: error)
        }
    }

    private mutating func expect(_ byte: UInt8, _ message: String) throws(InputError) {
        cursor.skipWhitespace()
        guard !cursor.atEnd, cursor.bytes[cursor.index] == byte else {
            throw error(cursor.atEnd ? "unexpected end of input" : message)
        }
        cursor.index += 1
    }

    /// Consumes `closing` when it comes next (an empty container).
    private mutating func closes(_ closing: UInt8) throws(InputError) -> Bool {
        cursor.skipWhitespace()
        guard !cursor.atEnd, cursor.bytes[cursor.index] == closing else { return false }
        cursor.index += 1
        return true
    }

    /// Consumes the comma (then `true`) or the closing bracket (then `false`) after a member or element.
    private mutating func separated(closing: UInt8, _ message: String) throws(InputError) -> Bool {
        cursor.skipWhitespace()
        guard !cursor.atEnd else { throw error("unexpected end of input") }
        let byte = cursor.bytes[cursor.index]
        guard byte == UInt8(ascii: ",") || byte == closing else { throw error(message) }
        cursor.index += 1
        return byte == UInt8(ascii: ",")
    }
}
