import AttendanceCSV
import AttendanceDemo
import AttendanceFormats
import AttendanceModel
import AttendanceReports
import AttendanceService
import Foundation

/// The generated years the demo tests share (generated once per test run).
enum DemoYears {
    /// The published year: scale 1.
    static let full = DemoYearGenerator(seed: 2021).generate()
    /// A small year for the checks that do not need the published counts.
    static let small = DemoYearGenerator(seed: 7, scale: 0.05).generate()

    /// The text of a file, decoded in its declared encoding without the byte-order mark;
    /// `nil` when the bytes are not valid in that encoding.
    static func text(of file: DemoFile) -> String? {
        file.text
    }

    /// The physical lines of a file's text (a CRLF counts as one line break).
    static func lines(of file: DemoFile) -> [String] {
        (text(of: file) ?? "").replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n")
    }

    /// The published participants of each event of 2021.
    static let publishedParticipants: [String: Int] = [
        "2021-02-25-webinario-monitoramento": 21, "2021-03-25-dialogos-congemas": 75,
        "2021-05-12-webinario-diagnostico": 64, "2021-08-31-dialogos-saude": 76, "2021-12-13-dialogos-saude-2": 52,
        "2021-09-15-seminario-boas-praticas": 61, "2021-10-08-webinario-priorizacao": 63, "2021-gt-saude": 63,
        "2021-11-13-capacitacao-coesao-social": 72, "2021-11-25-oficina-suas": 54, "2021-12-16-entrega-do-selo": 593,
    ]

    /// Rows of `certifications.csv`: (year, level, name, uf).
    static func certifications(in year: DemoYear) -> [(year: String, level: String, name: String, uf: String)] {
        guard let file = year.files.first(where: { $0.path == "certifications.csv" }) else { return [] }
        return lines(of: file).dropFirst().filter { !$0.isEmpty }.map { line in
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            return (f[0], f[1], f[2], f[3])
        }
    }
}
