import Testing

@testable import AttendanceFormats
@testable import AttendanceModel
@testable import AttendanceReports
@testable import AttendanceService
@testable import AttendanceTotals

@Suite struct PublishedReportTests {
    /// The small fixture with two events only, each with the given sector mix.
    private func report(_ sectors: [[String: Int]]) -> YearlyReport {
        var report = ReportFixture.small()
        report.events = sectors.enumerated().map { index, mix in
            ReportFixture.event(
                "e\(index)", kind: "webinar", pt: "E\(index)", en: "E\(index)", dates: ["2025-03-1\(index)"],
                participants: mix.values.reduce(0, +), bySector: mix)
        }
        report.participations = report.events.reduce(0) { $0 + $1.participants }
        return report
    }

    @Test("a count from 1 to t-1 is hidden as <t; 0 and larger counts are shown")
    func primary() {
        let published = PublishedReport(ReportFixture.small(), threshold: 5)
        #expect(published.text(.region("Norte")) == "<5")
        #expect(published.text(.region("Nordeste")) == "20")
        #expect(published.text(.region("Centro-Oeste")) == "0")
        #expect(published.reason(.eventStaff(0)) == .belowThreshold)
    }

    @Test("a single hidden cell of a sum hides the smallest other non-zero cell as X")
    func complementary() {
        let published = PublishedReport(ReportFixture.small(), threshold: 5)
        // by region: Norte 3 would be 88 - 20 - 40 - 18 - 7; Unknown (7) is hidden with it.
        #expect(published.text(.region(ReportBuilder.unknown)) == "X")
        #expect(published.reason(.region(ReportBuilder.unknown)) == .complementary)
        #expect(published.text(.region("Sul")) == "18")
        // by sector: two hidden cells (3 and 3) of a sum of 6 can each be 2 to 4: nothing more is hidden.
        #expect(published.text(.sector("government")) == "60")
        #expect(published.text(.sector("civil_society")) == "10")
    }

    @Test("hidden cells whose sum pins them (1 + 1 = 2) get a further cell hidden")
    func pinnedPair() {
        let published = PublishedReport(
            report([["government": 1, "academia": 1, "other": 30, "unknown": 9]]), threshold: 5)
        #expect(published.text(.eventSector(0, "government")) == "<5")
        #expect(published.text(.eventSector(0, "academia")) == "<5")
        #expect(published.text(.eventSector(0, "unknown")) == "X")
        #expect(published.text(.eventSector(0, "other")) == "30")
    }

    @Test("with no cell left to hide, the total is hidden, and the sums it is part of are protected in turn")
    func totalHidden() {
        let published = PublishedReport(report([["government": 1, "unknown": 5], ["government": 50]]), threshold: 5)
        #expect(published.text(.eventSector(0, "government")) == "<5")
        #expect(published.text(.eventSector(0, "unknown")) == "X")
        #expect(published.text(.eventParticipants(0)) == "X")
        #expect(published.text(.eventParticipants(1)) == "X")
        // Its sector mix would give the hidden participants of the second event away: hidden too.
        #expect(published.text(.eventSector(1, "government")) == "X")
        #expect(published.text(.participations) == "56")
    }

    @Test("a one-session event's session count is hidden with the event's participants")
    func sessionFollowsEvent() {
        let published = PublishedReport(report([["government": 1, "unknown": 5], ["government": 50]]), threshold: 5)
        #expect(published.text(.session(0, 0)) == "X")
        #expect(published.text(.session(1, 0)) == "X")
    }

    @Test("the range of unique participants cannot give a hidden unique count away")
    func range() {
        var report = ReportFixture.small()
        report.uniqueParticipants = 3
        report.uniqueParticipantsRange = CountRange(low: 593, high: 596)
        let published = PublishedReport(report, threshold: 5)
        #expect(published.text(.uniqueParticipants) == "<5")
        // 596 = 3 + 593 (the headcount): the highest possible value is hidden with it.
        #expect(published.text(.uniqueParticipantsHigh) == "X")
        #expect(published.text(.uniqueParticipantsLow) == "593")
    }

    @Test("no threshold, or one below 2, hides nothing", arguments: [nil, 0, 1])
    func nothingHidden(threshold: Int?) {
        let published = PublishedReport(ReportFixture.small(), threshold: threshold)
        #expect(published.text(.region("Norte")) == "3")
        #expect(!published.isSuppressing)
    }

    @Test("the JSON path of a hidden cell names where it is")
    func jsonPaths() {
        #expect(
            PublishedReport.text(of: PublishedReport.jsonPath(of: .eventSector(2, "academia")) ?? [])
                == "events[2].bySector.academia")
        #expect(
            PublishedReport.text(of: PublishedReport.jsonPath(of: .session(1, 0)) ?? [])
                == "events[1].perSession[0].participants")
        #expect(PublishedReport.jsonPath(of: .totalNoShows) == nil)
    }
}
