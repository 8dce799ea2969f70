// Entry point of the benchmark suites: `AttendanceBenchmarks <suite> [arguments]`.
// Each suite lives in its own file; add a case here for a new one.
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
do {
    switch arguments.first {
    case "csv-generate": try CSVBenchmark.generate(Array(arguments.dropFirst()))
    case "csv-read": try CSVBenchmark.read(Array(arguments.dropFirst()))
    case "year-generate": try YearGenerator.run(Array(arguments.dropFirst()))
    case "parse": try await PipelineBenchmark.parse(Array(arguments.dropFirst()))
    case "identity": try PipelineBenchmark.identity(Array(arguments.dropFirst()))
    case "report": try PipelineBenchmark.report(Array(arguments.dropFirst()))
    default:
        print("usage: AttendanceBenchmarks <suite>")
        print("  csv-generate PATH --rows N   write a Zoom-like attendance CSV (deterministic)")
        print("  csv-read PATH...             read them with CSVReader, touching every field; one JSON line")
        print("  year-generate DIR --records N [--seed S] [--year Y]")
        print("                               write a programme-year folder of about N records (deterministic)")
        print("  parse DIR [--jobs J]         recognise and parse every export of a programme folder")
        print("  identity STORE               match people in an imported store (IdentityService.run), step by step")
        print("  report STORE --year Y        build a year's report, timing each step")
        exit(arguments.isEmpty ? 0 : 2)
    }
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
