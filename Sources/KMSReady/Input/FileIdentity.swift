#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file as the system knows it — its device and inode — whatever path names it: two paths, a link and
/// its target, or a folder reached again through a link are the same file.
public struct FileIdentity: Hashable, Sendable {
    let device: UInt64
    let inode: UInt64

    /// What `path` names, links followed: its identity and kind; `nil` when nothing is there.
    static func of(_ path: String) -> (identity: FileIdentity, kind: FileKind)? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return (FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino)), FileKind(mode: info.st_mode))
    }
}

/// What kind of file a path names, for choosing how to read it and for saying why it is not read.
enum FileKind: Equatable, CustomStringConvertible {
    case regular, folder, fifo, socket, device, other

    init(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFREG: self = .regular
        case S_IFDIR: self = .folder
        case S_IFIFO: self = .fifo
        case S_IFSOCK: self = .socket
        case S_IFCHR, S_IFBLK: self = .device
        default: self = .other
        }
    }

    /// The error for reading a file of this kind, named `display`, which is not a regular file.
    func refusal(_ display: String) -> InputError {
        InputError(file: display, message: "not a regular file (\(self)): kmsready reads files and folders; save the stream to a file first")
    }

    var description: String {
        switch self {
        case .regular: return "a file"
        case .folder: return "a folder"
        case .fifo: return "a FIFO"
        case .socket: return "a socket"
        case .device: return "a device"
        case .other: return "not a file"
        }
    }
}
