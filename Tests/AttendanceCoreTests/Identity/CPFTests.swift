import AttendanceFormats
import AttendanceModel
import AttendanceReports
import AttendanceService
import Testing

@Suite struct CPFTests {
    @Test("digits only")
    func digits() {
        #expect(CPF.digitsOnly("759 101 965-10") == "75910196510")
        #expect(CPF.digitsOnly("CPF: 529.982.247-25") == "52998224725")
    }

    @Test(
        "check digits",
        arguments: [
            ("52998224725", true), ("12345678909", true), ("98765432100", true), ("52998224726", false),
            ("11111111111", false), ("00000000000", false), ("5299822472", false), ("529982247251", false),
        ])
    func checkDigits(digits: String, valid: Bool) {
        #expect(CPF.hasValidCheckDigits(digits) == valid)
    }

    @Test(
        "any punctuation reads the same CPF",
        arguments: ["529.982.247-25", "529 982 247-25", "529982247-25", "52998224725", " 529.982.247/25 "])
    func punctuation(text: String) {
        #expect(CPF(text)?.digits == "52998224725")
    }

    @Test("dropped leading zeros are restored only when the result is valid")
    func padding() {
        #expect(CPF.paddedIfValid("1234567890") == "01234567890")
        #expect(CPF.paddedIfValid("456789103") == "00456789103")
        #expect(CPF.paddedIfValid("1234567891") == nil)
        #expect(CPF.paddedIfValid("45678910") == nil)
        #expect(CPF("1234567890")?.formatted == "012.345.678-90")
    }

    @Test("invalid text makes no CPF", arguments: ["", "123", "111.111.111-11", "529.982.247-26", "não tenho"])
    func invalid(text: String) {
        #expect(CPF(text) == nil)
    }
}
