import AttendanceService
import Foundation

/// Stages of the import pipeline timed one by one on a generated year (`Benchmarks/pipeline.sh`).
enum PipelineBenchmark {
    /// `parse DIR [--jobs J]`: format recognition and parsing (``ExportReader/read(path:displayName:mapping:)``)
    /// of every export of a programme folder, J files at a time (2, as the importer does); nothing is stored.
    /// Prints one JSON line: files, bytes, records, issues, seconds, CPU seconds, records/s, MB/s, peak RSS.
    static func parse(_ arguments: [String]) async throws {
        guard let directory = arguments.first else {
            throw CSVBenchmark.Usage(description: "usage: parse DIR [--jobs J]")
        }
        let jobs = arguments.count >= 3 && arguments[1] == "--jobs" ? max(1, Int(arguments[2]) ?? 2) : 2
        let plan = try ImportPlan.make(paths: [directory], eventID: nil)
        let files = plan.jobs
        let bytes = files.reduce(0) { total, job in
            total + ((try? FileManager.default.attributesOfItem(atPath: job.path)[.size] as? Int) ?? 0)
        }
        let clock = ContinuousClock()
        let cpuStart = CSVBenchmark.processCPUSeconds()
        var records = 0
        var issues = 0
        let elapsed = try await clock.measure {
            try await withThrowingTaskGroup(of: (Int, Int).self) { group in
                var next = 0
                func launch() {
                    guard next < files.count else { return }
                    let job = files[next]
                    next += 1
                    group.addTask {
                        let parsed = try ExportReader.read(path: job.path, displayName: job.displayPath)
                        return (parsed.records.count, parsed.issues.count)
                    }
                }
                for _ in 0..<jobs { launch() }
                while let (count, issueCount) = try await group.next() {
                    records += count
                    issues += issueCount
                    launch()
                }
            }
        }
        let seconds = elapsed.seconds
        print(
            String(
                format: "{\"stage\":\"parse\",\"files\":%d,\"bytes\":%d,\"records\":%d,\"issues\":%d,\"seconds\":%.3f,"
                    + "\"cpu_seconds\":%.3f,\"records_per_s\":%.0f,\"mb_per_s\":%.1f,\"peak_rss_kib\":%d}",
                files.count, bytes, records, issues, seconds, CSVBenchmark.processCPUSeconds() - cpuStart,
                Double(records) / seconds, Double(bytes) / 1e6 / seconds, CSVBenchmark.peakRSSKiB()))
    }

    /// `identity STORE`: runs ``IdentityService/run()`` on an imported store and prints one JSON
    /// line with its time, CPU time, peak RSS, summary and the run's own timing of each step
    /// (``IdentitySummary/phases``): where the identity time goes.
    static func identity(_ arguments: [String]) throws {
        guard arguments.count == 1, let path = arguments.first else {
            throw CSVBenchmark.Usage(description: "usage: identity STORE")
        }
        let store = try Store(path: path)
        let cpuStart = CSVBenchmark.processCPUSeconds()
        var summary: IdentitySummary?
        let elapsed = try ContinuousClock().measure { summary = try IdentityService(store: store).run() }
        let phases = (summary?.phases ?? []).map { String(format: "\"%@\":%.3f", $0.name, $0.seconds) }
            .joined(separator: ",")
        print(
            String(
                format:
                    "{\"stage\":\"identity\",\"seconds\":%.3f,\"cpu_seconds\":%.3f,\"peak_rss_kib\":%d,"
                    + "\"phases\":{%@},\"summary\":\"%@\"}",
                elapsed.seconds, CSVBenchmark.processCPUSeconds() - cpuStart, CSVBenchmark.peakRSSKiB(), phases,
                (summary?.description ?? "").replacingOccurrences(of: "\"", with: "'")))
    }
}

extension PipelineBenchmark {
    /// `report STORE --year Y`: builds the year's report the way `Store.yearlyReport` does, timing
    /// each step (places, catalog, counting records, person attributes, the counting), one JSON line.
    static func report(_ arguments: [String]) throws {
        guard arguments.count == 3, arguments[1] == "--year", let year = Int(arguments[2]) else {
            throw CSVBenchmark.Usage(description: "usage: report STORE --year Y")
        }
        let store = try Store(path: arguments[0])
        let clock = ContinuousClock()
        var times: [(String, Double)] = []
        func timed<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
            var value: T?
            let elapsed = try clock.measure { value = try body() }
            times.append((name, elapsed.seconds))
            return value!
        }
        let places = try timed("places") { try PlaceDirectory.bundled() }
        let events = try timed("events") { try store.events() }
        let records = try timed("counting_records") { try store.countingRecords(year: year) }
        let people = try timed("person_attributes") { try store.personAttributes() }
        let certifications = try timed("certifications") { try store.certifications() }
        let files = try timed("files") { try store.files() }
        let service = try IdentityService(store: store, places: places)
        let report = timed("build") {
            ReportBuilder.build(
                ReportInput(
                    year: year, events: events, records: records, people: people, certifications: certifications,
                    resolve: { service.resolve($0) }, fileCount: files.count))
        }
        let phases = times.map { String(format: "\"%@\":%.3f", $0.0, $0.1) }.joined(separator: ",")
        print(
            "{\"stage\":\"report-phases\",\(phases),\"records\":\(records.count),"
                + "\"participations\":\(report.participations),\"peak_rss_kib\":\(CSVBenchmark.peakRSSKiB())}")
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
