import AttendanceCSV
import AttendanceModel

/// One export being written: its text line by line, and the truth of each record in it.
///
/// Line numbers are physical: a quoted field with a line break inside moves the next record
/// down by one more line, as it does in the file.
struct DemoExportFile {
    /// Relative to the year's folder: `<event id>/<name>.csv`.
    let path: String
    let eventID: String
    let encoding: TextEncoding
    let lineEnding: String
    /// Whether the file is a plain list (header lines, then one row per record and nothing
    /// else), which ``parts(maximumRows:)`` may split.
    let isList: Bool
    private(set) var text = ""
    /// The physical line the next appended line starts on.
    private(set) var nextLine = 1
    private(set) var records: [DemoTruth.Record] = []
    /// Where each record's row starts in `text`, in UTF-8 bytes.
    private var recordOffsets: [Int] = []

    init(event: String, name: String, encoding: TextEncoding, lineEnding: String, isList: Bool = false) {
        path = "\(event)/\(name)"
        eventID = event
        self.encoding = encoding
        self.lineEnding = lineEnding
        self.isList = isList
    }

    /// Appends one line (its terminator added here).
    mutating func line(_ content: String) {
        text += content
        text += lineEnding
        nextLine += 1 + content.utf8.reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
    }

    /// Appends one delimited row.
    mutating func row(_ fields: [String], delimiter: Character, quoteAll: Bool = false) {
        line(DemoText.line(fields, delimiter: delimiter, quoteAll: quoteAll))
    }

    /// Notes the truth of the record that the next appended line starts.
    mutating func record(
        _ person: DemoPerson, role: DemoTruth.Role, session: Day?, attended: Bool?,
        minutes: Int? = nil, completedOn: Day? = nil, mess: [DemoMess] = []
    ) {
        records.append(
            DemoTruth.Record(
                file: path, line: nextLine, event: eventID, session: session?.description, personKey: person.key,
                role: role, attended: attended, minutes: minutes, completedOn: completedOn?.description, mess: mess))
        recordOffsets.append(text.utf8.count)
    }

    var demoFile: DemoFile {
        DemoFile(path: path, bytes: DemoText.bytes(text, encoding: encoding), encoding: encoding)
    }

    /// The file as people download a list too long for one file: parts of at most `maximumRows`
    /// records each (as even as can be), named `<name>-parte01.csv`…, each starting with the
    /// lines above the first record; the records' lines are those of their part.
    ///
    /// A file that is not a plain list, or has no more than `maximumRows` records, stays whole.
    func parts(maximumRows: Int) -> [DemoExportFile] {
        guard isList, maximumRows > 0, records.count > maximumRows, let first = records.first else { return [self] }
        let bytes = Array(text.utf8)
        let header = bytes[..<recordOffsets[0]]
        let count = (records.count + maximumRows - 1) / maximumRows
        let name = path.dropFirst(eventID.count + 1)
        let stem = name.hasSuffix(".csv") ? name.dropLast(4) : name
        var parts: [DemoExportFile] = []
        for part in 0..<count {
            let lower = part * records.count / count
            let upper = (part + 1) * records.count / count
            let end = upper < records.count ? recordOffsets[upper] : bytes.count
            let number = part + 1 < 10 ? "0\(part + 1)" : String(part + 1)
            var file = DemoExportFile(
                event: eventID, name: "\(stem)-parte\(number).csv", encoding: encoding, lineEnding: lineEnding,
                isList: true)
            file.text = String(decoding: header + bytes[recordOffsets[lower]..<end], as: UTF8.self)
            let shift = records[lower].line - first.line
            file.records = records[lower..<upper].map { record in
                var moved = record
                moved.file = file.path
                moved.line -= shift
                return moved
            }
            file.recordOffsets = recordOffsets[lower..<upper].map { $0 - recordOffsets[lower] + header.count }
            file.nextLine = (upper < records.count ? records[upper].line : nextLine) - shift
            parts.append(file)
        }
        return parts
    }
}
