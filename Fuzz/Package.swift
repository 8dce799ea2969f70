// swift-tools-version:5.4
// libFuzzer targets for the attendance package: build and run them with `Fuzz/run.sh TARGET SECONDS`
// (see SECURITY.md). Kept apart from the main package so that its build and tests never see them.
//
// Tools version 5.4 on purpose: from 5.5 SwiftPM renames an executable's `main` so that tests can
// link it, and the link then wants a main function the harness does not have (libFuzzer brings
// `main`; each harness's `main.swift` only defines `LLVMFuzzerTestOneInput`, compiled with
// `-parse-as-library`). It also lets the dependency be named by its manifest name, whatever the
// folder (a worktree) is called.
import PackageDescription

let package = Package(
    name: "AttendanceFuzz",
    dependencies: [.package(name: "attendance", path: "..")],
    targets: [
        .target(name: "FuzzSupport", dependencies: [.product(name: "AttendanceCSV", package: "attendance")]),
        .executableTarget(
            name: "FuzzCSVReader",
            dependencies: ["FuzzSupport", .product(name: "AttendanceCSV", package: "attendance")]),
        .executableTarget(
            name: "FuzzDialect",
            dependencies: ["FuzzSupport", .product(name: "AttendanceCSV", package: "attendance")]),
        .executableTarget(
            name: "FuzzExportReader",
            dependencies: [
                "FuzzSupport", .product(name: "AttendanceService", package: "attendance"),
                .product(name: "AttendanceCSV", package: "attendance"),
            ]),
    ]
)
