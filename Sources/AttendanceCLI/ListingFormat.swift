import ArgumentParser
import Foundation

/// How a listing command (`events`, `sources`, `people`, `audit`) prints: a table for reading, or
/// JSON for scripts.
enum ListingFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// The JSON the listing commands print: one array of objects, keys sorted, one field per line.
///
/// Field names are part of the command line's interface (the README lists them): add fields, never
/// rename or remove one.
enum ListingJSON {
    /// `items` as a JSON array, followed by a line break.
    static func text(_ items: [some Encodable]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(items), as: UTF8.self) + "\n"
    }
}
