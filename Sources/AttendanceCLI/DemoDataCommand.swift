import ArgumentParser
import AttendanceDemo
import Foundation

struct DemoDataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo-data",
        abstract: "Write a complete, fictional programme year (the published 2021 figures) to a folder.",
        discussion: """
            The people are fictional; the counts are the 2021 report's (1,194 participations). The same seed
            gives the same bytes. The answer key goes beside the folder (<folder>.truth.json), not inside it,
            so that it is never imported as an export.

            Examples:
              attendance demo-data Imports/2021
              attendance demo-data /tmp/small --scale 0.05 --seed 7
              attendance demo-data /tmp/held-out --seed 404 --hazards

            --hazards adds what trips a matcher on lists it has never seen (namesakes at other governments,
            a namesake's address typed by another person, Gabriel/Gabriela, a short name inside a long one,
            name-only rows beside a namesake with a CPF, a misspelt Teams guest, one person with two addresses
            and other middle names, an empty row after a header, many namesakes in the course); each record
            lists its hazard in the answer key. Without it the files are the same bytes as always.
            A scale above 1 writes a larger year for benchmarks (23.3 gives about 100,000 records).
            """)

    @Argument(help: "The programme-year folder to write (created; existing files are overwritten).") var folder: String
    @Option(help: "The random seed.") var seed: UInt64 = 2021
    @Option(help: "Multiply every count by this factor (1 = the published figures; at most 100).") var scale = 1.0
    @Flag(help: "Add the hazards of lists never seen (namesakes, a borrowed address…) at field rates.")
    var hazards = false

    func validate() throws {
        guard scale > 0, scale <= 100 else { throw ValidationError("--scale must be in (0, 100]") }
    }

    func run() throws {
        let year = DemoYearGenerator(seed: seed, scale: scale, hazards: hazards ? .field : .off).generate()
        let truth = try writing(option: "the folder argument") { try year.write(to: URL(fileURLWithPath: folder)) }
        Terminal.say("wrote \(year.files.count) files to \(folder) and the answer key to \(truth.path)")
    }
}
