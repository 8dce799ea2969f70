// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "attendance",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "attendance", targets: ["AttendanceCLI"]),
        .library(name: "AttendanceService", targets: ["AttendanceService"]),
        .library(name: "AttendanceCSV", targets: ["AttendanceCSV"]),
        .library(name: "AttendanceServer", targets: ["AttendanceServer"]),
    ],
    dependencies: [
        // Command-line parsing for the thin CLI shell (help, validation, subcommands).
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // The embedded SQLite store: migrations, WAL, prepared statements.
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // SHA-256 and HMAC-SHA256 (file identity, content fingerprints, CPF and e-mail match keys):
        // vetted, hardware-accelerated code instead of security code of our own to audit.
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // The ZIP container of .xlsx workbooks, read and written (DEFLATE through the system zlib):
        // no ZIP or DEFLATE code of our own. The XML inside goes through Foundation's FoundationXML.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // The HTTP server of `attendance serve`: async/await, no SwiftNIO, so it adds little to a clean build.
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
        // `make docs`: the DocC catalog of AttendanceService rendered by `swift package generate-documentation`.
        // A command plugin only: `swift build` builds none of it.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(name: "CLibCSV", path: "Sources/CLibCSV", providers: [.apt(["libcsv-dev"])]),
        // The layers of the library, bottom to top: each imports only those below it.
        // 1. CSV through libcsv: bytes in, fields out.
        .target(name: "AttendanceCSV", dependencies: ["CLibCSV"]),
        // 2. The vocabulary every layer shares: records, events, days, CPFs, e-mails, places (IBGE),
        //    match keys and masking, one text folding, the words of the outputs.
        .target(
            name: "AttendanceModel",
            dependencies: ["AttendanceCSV", .product(name: "Crypto", package: "swift-crypto")],
            resources: [.copy("Resources")]
        ),
        // 3. Every platform's export read into records.
        .target(
            name: "AttendanceFormats",
            dependencies: [
                "AttendanceModel", "AttendanceCSV", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // 4. Records in, persons out: features, blocking, scoring, learned weights, clusters, questions.
        .target(name: "AttendanceIdentity", dependencies: ["AttendanceModel"]),
        // 5. The SQLite store: files, records, persons, decisions, audit.
        .target(
            name: "AttendanceStore",
            dependencies: [
                "AttendanceModel", "AttendanceIdentity", .product(name: "GRDB", package: "GRDB.swift"),
                // The SQLite C API GRDB itself links, for binding bulk inserts without boxing (BulkStatement).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        // 6. The counting rules: a year's figures from the store.
        .target(name: "AttendanceTotals", dependencies: ["AttendanceModel", "AttendanceStore"]),
        // 7. The figures written: text, Markdown, HTML with charts, CSV, JSON, .xlsx; personal-data exports.
        .target(
            name: "AttendanceReports",
            dependencies: [
                "AttendanceModel", "AttendanceCSV", "AttendanceFormats", "AttendanceIdentity", "AttendanceStore",
                "AttendanceTotals", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // 8. The service: import → match → save, review, people; what the shells call.
        .target(
            name: "AttendanceService",
            dependencies: [
                "AttendanceModel", "AttendanceCSV", "AttendanceFormats", "AttendanceIdentity", "AttendanceStore",
                "AttendanceTotals", "AttendanceReports",
            ]
        ),
        // Fictional programme years with an answer key: the demo's, the tests' and the benchmarks' data;
        // never part of the product (no library product).
        .target(name: "AttendanceDemo", dependencies: ["AttendanceModel", "AttendanceCSV"]),
        // The two shells see the library as its users do: `packageAccess: false` hides the layers'
        // `package` declarations from them, so the compiler keeps them thin shells over the public API.
        .target(
            name: "AttendanceServer",
            dependencies: [
                "AttendanceService", .product(name: "FlyingFox", package: "FlyingFox"),
                // A zipped folder uploaded to `serve`: read with the same ZIP code as the .xlsx workbooks.
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            packageAccess: false
        ),
        .executableTarget(
            name: "AttendanceCLI",
            dependencies: [
                "AttendanceService", "AttendanceDemo", "AttendanceServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            packageAccess: false
        ),
        .executableTarget(
            name: "AttendanceBenchmarks", dependencies: ["AttendanceService", "AttendanceDemo"],
            path: "Benchmarks/AttendanceBenchmarks"),
        .executableTarget(name: "CSVFloor", path: "Benchmarks/CSVFloor", linkerSettings: [.linkedLibrary("csv")]),
        .testTarget(name: "AttendanceCSVTests", dependencies: ["AttendanceCSV"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "AttendanceCoreTests",
            dependencies: ["AttendanceService", "AttendanceDemo"],  // some pipeline tests import a generated year
            resources: [.copy("Fixtures")]
        ),
        // Fixtures the test targets share.
        .target(name: "AttendanceTestFixtures", path: "Tests/AttendanceTestFixtures"),
        // The README's example as a library user compiles it: no package access, the public API only.
        .testTarget(
            name: "AttendanceAPITests", dependencies: ["AttendanceService", "AttendanceTestFixtures"],
            packageAccess: false
        ),
        .testTarget(name: "AttendanceDemoTests", dependencies: ["AttendanceDemo", "AttendanceService"]),
        .testTarget(
            name: "AttendanceCLITests",
            dependencies: [
                "AttendanceCLI", "AttendanceService", "AttendanceDemo", "AttendanceTestFixtures",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "AttendanceServerTests",
            dependencies: [
                "AttendanceServer", "AttendanceService", "AttendanceTestFixtures",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
    ]
)

for target in package.targets where target.type != .system {
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    settings.append(.enableUpcomingFeature("MemberImportVisibility"))
    target.swiftSettings = settings
}
