import AttendanceFormats
import AttendanceModel
import AttendanceReports
import AttendanceService
import Testing

@Suite struct RawPathTests {
    static let names: [([UInt8], String)] = [
        ([0x6C, 0x69, 0x73, 0x74, 0x61, 0x2D, 0x6A, 0x6F, 0x73, 0xE9, 0x2E, 0x63, 0x73, 0x76], "lista-jos\\xE9.csv"),
        (Array("lista-josé.csv".utf8), "lista-josé.csv"),
        ([0xC3, 0x78], "\\xC3x"),  // a sequence cut short
        ([0xFF, 0xFE], "\\xFF\\xFE"),
        (Array("a\u{1B}b".utf8), "a\u{1B}b"),  // control characters are the terminal's business
    ]

    @Test("only bytes that are not UTF-8 are escaped, as \\xHH", arguments: names)
    func displayed(bytes: [UInt8], shown: String) {
        #expect(RawPath(bytes: bytes).displayed == shown)
    }

    @Test("a UTF-8 path says so, a Latin-1 one does not")
    func isUTF8() {
        #expect(RawPath("Imports/2021/lista-josé.csv").isUTF8)
        #expect(!RawPath(bytes: [0x61, 0xE9]).isUTF8)
    }

    @Test("appending puts one slash between folder and name")
    func appending() {
        #expect(RawPath("a").appending("b").displayed == "a/b")
        #expect(RawPath("a/").appending([0xE9]).bytes == [0x61, 0x2F, 0xE9])
    }
}
