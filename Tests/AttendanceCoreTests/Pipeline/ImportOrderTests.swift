import AttendanceDemo
import Foundation
import Testing

@testable import AttendanceFormats
@testable import AttendanceModel
@testable import AttendanceReports
@testable import AttendanceService
@testable import AttendanceStore
@testable import AttendanceTotals

/// The same exports give the same persons and figures whatever the order they are imported in:
/// all at once, file by file in reverse, or in two halves with matching in between.
@Suite struct ImportOrderTests {
    let root: URL
    let year: DemoYear
    let folder: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("import-order-\(UUID().uuidString)")
        year = DemoYearGenerator(seed: 31, scale: 0.08).generate()
        folder = root.appendingPathComponent("2021")
        try year.write(to: folder)
    }

    /// The exports of the year as (event, path), in the generator's order.
    var exports: [(event: String, path: String)] {
        year.files.map(\.path).filter { $0.contains("/") }.sorted().map { path in
            (String(path.split(separator: "/")[0]), folder.appendingPathComponent(path).path)
        }
    }

    /// A store holding only the year's catalog.
    func catalogOnly(_ name: String) async throws -> Store {
        let catalog = root.appendingPathComponent("catalog-\(name)")
        try FileManager.default.createDirectory(at: catalog, withIntermediateDirectories: true)
        for file in ["events.csv", "certifications.csv"] {
            try FileManager.default.copyItem(
                at: folder.appendingPathComponent(file), to: catalog.appendingPathComponent(file))
        }
        let store = try Store(path: root.appendingPathComponent("\(name).sqlite").path)
        _ = try await Importer(store: store).importPaths([catalog.path])
        return store
    }

    func importFiles(_ files: [(event: String, path: String)], into store: Store) async throws {
        for file in files {
            let summary = try await Importer(store: store).importPaths(
                [file.path], options: ImportOptions(eventID: file.event))
            #expect(summary.failed == 0, "\(file.path)")
        }
    }

    /// The report as JSON with its provenance, the generation date pinned.
    func reportJSON(_ store: Store) throws -> String {
        let provenance = try store.provenance(generatedAt: Date(timeIntervalSince1970: 1_609_459_200))
        return try IdentityService(store: store).current { try store.yearlyReport(year: 2021) }.jsonText(
            provenance: provenance)
    }

    @Test("all at once, file by file in reverse, and in two halves give the same report")
    func sameFiguresWhateverTheOrder() async throws {
        let together = try Store(path: root.appendingPathComponent("together.sqlite").path)
        _ = try await Importer(store: together).importPaths([folder.path])
        let reference = try reportJSON(together)
        #expect(reference.contains("\"storeFingerprint\" : \"\(try together.fingerprint())\""))
        let participations = try together.yearlyReport(year: 2021).participations
        #expect(participations == year.truth.expected.participations)

        let reversed = try await catalogOnly("reversed")
        try await importFiles(exports.reversed(), into: reversed)
        #expect(try reportJSON(reversed) == reference)

        // Second half first, matched, then the first half: person ids differ, figures do not.
        let halves = try await catalogOnly("halves")
        let middle = exports.count / 2
        try await importFiles(Array(exports[middle...]), into: halves)
        try IdentityService(store: halves).run()
        try await importFiles(Array(exports[..<middle]), into: halves)
        #expect(try reportJSON(halves) == reference)
    }
}
