/// One record of a CSV file, as a view into the reader's buffer.
///
/// A row is valid only inside the closure that receives it: copy what you keep
/// (``fields``, or single fields through the subscript). Field bytes are UTF-8.
/// It is not `Sendable` and must not be stored: its memory is reused for the next records.
public struct CSVRow {
    /// The 1-based physical line on which the record starts in the original file.
    public let line: Int
    @usableFromInline let bytes: UnsafeBufferPointer<UInt8>
    @usableFromInline let ends: UnsafeBufferPointer<Int>
    @usableFromInline let start: Int

    init(line: Int, bytes: UnsafeBufferPointer<UInt8>, ends: UnsafeBufferPointer<Int>, start: Int) {
        self.line = line
        self.bytes = bytes
        self.ends = ends
        self.start = start
    }

    /// The number of fields; 0 for a blank line.
    @inlinable public var count: Int { ends.count }

    /// Whether the record is a blank line.
    @inlinable public var isBlank: Bool { ends.isEmpty }

    /// The field at `index` decoded as a string, or `""` past the end of a short record.
    public subscript(index: Int) -> String {
        guard index >= 0, index < ends.count else { return "" }
        let lower = index == 0 ? start : ends[index - 1]
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<ends[index]]), as: UTF8.self)
    }

    /// Calls `body` with the UTF-8 bytes of the field at `index` (empty past the end).
    ///
    /// Inlinable, so a caller's loop over every field is specialised and inlined.
    @inlinable
    public func withUTF8<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        guard index >= 0, index < ends.count else { return try body(UnsafeBufferPointer(start: nil, count: 0)) }
        let lower = index == 0 ? start : ends[index - 1]
        return try body(UnsafeBufferPointer(rebasing: bytes[lower..<ends[index]]))
    }

    /// Every field decoded as a string.
    public var fields: [String] {
        (0..<ends.count).map { self[$0] }
    }
}

@available(*, unavailable)
extension CSVRow: Sendable {}
