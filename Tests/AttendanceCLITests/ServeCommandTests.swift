import ArgumentParser
import Testing

@testable import AttendanceCLI

/// `attendance serve`: its options and their limits (the server itself is tested in AttendanceServerTests).
@Suite struct ServeCommandTests {
    @Test("defaults: 127.0.0.1, port 8080, 64 MiB uploads")
    func defaults() throws {
        let command = try #require(try AttendanceCommand.parseAsRoot(["serve"]) as? ServeCommand)
        #expect(command.host == "127.0.0.1")
        #expect(command.port == 8080)
        #expect(command.uploadLimit == 64)
    }

    @Test(
        "a port outside 0-65535 and an upload limit below 1 are refused",
        arguments: [
            ["serve", "--port", "70000"], ["serve", "--port", "-1"], ["serve", "--upload-limit", "0"],
        ])
    func refused(arguments: [String]) {
        #expect(throws: (any Error).self) { try AttendanceCommand.parseAsRoot(arguments) }
    }
}
