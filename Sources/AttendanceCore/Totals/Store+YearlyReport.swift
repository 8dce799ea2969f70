extension Store {
    /// The report of one programme year, computed from one consistent state of the store.
    ///
    /// Records, persons, catalog and files are read in one snapshot whose persons were matched
    /// from its records (``IdentityGeneration``): a report never mixes an import in progress, or
    /// one interrupted before matching, with the persons of an earlier state.
    ///
    /// - Throws: ``ImportError/notFound(_:)`` when the catalog has no event in that year;
    ///   ``StoreError/identityOutOfDate(path:unmatchedRecords:)`` when people were not matched
    ///   since the store last changed (``IdentityService/current(_:)`` matches them first).
    public func yearlyReport(year: Int, places: PlaceDirectory? = nil) throws -> YearlyReport {
        let places = try places ?? PlaceDirectory.bundled()
        let input = try consistentRead { _ in
            let events = try self.events()
            guard events.contains(where: { $0.year == year }) else {
                throw ImportError.notFound("no event of \(year) in the catalog (import its events.csv first)")
            }
            return ReportInput(
                year: year, events: events, records: try countingRecords(year: year), people: try personAttributes(),
                certifications: try certifications(), resolve: { IdentityService.resolve($0, places: places) },
                fileCount: try files().filter { file in events.contains { $0.id == file.eventID && $0.year == year } }
                    .count
            )
        }
        return ReportBuilder.build(input)
    }
}
