/// Recognises files that arrive instead of a CSV export: a workbook, a PDF, an image, an archive,
/// a web page saved from a download that failed.
///
/// Only the first bytes are looked at, so a CSV file whose first field happens to start like one
/// of these is the only thing that could be mistaken, and none of them starts like a header row.
enum BinarySignature {
    /// Leading bytes and what a file starting with them is.
    private static let signatures: [(bytes: [UInt8], kind: String)] = [
        (Array("PK\u{03}\u{04}".utf8), "a ZIP archive (an Excel .xlsx or OpenDocument .ods workbook?)"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "an Office document (an old Excel .xls workbook?)"),
        (Array("%PDF-".utf8), "a PDF document"),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        (Array("GIF8".utf8), "a GIF image"),
        ([0x1F, 0x8B], "a gzip archive"),
        (Array("Rar!".utf8), "a RAR archive"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "a 7-Zip archive"),
    ]

    /// Bytes ``kind(of:)`` needs to see.
    static let longest = 64

    /// What the file starting with `head` is, or `nil` when it may be text.
    static func kind(of head: [UInt8]) -> String? {
        if let match = signatures.first(where: { head.starts(with: $0.bytes) }) { return match.kind }
        // A web page: a login or error page saved under the export's name.
        var text = head.starts(with: [0xEF, 0xBB, 0xBF]) ? head.dropFirst(3) : head[...]
        while let first = text.first, first == 0x20 || first == 0x09 || first == 0x0A || first == 0x0D {
            text = text.dropFirst()
        }
        let lowered = String(decoding: text.prefix(14), as: UTF8.self).lowercased()
        if lowered.hasPrefix("<!doctype html") || lowered.hasPrefix("<html") { return "an HTML web page" }
        return nil
    }
}
