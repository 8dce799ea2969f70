import Foundation

extension RawPath {
    /// What a path names, as `stat` sees it (following symbolic links), without opening it.
    package enum Kind: Sendable, Hashable {
        /// A regular file (or a link to one).
        case file
        /// A folder (or a link to one).
        case folder
        /// Anything else, described for a message: "a FIFO, or named pipe", "a device", "a broken symbolic link"…
        case other(String)
    }

    /// What the path names, or `nil` when nothing is there (nor a link).
    ///
    /// A FIFO or a device is never opened here: opening a FIFO would wait for a writer.
    package func kind() -> Kind? {
        var info = stat()
        let found = withCString { stat($0, &info) } == 0
        guard found else {
            var link = stat()
            guard withCString({ lstat($0, &link) }) == 0 else { return nil }
            return .other("a broken symbolic link")
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        case S_IFIFO: return .other("a FIFO, or named pipe")
        case S_IFSOCK: return .other("a socket")
        case S_IFCHR, S_IFBLK: return .other("a device")
        default: return .other("neither a file nor a folder")
        }
    }

    /// The names in a folder, as bytes, sorted by bytes; `.` and `..` left out.
    ///
    /// - Throws: ``ImportError/unreadable(file:reason:)`` with the system's reason when the
    ///   folder cannot be listed.
    package func entries() throws -> [[UInt8]] {
        guard let folder = withCString({ opendir($0) }) else {
            throw ImportError.unreadable(file: displayed, reason: String(cString: strerror(errno)))
        }
        defer { closedir(folder) }
        var names: [[UInt8]] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: &entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            if name == [UInt8(ascii: ".")] || name == [UInt8(ascii: "."), UInt8(ascii: ".")] { continue }
            names.append(name)
        }
        return names.sorted { $0.lexicographicallyPrecedes($1) }
    }

    /// Calls `body` with a `String` path that opens this file.
    ///
    /// A UTF-8 path is passed as it is. Otherwise the file is opened here by its bytes (without
    /// blocking, and only if it is a regular file) and `body` gets `/dev/fd/N`, which opens the
    /// same file again for as long as `body` runs; messages should name ``displayed``.
    ///
    /// - Throws: ``ImportError/unreadable(file:reason:)`` when the file cannot be opened, or
    ///   ``ImportError/notRegularFile(file:kind:)``; else what `body` throws.
    package func withOpenablePath<T>(_ body: (String) throws -> T) throws -> T {
        if let path = String(validating: bytes, as: UTF8.self) { return try body(path) }
        let descriptor = withCString { open($0, O_RDONLY | O_NONBLOCK | O_CLOEXEC) }
        guard descriptor >= 0 else {
            throw ImportError.unreadable(file: displayed, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            throw ImportError.notRegularFile(file: displayed, kind: "a FIFO, a device or a socket")
        }
        return try body("/dev/fd/\(descriptor)")
    }
}
