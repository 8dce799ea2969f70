import AttendanceModel
import AttendanceStore
extension Store {
    /// The report of one programme year, computed from one consistent state of the store.
    ///
    /// Records, persons, catalog and files are read in one snapshot whose persons were matched
    /// from its records (`IdentityGeneration`): a report never mixes an import in progress, or
    /// one interrupted before matching, with the persons of an earlier state.
    ///
    /// - Throws: `StoreError/noEvent(year:)` when the catalog has no event in that year;
    ///   `StoreError/identityOutOfDate(path:unmatchedRecords:)` when people were not matched
    ///   since the store last changed (`IdentityService/current(_:)` matches them first).
    public func yearlyReport(year: Int, places: PlaceDirectory? = nil) throws -> YearlyReport {
        let places = try places ?? PlaceDirectory.bundled()
        let input = try consistentRead { _ in
            let events = try self.events()
            guard events.contains(where: { $0.year == year }) else {
                throw StoreError.noEvent(year: year)
            }
            return ReportInput(
                year: year, events: events, records: try countingRecords(year: year), people: try personAttributes(),
                certifications: try certifications(), resolve: { places.government(certified: $0) },
                fileCount: try files().filter { file in events.contains { $0.id == file.eventID && $0.year == year } }
                    .count
            )
        }
        return ReportBuilder.build(input)
    }

    /// The years `years` side by side, computed from one consistent state of the store: each
    /// year's headline figures, the people who took part in events in two or more of them, and
    /// the governments certified in two or more of them.
    ///
    /// - Throws: `StoreError/noEvent(year:)` naming the first year of the range without an event
    ///   in the catalog; `StoreError/identityOutOfDate(path:unmatchedRecords:)` as
    ///   ``yearlyReport(year:places:)`` does.
    public func multiYearReport(years: ClosedRange<Int>, places: PlaceDirectory? = nil) throws -> MultiYearReport {
        let places = try places ?? PlaceDirectory.bundled()
        let resolve: @Sendable (Certification) -> ResolvedGovernment? = { places.government(certified: $0) }
        let inputs = try consistentRead { _ in
            let events = try self.events()
            if let missing = years.first(where: { year in !events.contains { $0.year == year } }) {
                throw StoreError.noEvent(year: missing)
            }
            let people = try personAttributes()
            let certifications = try certifications()
            let files = try files()
            return try years.map { year in
                ReportInput(
                    year: year, events: events, records: try countingRecords(year: year), people: people,
                    certifications: certifications, resolve: resolve,
                    fileCount: files.filter { file in events.contains { $0.id == file.eventID && $0.year == year } }
                        .count)
            }
        }
        return ReportBuilder.multiYear(inputs)
    }
}
