import Foundation
import Testing

@testable import AttendanceFormats
@testable import AttendanceModel
@testable import AttendanceReports
@testable import AttendanceService

@Suite struct WhitespaceTests {
    /// Every scalar Foundation's white-space sets hold, and neighbours that they do not.
    static let scalars: [Unicode.Scalar] = [
        "\t", "\n", "\u{0B}", "\u{0C}", "\r", " ", "\u{85}", "\u{A0}", "\u{1680}", "\u{2000}", "\u{2005}", "\u{200A}",
        "\u{200B}", "\u{200C}", "\u{2028}", "\u{2029}", "\u{202F}", "\u{205F}", "\u{3000}", "\u{FEFF}", "\u{08}",
        "\u{1F}", "x", "é",
    ]

    @Test("trimming gives what Foundation's trimmingCharacters gives, for every white-space scalar")
    func matchesFoundation() {
        for scalar in Self.scalars {
            for text in [
                "\(scalar)", "\(scalar)ana\(scalar)", " \(scalar) Ana Souza\(scalar)\t", "a\(scalar)b",
                "\(scalar)\u{301}",
            ] {
                #expect(text.trimmingSpaces() == text.trimmingCharacters(in: .whitespaces), "\(scalar.value)")
                #expect(
                    text.trimmingSpacesAndNewlines() == text.trimmingCharacters(in: .whitespacesAndNewlines),
                    "\(scalar.value)")
                #expect(text.isBlank == text.trimmingCharacters(in: .whitespaces).isEmpty, "\(scalar.value)")
                #expect(
                    text.isBlankOrNewlines == text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
                    "\(scalar.value)")
                let substring = text.dropFirst(0)
                #expect(
                    substring.trimmingSpacesAndNewlines() == text.trimmingCharacters(in: .whitespacesAndNewlines))
            }
        }
    }

    @Test("text with nothing to trim comes back as it is", arguments: ["", "Ana", "Ana  Souza", "--", "é"])
    func untouched(text: String) {
        #expect(text.trimmingSpaces() == text)
        #expect(text.trimmingSpacesAndNewlines() == text)
    }
}
