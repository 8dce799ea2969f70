// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "attendance",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "attendance", targets: ["AttendanceCLI"]),
        .library(name: "AttendanceCore", targets: ["AttendanceCore"]),
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
    ],
    targets: [
        .systemLibrary(name: "CLibCSV", path: "Sources/CLibCSV", providers: [.apt(["libcsv-dev"])]),
        .target(name: "AttendanceCSV", dependencies: ["CLibCSV"]),
        .target(
            name: "AttendanceCore",
            dependencies: [
                "AttendanceCSV", .product(name: "GRDB", package: "GRDB.swift"),
                // The SQLite C API GRDB itself links, for binding bulk inserts without boxing (Store/BulkStatement).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Resources")]
        ),
        // The demo and benchmark year generator: test data, never part of the product (no library product).
        .target(name: "AttendanceDemo", dependencies: ["AttendanceCore", "AttendanceCSV"]),
        .target(
            name: "AttendanceServer",
            dependencies: [
                "AttendanceCore", .product(name: "FlyingFox", package: "FlyingFox"),
                // A zipped folder uploaded to `serve`: read with the same ZIP code as the .xlsx workbooks.
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .executableTarget(
            name: "AttendanceCLI",
            dependencies: [
                "AttendanceCore", "AttendanceCSV", "AttendanceDemo", "AttendanceServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "AttendanceBenchmarks", dependencies: ["AttendanceCore", "AttendanceCSV", "AttendanceDemo"], path: "Benchmarks/AttendanceBenchmarks"),
        .executableTarget(name: "CSVFloor", path: "Benchmarks/CSVFloor", linkerSettings: [.linkedLibrary("csv")]),
        .testTarget(name: "AttendanceCSVTests", dependencies: ["AttendanceCSV"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "AttendanceCoreTests",
            dependencies: ["AttendanceCore", "AttendanceDemo"],  // some pipeline tests import a generated year
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "AttendanceDemoTests", dependencies: ["AttendanceDemo", "AttendanceCore", "AttendanceCSV"]),
        .testTarget(
            name: "AttendanceCLITests",
            dependencies: [
                "AttendanceCLI", "AttendanceDemo", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "AttendanceServerTests",
            dependencies: ["AttendanceServer", "AttendanceCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
    ]
)

for target in package.targets where target.type != .system {
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    settings.append(.enableUpcomingFeature("MemberImportVisibility"))
    target.swiftSettings = settings
}
