import AttendanceDemo
import AttendanceFormats
import AttendanceModel
import AttendanceReports
import AttendanceService
import AttendanceStore
import AttendanceTotals
import Foundation
import Testing

/// Keeps the demo honest: a small year from the same generator goes through the whole pipeline
/// (import, identity, report) and must come out with the figures the generator recorded.
@Suite struct DemoPipelineTests {
    @Test("import, identity and report recover a generated year's known counts", arguments: [UInt64(7), 11])
    func recoversKnownCounts(seed: UInt64) async throws {
        let year = DemoYearGenerator(seed: seed, scale: 0.05).generate()
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("demo-pipeline-\(UUID().uuidString)")
        let folder = root.appendingPathComponent("2021")
        try year.write(to: folder)
        let store = try Store(path: root.appendingPathComponent("store.sqlite").path)
        let summary = try await Importer(store: store).importPaths([folder.path])
        #expect(summary.failed == 0)
        #expect(summary.imported == year.files.count - 2)  // every export; the two catalogs are not exports
        try IdentityService(store: store).run()
        let report = try store.yearlyReport(year: year.truth.expected.year)
        let expected = year.truth.expected

        #expect(report.participations == expected.participations)
        #expect(report.uniqueParticipants == expected.uniqueParticipants)
        let events = Dictionary(uniqueKeysWithValues: report.events.map { ($0.id, $0) })
        for event in expected.events {
            #expect(events[event.id]?.participants == event.participants, "participants of \(event.id)")
            #expect(events[event.id]?.registrants == event.registrants, "registrants of \(event.id)")
            #expect(events[event.id]?.sessions == event.sessions, "sessions of \(event.id)")
        }
        let courses = Dictionary(uniqueKeysWithValues: report.courses.map { ($0.id, $0) })
        for course in expected.courses {
            #expect(courses[course.id]?.completions == course.completions, "completions of \(course.id)")
            #expect(courses[course.id]?.completers == course.completers, "completers of \(course.id)")
            #expect(courses[course.id]?.publicServants == course.publicServants, "public servants of \(course.id)")
        }
        let certified = expected.certifications[String(expected.year)] ?? [:]
        #expect(report.certification.municipalities == certified["municipio"])
        #expect(report.certification.states == certified["estado"])
    }
}
