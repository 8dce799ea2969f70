import AttendanceCSV
import AttendanceFormats
import AttendanceModel
import AttendanceStore

/// Writes one row per person: pseudonymous id and derived attributes, never names, e-mails or CPFs.
public enum PeopleExport {
    /// The columns, in order: ``OwnOutput/peopleHeader``, by which an import recognises and
    /// refuses the file.
    package static let header = OwnOutput.peopleHeader

    /// Writes the people with records in `year` (everyone when `nil`) to `path`.
    ///
    /// - Returns: The number of people written.
    /// - Throws: `ExportError` naming the path, the reason and what to do when it cannot be written.
    @discardableResult
    public static func write(store: Store, year: Int?, to path: String) throws -> Int {
        let (records, attributes) = try store.consistentRead { _ in
            (try store.countingRecords(year: year), try store.personAttributes())
        }
        var events: [String: Set<String>] = [:]
        var completions: [String: Int] = [:]
        var recordCount: [String: Int] = [:]
        for record in records {
            guard let person = record.personID else { continue }
            recordCount[person, default: 0] += 1
            if record.kind == .completion { completions[person, default: 0] += 1 }
            if record.kind == .attendance && record.role.isParticipant {
                events[person, default: []].insert(record.eventID)
            }
        }
        var writer = try OutputFile.csvWriter(path: path)
        try OutputFile.writing(path) {
            try writer.write(header)
            for person in recordCount.keys.sorted() {
                let a = attributes[person] ?? PersonAttributes()
                try writer.write([
                    person, a.sector ?? "", a.governmentLevel ?? "", a.governmentCode ?? "", a.governmentName ?? "",
                    a.uf ?? "",
                    a.region ?? "", String(events[person]?.count ?? 0), String(completions[person] ?? 0),
                    String(recordCount[person] ?? 0),
                ])
            }
            try writer.close()
        }
        return recordCount.count
    }
}
