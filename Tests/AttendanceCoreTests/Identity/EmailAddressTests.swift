import AttendanceFormats
import AttendanceModel
import AttendanceReports
import AttendanceService
import Testing

@Suite struct EmailAddressTests {
    @Test("addresses are trimmed and lower-cased")
    func trimmed() {
        #expect(EmailAddress.trimmedLowercased("  Ana.Silva@GMAIL.com\u{00A0}") == "ana.silva@gmail.com")
        #expect(EmailAddress(" DANIELA.BRANDAO@RN.GOV.BR ")?.value == "daniela.brandao@rn.gov.br")
    }

    @Test(
        "misspelt provider domains are corrected",
        arguments: [
            ("gmail.con", "gmail.com"), ("gmial.com", "gmail.com"), ("gmail.com.br", "gmail.com"),
            ("hotmai.com", "hotmail.com"), ("hotmal.com", "hotmail.com"), ("hotmail.con", "hotmail.com"),
            ("yahoo.com.bt", "yahoo.com.br"), ("yaho.com.br", "yahoo.com.br"), ("outlok.com", "outlook.com"),
            ("gmail.co", "gmail.com"),
        ])
    func corrected(domain: String, expected: String) {
        #expect(EmailAddress.correctingDomain(domain) == DomainCorrection(original: domain, corrected: expected))
    }

    @Test(
        "correct and institutional domains are left alone",
        arguments: [
            "gmail.com", "hotmail.com.br", "yahoo.com.br", "bol.com.br", "uol.com.br", "portoalegre.rs.gov.br",
            "unicef.org", "iom.int", "gmailer.org.br",
        ])
    func untouched(domain: String) {
        #expect(EmailAddress.correctingDomain(domain) == nil)
    }

    @Test("the correction is recorded on the address")
    func recorded() throws {
        let address = try #require(EmailAddress("Aline_Soares@hotmal.com"))
        #expect(address.value == "aline_soares@hotmail.com")
        #expect(address.localPart == "aline_soares")
        #expect(address.domain == "hotmail.com")
        #expect(address.correction == DomainCorrection(original: "hotmal.com", corrected: "hotmail.com"))
        #expect(address.isPersonalProvider)
        #expect(EmailAddress("ana@gmail.com")?.correction == nil)
    }

    @Test("a second address in the field is kept, repeats are not")
    func several() {
        let values = EmailAddress.addresses(in: "ana@x.org.br; Ana@gmail.com, ana@x.org.br / mailto:ana@y.org").map(
            \.value)
        #expect(values == ["ana@x.org.br", "ana@gmail.com", "ana@y.org"])
    }

    @Test(
        "text that is not an address is ignored",
        arguments: ["", "ana", "ana@", "@gmail.com", "ana@gmail", "ana@@x.com", "ana@x."])
    func invalid(text: String) {
        #expect(EmailAddress(text) == nil)
    }

    @Test(
        "an ASCII field reads as the general path reads it (an NBSP, a separator, sends a field there)",
        arguments: [
            "ana@x.org.br; Ana@gmail.com, ana@x.org.br / mailto:ana@y.org", " JOAO.SILVA@HOTMAL.COM ",
            "<pedro@gmial.com>", "\"Ana\" 'ana@x.org'", "ana@x.org\tana@z.org\r\n", "ana@@x.com", "@x.com",
            "ana@x.", "ana@.x", "mailto:", "ana@x.org\u{7F}", "a\u{0B}b@x.org", "", "ana@uol.com.br",
        ])
    func asciiFastPath(text: String) {
        let general = EmailAddress.addresses(in: text + "\u{00A0}")
        #expect(EmailAddress.addresses(in: text) == general)
    }
}
