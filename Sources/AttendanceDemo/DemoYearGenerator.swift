import Foundation

/// Writes a complete, fictional programme year of MigraCidades: the catalog, the certified
/// governments and every event's exports, as the platforms write them, with the mess real
/// lists carry — and the answer key.
///
/// At scale 1 the year has the published figures of 2021: 11 events with 21, 75, 64, 76, 52,
/// 61, 63, 63, 72, 54 and 593 participants (1,194 participations, 787 distinct people), the
/// SUAS workshop's participants from exactly the 21 governments certified in both years, and
/// the virtual school's 2,176 completions by 2,120 people, 1,632 of them public servants. A
/// small Moodle class of the course is added as a course of its own. Every person is invented;
/// places, governments and certifications are real.
///
/// The same seed gives the same bytes on every run and platform.
///
/// ```swift
/// let year = DemoYearGenerator(seed: 2021).generate()
/// try year.write(to: URL(fileURLWithPath: "Imports/2021"))  // and Imports/2021.truth.json
/// ```
///
/// The benchmarks' years are the same year at a large scale (about 4,235 records per unit of
/// scale), with lists split into parts of 200,000 rows and written as they are made
/// (``write(to:)``): the package has one generator of programme years.
public struct DemoYearGenerator: Sendable {
    /// The seed of every draw.
    package let seed: UInt64
    /// The programme year generated.
    package let year: Int
    /// The share of the published counts generated, in `0.01...2000`.
    package let scale: Double
    /// Whether the year carries the hazards of unseen lists (namesakes, a borrowed address…).
    package let hazards: DemoHazards
    /// The most records one plain list (forms, Sympla, the typed list, certificates, Moodle)
    /// holds; a longer one is split into parts `<name>-parte01.csv`…, each with the header, as
    /// people download big lists. `nil` (the default) keeps every list in one file.
    package let maximumRowsPerFile: Int?

    /// The largest scale: about 8.5 million records.
    package static let maximumScale = 2000.0

    /// - Parameters:
    ///   - seed: Any number; the same seed gives the same files.
    ///   - year: The programme year; events keep their 2021 days and months, certifications are
    ///     of `year - 1` and `year`, the course runs from June of `year - 1` to January of `year + 1`.
    ///   - scale: Shrinks every count proportionally (0.05 for fast tests), keeping at least a
    ///     few records per file and every format and kind of mess. Values outside
    ///     `0.01...2000` are clamped; 1 gives the published figures. Above 1 (benchmark years:
    ///     scale 23.3 gives 98,663 records, 23.6 about 100,000) the counts grow in proportion and first name plus last surname
    ///     no longer identifies a person, as in any large population; full names still do,
    ///     except for the homonyms and hazards made on purpose.
    ///   - hazards: ``DemoHazards/off`` (the default) writes the year as it always was;
    ///     ``DemoHazards/field`` adds the hazards, each kind at least once.
    ///   - maximumRowsPerFile: `nil` (the default) for one file per list; a number of rows
    ///     (at least 1) to split longer lists into parts.
    public init(
        seed: UInt64, year: Int = 2021, scale: Double = 1.0, hazards: DemoHazards = .off,
        maximumRowsPerFile: Int? = nil
    ) {
        self.seed = seed
        self.year = year
        self.scale = scale.isFinite ? min(max(scale, 0.01), Self.maximumScale) : 1
        self.hazards = hazards
        self.maximumRowsPerFile = maximumRowsPerFile.map { max($0, 1) }
    }

    /// Generates the year: the files in path order and their answer key.
    public func generate() -> DemoYear {
        var builder = makeBuilder(writer: nil)
        return builder.run()
    }

    /// Generates the year straight into `folder` (created when missing; files of the same name
    /// replaced), each export written as soon as it is complete, without the answer key: a
    /// benchmark year of millions of records, whose files and key would not fit in memory.
    ///
    /// The files are the bytes ``generate()`` gives.
    ///
    /// - Returns: The files, records and people written.
    /// - Throws: `ExportError` naming the folder or file that cannot be written.
    package func write(to folder: URL) throws -> DemoYearCounts {
        let writer = try DemoFolderWriter(folder: folder)
        var builder = makeBuilder(writer: writer)
        for file in builder.catalogFiles() { writer.write(file) }
        builder.writeExports()
        try writer.finish()
        return DemoYearCounts(files: writer.files, records: writer.records, people: builder.population.people.count)
    }

    private func makeBuilder(writer: DemoFolderWriter?) -> DemoYearBuilder {
        DemoYearBuilder(
            seed: seed, year: year, scale: scale, hazards: hazards, maximumRowsPerFile: maximumRowsPerFile,
            writer: writer)
    }
}

/// What ``DemoYearGenerator/write(to:)`` wrote.
package struct DemoYearCounts: Sendable, Hashable {
    /// Files written, the two catalogs included.
    package var files: Int
    /// Data records of the exports (a row of a list, a stay in a call, a host's row…).
    package var records: Int
    /// People made, whether or not every one of them appears in a list.
    package var people: Int
}
