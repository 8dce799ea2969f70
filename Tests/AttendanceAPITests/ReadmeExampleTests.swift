import AttendanceService
import AttendanceTestFixtures
import Foundation
import Testing

/// The README's Swift example, compiled as a library user compiles it: this target has no
/// package access (Package.swift), so it sees only the public API; if the example needs
/// something that is not public, this file does not build.
@Suite struct ReadmeExampleTests {
    /// Writes the shared one-question programme year into a fresh folder and returns the folder.
    static func folder() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("readme-\(UUID().uuidString)")
        try ProgrammeFixture.write(
            ProgrammeFixture.oneOpenQuestion, to: root.appendingPathComponent("Imports/2021"))
        return root
    }

    @Test("the README's example imports, matches, counts and answers the open question as it says")
    func example() async throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let path = root.appendingPathComponent("attendance.sqlite").path

        // The README's lines, with the paths of this test.
        let store = try Store(path: path)
        let summary = try await Importer(store: store).importPaths([root.appendingPathComponent("Imports").path])
        let identity = try IdentityService(store: store)
        try identity.bringUpToDate()
        let report = try identity.current { try store.yearlyReport(year: 2021) }
        let questions = try identity.current { try store.reviewQuestions() }
        try store.answer(
            questions.map { ReviewAnswer(question: $0.id, isSamePerson: false, note: "checked") }, author: "maria")
        try identity.run()
        let after = try identity.current { try store.yearlyReport(year: 2021) }

        #expect(summary.imported == 2)
        #expect(report.participations == 5)
        // The matcher joined Eliane Neves's two addresses, unsure: one person until answered.
        #expect(report.uniqueParticipants == 4)
        #expect(report.events.map(\.id) == ["2021-03-10-webinario", "2021-04-20-oficina"])
        #expect(report.events.map(\.participants) == [3, 2])
        #expect(questions.count == 1)
        #expect(after.participations == 5)
        #expect(after.uniqueParticipants == 5)
        #expect(try identity.current { try store.reviewQuestions() }.isEmpty)
    }
}
