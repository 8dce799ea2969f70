import AttendanceDemo
import Foundation

/// `year-generate DIR --records N [--seed S] [--year Y]`: writes a programme-year folder of about N
/// records, laid out as the acceptance contract says and written as the platforms write them.
///
/// The year is the demo year of `attendance demo-data` (``DemoYearGenerator``: its 11 events and
/// two courses, every platform's format and the mess real lists carry) at the scale that gives
/// about N records, with lists longer than 200,000 rows split into parts as people download
/// them, written file by file as it is made. Everything follows from N and the seed: the same
/// arguments always write the same bytes.
enum YearGenerator {
    static let maximumRows = 200_000
    /// Records of the demo year per unit of scale (98,663 at scale 23.3, 1,000,181 at 236.2).
    static let recordsPerScale = 4234.5

    static func run(_ arguments: [String]) throws {
        var directory: String?
        var records: Int?
        var seed: UInt64 = 2021
        var year = 2021
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            let value = index + 1 < arguments.count ? arguments[index + 1] : ""
            switch argument {
            case "--records":
                records = Int(value)
                index += 2
            case "--seed":
                seed = UInt64(value) ?? seed
                index += 2
            case "--year":
                year = Int(value) ?? year
                index += 2
            default:
                directory = argument
                index += 1
            }
        }
        let largest = Int(DemoYearGenerator.maximumScale * recordsPerScale)
        guard let directory, let records, (100...largest).contains(records) else {
            throw CSVBenchmark.Usage(
                description: "usage: year-generate DIR --records N [--seed S] [--year Y] (100 <= N <= \(largest))")
        }
        let scale = (Double(records) / recordsPerScale * 1000).rounded() / 1000
        let generator = DemoYearGenerator(seed: seed, year: year, scale: scale, maximumRowsPerFile: maximumRows)
        let written = try generator.write(to: URL(fileURLWithPath: directory))
        print(
            "{\"dir\":\"\(directory)\",\"records\":\(written.records),\"files\":\(written.files),"
                + "\"people\":\(written.people),\"seed\":\(seed),\"scale\":\(scale)}")
    }
}
