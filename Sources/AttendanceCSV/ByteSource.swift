import Foundation

/// Where a reader's bytes come from: a file streamed in chunks, or memory.
///
/// A file is read only when it is a regular file (or a symbolic link to one) of at most
/// `maximumBytes`: it is opened without blocking, so that a named pipe with no writer cannot
/// hold the open, and the opened descriptor is looked at with `fstat`, so that what is checked
/// is what is read. A pipe, a device (`/dev/zero`, `/dev/urandom`), a socket or a folder is
/// refused with ``CSVError/notRegularFile(file:kind:)``: reading one may never end.
package enum ByteSource: Sendable {
    case file(String, maximumBytes: Int)
    case memory([UInt8])

    /// Calls `body` with consecutive chunks of at most `size` bytes, after skipping `skipping` bytes.
    ///
    /// Every chunk lies in one buffer allocated once and reused, so memory stays at `size`
    /// whatever the source's length; `body` may change the bytes in place (the reader hides
    /// spaces from libcsv there) and must not keep the pointer.
    ///
    /// - Throws: ``CSVError/unreadable(file:reason:)``, ``CSVError/notRegularFile(file:kind:)``,
    ///   ``CSVError/fileTooLarge(file:size:limit:)`` (also when a file grows past its limit while
    ///   it is read), or what `body` throws.
    package func forEachChunk(
        size: Int, skipping: Int, name: String,
        _ body: (UnsafeMutableBufferPointer<UInt8>) throws -> Void
    ) throws {
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, size))
        defer { buffer.deallocate() }
        switch self {
        case .memory(let bytes):
            var offset = min(skipping, bytes.count)
            while offset < bytes.count {
                let count = min(buffer.count, bytes.count - offset)
                let chunk = UnsafeMutableBufferPointer(rebasing: buffer[0..<count])
                _ = chunk.initialize(from: bytes[offset..<offset + count])
                try body(chunk)
                offset += count
            }
        case .file(let path, let maximumBytes):
            let descriptor = try Self.openRegularFile(path, name: name, maximumBytes: maximumBytes)
            defer { close(descriptor) }
            if skipping > 0 && lseek(descriptor, off_t(skipping), SEEK_SET) < 0 {
                throw CSVError.unreadable(file: name, reason: Self.lastError())
            }
            var total = skipping
            while true {
                let count = read(descriptor, buffer.baseAddress, buffer.count)
                if count < 0 {
                    if errno == EINTR { continue }
                    throw CSVError.unreadable(file: name, reason: Self.lastError())
                }
                if count == 0 { break }
                total += count
                if total > maximumBytes { throw CSVError.fileTooLarge(file: name, size: total, limit: maximumBytes) }
                try body(UnsafeMutableBufferPointer(rebasing: buffer[0..<count]))
            }
        }
    }

    /// The first `count` bytes (fewer for a shorter source).
    package func head(_ count: Int, name: String) throws -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(count)
        do {
            try forEachChunk(size: count, skipping: 0, name: name) { chunk in
                out.append(contentsOf: chunk)
                if out.count >= count { throw HeadDone() }
            }
        } catch is HeadDone {}
        return out
    }

    /// Opens `path` for reading when it is a regular file of at most `maximumBytes`.
    ///
    /// `O_NONBLOCK` keeps the open of a named pipe from waiting for a writer; it changes nothing
    /// for a regular file.
    ///
    /// - Returns: The open descriptor, which the caller closes.
    private static func openRegularFile(_ path: String, name: String, maximumBytes: Int) throws -> Int32 {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw CSVError.unreadable(file: name, reason: lastError()) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let reason = lastError()
            close(descriptor)
            throw CSVError.unreadable(file: name, reason: reason)
        }
        let type = info.st_mode & S_IFMT
        guard type == S_IFREG else {
            close(descriptor)
            throw CSVError.notRegularFile(file: name, kind: kind(ofFileType: type))
        }
        guard info.st_size <= maximumBytes else {
            close(descriptor)
            throw CSVError.fileTooLarge(file: name, size: Int(info.st_size), limit: maximumBytes)
        }
        return descriptor
    }

    /// What a file that is not a regular one is, as ``CSVError/notRegularFile(file:kind:)`` says it.
    private static func kind(ofFileType type: mode_t) -> String {
        switch type {
        case S_IFIFO: "a named pipe (FIFO)"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFDIR: "a folder"
        case S_IFSOCK: "a socket"
        default: "a special file"
        }
    }

    private static func lastError() -> String {
        String(cString: strerror(errno))
    }
}

private struct HeadDone: Error {}
