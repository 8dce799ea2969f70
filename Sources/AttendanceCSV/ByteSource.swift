import Foundation

/// Where a reader's bytes come from: a file streamed in chunks, or memory.
enum ByteSource: Sendable {
    case file(String)
    case memory([UInt8])

    /// Calls `body` with consecutive chunks of at most `size` bytes, after skipping `skipping` bytes.
    ///
    /// Every chunk lies in one buffer allocated once and reused, so memory stays at `size`
    /// whatever the source's length; `body` may change the bytes in place (the reader hides
    /// spaces from libcsv there) and must not keep the pointer.
    func forEachChunk(
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
        case .file(let path):
            let descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw CSVError.unreadable(file: name, reason: Self.lastError()) }
            defer { close(descriptor) }
            if skipping > 0 && lseek(descriptor, off_t(skipping), SEEK_SET) < 0 {
                throw CSVError.unreadable(file: name, reason: Self.lastError())
            }
            while true {
                let count = read(descriptor, buffer.baseAddress, buffer.count)
                if count < 0 {
                    if errno == EINTR { continue }
                    throw CSVError.unreadable(file: name, reason: Self.lastError())
                }
                if count == 0 { break }
                try body(UnsafeMutableBufferPointer(rebasing: buffer[0..<count]))
            }
        }
    }

    /// The first `count` bytes (fewer for a shorter source).
    func head(_ count: Int, name: String) throws -> [UInt8] {
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

    private static func lastError() -> String {
        String(cString: strerror(errno))
    }
}

private struct HeadDone: Error {}
