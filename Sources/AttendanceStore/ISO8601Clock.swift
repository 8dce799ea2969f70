import Foundation

/// The wall clock, as ISO 8601 text in UTC, for audit entries and import dates.
enum ISO8601Clock {
    static func now() -> String {
        ISO8601DateFormatter().string(from: Date())
    }
}
