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
public struct DemoYearGenerator: Sendable {
    /// The seed of every draw.
    public let seed: UInt64
    /// The programme year generated.
    public let year: Int
    /// The share of the published counts generated, in `0.01...100`.
    public let scale: Double
    /// Whether the year carries the hazards of unseen lists (namesakes, a borrowed address…).
    public let hazards: DemoHazards

    /// - Parameters:
    ///   - seed: Any number; the same seed gives the same files.
    ///   - year: The programme year; events keep their 2021 days and months, certifications are
    ///     of `year - 1` and `year`, the course runs from June of `year - 1` to January of `year + 1`.
    ///   - scale: Shrinks every count proportionally (0.05 for fast tests), keeping at least a
    ///     few records per file and every format and kind of mess. Values outside `0.01...100`
    ///     are clamped; 1 gives the published figures. Above 1 (benchmark years: scale 23.3 gives
    ///     about 100,000 records) the counts grow in proportion and first name plus last surname
    ///     no longer identifies a person, as in any large population; full names still do,
    ///     except for the homonyms and hazards made on purpose.
    ///   - hazards: ``DemoHazards/off`` (the default) writes the year as it always was;
    ///     ``DemoHazards/field`` adds the hazards, each kind at least once.
    public init(seed: UInt64, year: Int = 2021, scale: Double = 1.0, hazards: DemoHazards = .off) {
        self.seed = seed
        self.year = year
        self.scale = scale.isFinite ? min(max(scale, 0.01), 100) : 1
        self.hazards = hazards
    }

    /// Generates the year: the files in path order and their answer key.
    public func generate() -> DemoYear {
        var builder = DemoYearBuilder(seed: seed, year: year, scale: scale, hazards: hazards)
        return builder.run()
    }
}
