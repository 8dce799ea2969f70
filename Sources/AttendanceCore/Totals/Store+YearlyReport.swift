extension Store {
    /// The report of one programme year, computed from what the store holds now.
    ///
    /// - Throws: ``ImportError/notFound(_:)`` when the catalog has no event in that year.
    public func yearlyReport(year: Int, places: PlaceDirectory? = nil) throws -> YearlyReport {
        let places = try places ?? PlaceDirectory.bundled()
        let events = try self.events()
        guard events.contains(where: { $0.year == year }) else {
            throw ImportError.notFound("no event of \(year) in the catalog (import its events.csv first)")
        }
        let input = ReportInput(
            year: year, events: events, records: try countingRecords(year: year), people: try personAttributes(),
            certifications: try certifications(), resolve: { IdentityService.resolve($0, places: places) },
            fileCount: try files().filter { file in events.contains { $0.id == file.eventID && $0.year == year } }.count
        )
        return ReportBuilder.build(input)
    }
}
