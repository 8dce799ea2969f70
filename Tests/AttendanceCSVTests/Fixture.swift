import Foundation

/// Locates the hand-written files under this test target's `Fixtures/` folder.
enum Fixture {
    struct Missing: Error, CustomStringConvertible {
        let name: String
        var description: String { "no fixture named \(name)" }
    }

    /// The path of `Fixtures/<name>` (a file or a folder).
    static func path(_ name: String) throws -> String {
        guard let root = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            throw Missing(name: name)
        }
        let url = root.appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else { throw Missing(name: name) }
        return url.path
    }
}
