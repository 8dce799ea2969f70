import AttendanceCSV
import Foundation
import Testing

/// The csv-spectrum cases (copied into `Fixtures/csv-spectrum/`, licence beside them): each CSV's records
/// after the header, keyed by the header, must equal the JSON that comes with it.
extension CSVReaderTests {
    static let spectrumCases = [
        "comma_in_quotes", "empty", "empty_crlf", "escaped_quotes", "json", "newlines", "newlines_crlf",
        "quotes_and_newlines", "simple", "simple_crlf", "utf8",
    ]

    @Test("csv-spectrum: records after the header equal the expected JSON", arguments: spectrumCases)
    func spectrum(_ name: String) throws {
        let reader = try CSVReader(path: try Fixture.path("csv-spectrum/csvs/\(name).csv"))
        #expect(try Self.keyedRecords(reader) == Self.expectedRecords(name))
    }

    @Test("csv-spectrum: every case in the folder is checked")
    func spectrumIsComplete() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: try Fixture.path("csv-spectrum/csvs"))
        #expect(Set(names) == Set((Self.spectrumCases + ["location_coordinates"]).map { "\($0).csv" }))
    }

    @Test("csv-spectrum location_coordinates: a quote inside an unquoted field is literal")
    func spectrumLocationCoordinates() throws {
        let reader = try CSVReader(path: try Fixture.path("csv-spectrum/csvs/location_coordinates.csv"))
        let expected: [[String: String]] = [
            [
                "Contact Phone Number": "2095257564",
                "Location Coordinates": "37\u{FFFD}36'37.8\"N 121\u{FFFD}2'17.9\"W",
                "Cities": "Modesto", "Counties": "Stanislaus",
            ]
        ]
        let records = try Self.keyedRecords(reader)
        #expect(records == expected)
        let upstream = try Self.expectedRecords("location_coordinates")
        withKnownIssue("upstream's JSON is an object with another phone number (README: known to be wrong)") {
            #expect(records == upstream)
        }
    }

    /// The records after the header as objects keyed by the header; a record with a different
    /// number of fields than the header cannot match, so it is kept with a marker key.
    static func keyedRecords(_ reader: borrowing CSVReader) throws -> [[String: String]] {
        var header: [String]?
        var out: [[String: String]] = []
        try reader.forEachRow { row in
            guard let keys = header else {
                header = row.fields
                return
            }
            guard !row.isBlank else { return }
            var object: [String: String] = [:]
            for (index, key) in keys.enumerated() { object[key] = row[index] }
            if row.count != keys.count { object["<field count>"] = String(row.count) }
            out.append(object)
        }
        return out
    }

    static func expectedRecords(_ name: String) throws -> [[String: String]] {
        let data = try Data(contentsOf: URL(fileURLWithPath: try Fixture.path("csv-spectrum/json/\(name).json")))
        let json = try JSONSerialization.jsonObject(with: data)
        if let object = json as? [String: String] { return [object] }
        return try #require(json as? [[String: String]])
    }
}
