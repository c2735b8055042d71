/// Reads a whole JSON document from a file (plain or gzip) and decodes it, turning syntax and shape
/// errors into one-line `InputError`s with the file and the line or JSON path.
public enum JSONDocumentFile {
    /// Parses `file` (at most `limit` bytes) and passes its root node to `decode`.
    public static func read<T>(_ file: InputFile, limit: Int, decode: (JSONNode) throws(JSONShapeError) -> T) throws(InputError) -> T {
        var source = try openByteSource(file)
        return try decodeBytes(try source.readAll(limit: limit, file: file.displayName), file: file.displayName, decode: decode)
    }

    /// Parses `bytes`, which came from `file`, and passes the root node to `decode`.
    public static func decodeBytes<T>(_ bytes: [UInt8], file: String, decode: (JSONNode) throws(JSONShapeError) -> T) throws(InputError) -> T {
        let document: JSONValue
        do {
            document = try JSONParser.parse(bytes)
        } catch {
            throw InputError(file: file, syntax: error)
        }
        do {
            return try decode(JSONNode(root: document))
        } catch {
            throw InputError(file: file, shape: error)
        }
    }
}
