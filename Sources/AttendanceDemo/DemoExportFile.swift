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
    private(set) var text = ""
    /// The physical line the next appended line starts on.
    private(set) var nextLine = 1
    private(set) var records: [DemoTruth.Record] = []

    init(event: String, name: String, encoding: TextEncoding, lineEnding: String) {
        path = "\(event)/\(name)"
        eventID = event
        self.encoding = encoding
        self.lineEnding = lineEnding
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
    }

    var demoFile: DemoFile {
        DemoFile(path: path, bytes: DemoText.bytes(text, encoding: encoding), encoding: encoding)
    }
}
