import Foundation
import Testing

@testable import AttendanceFormats
@testable import AttendanceModel
@testable import AttendanceReports
@testable import AttendanceService
@testable import AttendanceStore
@testable import AttendanceTotals

/// ``MultiYearReport``: three years side by side, returning people and governments certified again.
@Suite struct MultiYearReportTests {
    static let events = [
        Event(id: "w20", year: 2020, kind: .webinar, dates: [Day(year: 2020, month: 5, day: 4)!]),
        Event(id: "w21", year: 2021, kind: .webinar, dates: [Day(year: 2021, month: 5, day: 4)!]),
        Event(id: "d21", year: 2021, kind: .dialogue, dates: [Day(year: 2021, month: 9, day: 1)!]),
        Event(id: "w22", year: 2022, kind: .webinar, dates: [Day(year: 2022, month: 5, day: 4)!]),
    ]
    static let certifications = [
        Certification(year: 2020, level: .municipality, name: "Esteio", uf: "RS"),
        Certification(year: 2021, level: .municipality, name: "Esteio", uf: "RS"),
        Certification(year: 2021, level: .municipality, name: "Recife", uf: "PE"),
        Certification(year: 2022, level: .state, name: "Paraná", uf: "PR"),
        Certification(year: 2022, level: .municipality, name: "Recife", uf: "PE"),
        Certification(year: 2022, level: .municipality, name: "Nowhere", uf: "XX"),
    ]

    /// The year's input: each (event, person) pair is one attendance record.
    static func input(_ year: Int, _ attendances: [(String, String)]) -> ReportInput {
        let records = attendances.enumerated().map { index, pair in
            CountingRecord(
                id: Int64(year * 100 + index), eventID: pair.0, session: nil, kind: .attendance, role: .participant,
                isRegistered: false, attended: true, minutes: nil, isPublicServant: nil, completionDate: nil,
                personID: pair.1)
        }
        return ReportInput(
            year: year, events: events, records: records, people: [:], certifications: certifications,
            resolve: { certification in
                certification.uf == "XX"
                    ? nil
                    : ResolvedGovernment(
                        key: "\(certification.level.rawValue):\(certification.name)",
                        displayName: certification.name, region: nil)
            }, fileCount: 1)
    }

    static let report = ReportBuilder.multiYear([
        input(2020, [("w20", "ana"), ("w20", "bia")]),
        input(2021, [("w21", "ana"), ("d21", "ana"), ("d21", "caio"), ("w21", "dan")]),
        input(2022, [("w22", "caio"), ("w22", "ana"), ("w22", "eva")]),
    ])

    @Test("each year's headline figures, oldest first")
    func yearFigures() {
        let years = Self.report.years
        #expect(years.map(\.year) == [2020, 2021, 2022])
        #expect(years.map(\.participations) == [2, 4, 3])
        #expect(years.map(\.uniqueParticipants) == [2, 3, 3])
        #expect(years.map(\.events) == [1, 2, 1])
        #expect(years.map(\.returningWithinYear) == [0, 1, 0])
        #expect(years.map(\.certifiedGovernments) == [1, 2, 2])
    }

    @Test("people at events in two or more years count once, however many years or events")
    func returningPeople() {
        // ana: 3 years; caio: 2021 and 2022; bia, dan, eva: one year each.
        #expect(Self.report.participantsInAnyYear == 5)
        #expect(Self.report.returningParticipants == 2)
    }

    @Test("governments certified in two or more years; an unknown government is none")
    func recertifiedGovernments() {
        // Esteio 2020+2021, Recife 2021+2022, Paraná 2022 only; Nowhere/XX resolves to nothing.
        #expect(Self.report.certifiedInAnyYear == 3)
        #expect(Self.report.recertifiedGovernments == 2)
    }

    @Test("the renderings show the years side by side and the figures across them")
    func renderings() throws {
        let provenance = ReportProvenance(
            generatedAt: Date(timeIntervalSince1970: 0), toolVersion: "9.9.9", storeFingerprint: "00ff00ff00ff00ff",
            openQuestions: 0)
        let text = Self.report.textTable(language: .english)
        #expect(text.hasPrefix("Participation report 2020–2022\n"))
        #expect(text.contains("People at events in two or more of the years"))
        let markdown = Self.report.markdown(language: .portuguese, provenance: provenance)
        #expect(markdown.contains("| Participações | 2 | 4 | 3 |"))
        #expect(markdown.contains("| Pessoas em eventos em dois anos ou mais | 2 |"))
        #expect(markdown.hasSuffix("`00ff00ff00ff00ff` · Questões de identidade em aberto: `0`\n"))
        let json = try JSONSerialization.jsonObject(with: Data(try Self.report.jsonText(provenance: provenance).utf8))
        let object = try #require(json as? [String: Any])
        #expect(object["returningParticipants"] as? Int == 2)
        #expect((object["provenance"] as? [String: Any])?["generatedAt"] as? String == "1970-01-01T00:00:00Z")
        let html = Self.report.html(options: HTMLReportOptions(provenance: provenance))
        #expect(html.contains("<th scope=\"col\" class=\"num\">2022</th>"))
        #expect(!html.contains("<script"))
        #expect(html.contains("<code>00ff00ff00ff00ff</code>"))
    }
}
