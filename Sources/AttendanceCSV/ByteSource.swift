import Foundation

/// Where a reader's bytes come from: a file streamed in chunks, or memory.
enum ByteSource: Sendable {
    case file(String)
    case memory([UInt8])

    /// Calls `body` with consecutive chunks of at most `size` bytes, after skipping `skipping` bytes.
    func forEachChunk(size: Int, skipping: Int, name: String, _ body: (ArraySlice<UInt8>) throws -> Void) throws {
        switch self {
        case .memory(let bytes):
            var offset = min(skipping, bytes.count)
            while offset < bytes.count {
                let end = min(offset + size, bytes.count)
                try body(bytes[offset..<end])
                offset = end
            }
        case .file(let path):
            guard let handle = FileHandle(forReadingAtPath: path) else {
                throw CSVError.unreadable(file: name, reason: "no such file or no permission")
            }
            defer { try? handle.close() }
            do {
                if skipping > 0 { try handle.seek(toOffset: UInt64(skipping)) }
            } catch {
                throw CSVError.unreadable(file: name, reason: String(describing: error))
            }
            while true {
                let data: Data?
                do {
                    data = try handle.read(upToCount: size)
                } catch {
                    throw CSVError.unreadable(file: name, reason: String(describing: error))
                }
                guard let data, !data.isEmpty else { break }
                try body(ArraySlice(data))
            }
        }
    }

    /// The first `count` bytes (fewer for a shorter source).
    func head(_ count: Int, name: String) throws -> [UInt8] {
        var out: [UInt8] = []
        do {
            try forEachChunk(size: count, skipping: 0, name: name) { chunk in
                if out.isEmpty { out = Array(chunk) }
                throw HeadDone()
            }
        } catch is HeadDone {}
        return out
    }
}

private struct HeadDone: Error {}
