import AttendanceCSV
import Testing

@Suite struct CSVReaderTests {
    @Test("a plain comma file reads as written, with its lines")
    func plainFile() throws {
        let reader = try CSVReader(path: try Fixture.path("simple.csv"))
        let records = try reader.records()
        #expect(records.map(\.fields) == [["a", "b"], ["1", "2"]])
        #expect(records.map(\.line) == [1, 2])
        #expect(reader.dialect.encoding == .utf8)
    }
}
