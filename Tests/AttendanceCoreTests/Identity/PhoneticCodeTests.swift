import AttendanceFormats
import AttendanceIdentity
import AttendanceModel
import AttendanceReports
import AttendanceService
import Testing

@Suite struct PhoneticCodeTests {
    @Test(
        "spellings that sound alike share a code",
        arguments: [
            ("souza", "sousa"), ("raquel", "raqeul"), ("roddrigo", "rodrigo"), ("goncalves", "gnocalves"),
            ("patsannza", "patsanza"), ("becker", "bcker"), ("yamamoto", "yyamamoto"), ("luiz", "luis"),
            ("philipe", "felipe"), ("thiago", "tiago"), ("helena", "elena"),
        ])
    func alike(a: String, b: String) {
        #expect(PhoneticCode.encode(a) == PhoneticCode.encode(b))
    }

    @Test(
        "exact codes",
        arguments: [
            ("souza", "s"), ("raquel", "rkl"), ("roddrigo", "rdrg"), ("gabriela", "gbrl"), ("coelho", "kl"),
            ("cecilia", "sl"), ("gisele", "jsl"), ("guilherme", "glrm"), ("chaves", "xvs"), ("", ""),
        ])
    func codes(word: String, expected: String) {
        #expect(PhoneticCode.encode(word) == expected)
    }

    @Test("different names keep different codes")
    func different() {
        #expect(PhoneticCode.encode("silva") != PhoneticCode.encode("souza"))
        #expect(PhoneticCode.encode("ana") != PhoneticCode.encode("ines"))
    }
}
