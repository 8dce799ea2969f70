import Testing

@testable import AttendanceFormats
@testable import AttendanceModel
@testable import AttendanceReports
@testable import AttendanceService

@Suite struct NameCellTests {
    @Test(
        "split names are joined with one space, each part trimmed",
        arguments: [
            ("Rui", " Barreto ", "Rui Barreto"), ("Ana", "", "Ana"), ("", "Souza", "Souza"), ("  ", " ", ""),
        ])
    func joined(first: String, last: String, expected: String) {
        #expect(NameCell.joined(first: first, last: last) == expected)
    }

    @Test(
        "the Teams guest marker is the platform's, not part of the name",
        arguments: [
            ("Jonas Pires (Guest)", "Jonas Pires", true), ("Raquel Albuquerque  (Guest)", "Raquel Albuquerque", true),
            ("Ana (Convidado)", "Ana", true), ("Andreia Ribeiro (Recife)", "Andreia Ribeiro (Recife)", false),
            ("Equipe ", "Equipe ", false),
        ])
    func guestMarker(text: String, name: String, isGuest: Bool) {
        let result = NameCell.withoutGuestMarker(text)
        #expect(result.name == name)
        #expect(result.isGuest == isGuest)
    }
}
