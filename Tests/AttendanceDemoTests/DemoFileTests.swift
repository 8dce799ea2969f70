import AttendanceCSV
import AttendanceDemo
import AttendanceFormats
import AttendanceModel
import AttendanceReports
import AttendanceService
import Foundation
import Testing

@Suite struct DemoFileTests {
    @Test("every file decodes in its declared encoding and ends with a line break")
    func decodable() throws {
        for year in [DemoYears.full, DemoYears.small] {
            for file in year.files {
                let text = try #require(DemoYears.text(of: file), "\(file.path) is not \(file.encoding)")
                #expect(text.unicodeScalars.last == "\n", "\(file.path)")
            }
        }
    }

    @Test(
        "each platform's encoding, byte-order mark, delimiter and line ending",
        arguments: [
            ("AttendanceReport", TextEncoding.utf16LE, "\t", "\r\n"), ("relatorioDePresenca", .utf16LE, "\t", "\r\n"),
            ("sympla", .utf8BOM, ";", "\r\n"), ("certificados", .utf8BOM, ";", "\r\n"),
            ("cerimonia", .windows1252, ";", "\r\n"),
            ("presenca-meet", .utf8, ",", "\r\n"), ("formulario", .utf8, ",", "\r\n"),
            ("inscricoes", .utf8, ",", "\r\n"),
            ("registration-report", .utf8, ",", "\r\n"), ("attendee-report", .utf8, ",", "\n"),
            ("participants_", .utf8, ",", "\n"), ("participantes-zoom", .utf8, ",", "\n"),
            ("conclusao", .utf8BOM, ",", "\n"),
        ])
    func platformConventions(name: String, encoding: TextEncoding, delimiter: String, ending: String) throws {
        let files = DemoYears.full.files.filter { $0.path.contains(name) }
        #expect(!files.isEmpty)
        for file in files {
            #expect(file.encoding == encoding, "\(file.path)")
            let bytes = [UInt8](file.bytes)
            switch encoding {
            case .utf16LE: #expect(bytes.starts(with: [0xFF, 0xFE]), "\(file.path)")
            case .utf8BOM: #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]), "\(file.path)")
            default:
                #expect(!bytes.starts(with: [0xEF, 0xBB, 0xBF]) && !bytes.starts(with: [0xFF, 0xFE]), "\(file.path)")
            }
            let text = try #require(DemoYears.text(of: file))
            let header = String(text.prefix { $0 != "\n" && $0 != "\r" })
            #expect(header.contains(delimiter) || text.contains(delimiter), "\(file.path)")
            let crlf = text.components(separatedBy: "\r\n").count - 1
            let lf = text.components(separatedBy: "\n").count - 1
            if ending == "\r\n" {
                #expect(crlf > 0 && crlf >= lf - 3, "\(file.path)")
            } else {
                #expect(crlf == 0, "\(file.path)")
            }
        }
    }

    @Test("the Excel list is Windows-1252, not UTF-8")
    func windows1252() throws {
        let file = try #require(DemoYears.full.files.first { $0.encoding == .windows1252 })
        #expect(String(validating: [UInt8](file.bytes), as: UTF8.self) == nil)
        #expect(try #require(DemoYears.text(of: file)).hasPrefix("Nome;E-mail;Órgão/Instituição;Município;UF;Data"))
    }

    @Test("Google Meet times in English carry U+202F before AM/PM; Teams guests carry (Guest)")
    func platformDetails() {
        let meet = DemoYears.full.files.filter { $0.path.contains("presenca-meet") }.compactMap(DemoYears.text(of:))
        #expect(meet.contains { $0.contains("\u{202F}AM") })
        #expect(meet.contains { $0.contains(" h ") && $0.hasPrefix("Nome,Sobrenome") })
        let teams = DemoYears.full.files.filter { $0.encoding == .utf16LE }.compactMap(DemoYears.text(of:))
        #expect(teams.count == 2)
        #expect(teams.allSatisfy { $0.contains(" (Guest)\t") })
    }
}
