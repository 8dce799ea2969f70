import ArgumentParser
import AttendanceCore
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
            """)

    @Argument(help: "The programme-year folder to write (created; existing files are overwritten).") var folder: String
    @Option(help: "The random seed.") var seed: UInt64 = 2021
    @Option(help: "Shrink every count by this factor (1 = the published figures).") var scale = 1.0

    func validate() throws {
        guard scale > 0, scale <= 1 else { throw ValidationError("--scale must be in (0, 1]") }
    }

    func run() throws {
        let year = DemoYearGenerator(seed: seed, scale: scale).generate()
        let url = URL(fileURLWithPath: folder)
        let truth = url.deletingLastPathComponent().appendingPathComponent(url.lastPathComponent + ".truth.json")
        try writing(option: "the folder argument") { try year.write(to: url, truthTo: truth) }
        Terminal.say("wrote \(year.files.count) files to \(folder) and the answer key to \(truth.path)")
    }
}
