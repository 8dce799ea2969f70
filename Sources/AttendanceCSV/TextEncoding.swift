/// A character encoding that exports arrive in.
///
/// Raw values are the names ``CSVReader`` reports and `inspect` prints.
public enum TextEncoding: String, Sendable, Codable, CaseIterable {
    /// UTF-8 without a byte-order mark.
    case utf8 = "utf-8"
    /// UTF-8 with a byte-order mark (Excel's "CSV UTF-8", Sympla, the virtual school).
    case utf8BOM = "utf-8-bom"
    /// UTF-16 little endian (Microsoft Teams), with or without a byte-order mark.
    case utf16LE = "utf-16le"
    /// UTF-16 big endian, with or without a byte-order mark.
    case utf16BE = "utf-16be"
    /// Windows-1252, what Excel writes for "CSV (separado por vírgulas)" on Brazilian Windows.
    case windows1252 = "windows-1252"
}
