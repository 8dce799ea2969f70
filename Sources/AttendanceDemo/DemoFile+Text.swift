import AttendanceCSV

extension DemoFile {
    /// The file's text decoded in its declared encoding, without the byte-order mark; `nil` when
    /// the bytes are not valid in that encoding (or the mark is missing).
    ///
    /// Windows-1252 lists hold Portuguese text only: Latin-1 letters, none of the code points
    /// 0x80–0x9F, which are taken as invalid here.
    package var text: String? {
        let bytes = [UInt8](self.bytes)
        switch encoding {
        case .utf8:
            return String(validating: bytes, as: UTF8.self)
        case .utf8BOM:
            guard bytes.starts(with: [0xEF, 0xBB, 0xBF]) else { return nil }
            return String(validating: bytes.dropFirst(3), as: UTF8.self)
        case .utf16LE, .utf16BE:
            let mark: [UInt8] = encoding == .utf16LE ? [0xFF, 0xFE] : [0xFE, 0xFF]
            guard bytes.starts(with: mark), bytes.count % 2 == 0 else { return nil }
            let units = stride(from: 2, to: bytes.count, by: 2).map { index in
                encoding == .utf16LE
                    ? UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8
                    : UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])
            }
            return String(validating: units, as: UTF16.self)
        case .windows1252:
            guard !bytes.contains(where: { (0x80...0x9F).contains($0) }) else { return nil }
            return String(bytes.map { Character(Unicode.Scalar($0)) })
        }
    }
}
