import Foundation

/// The one lock around every use of Foundation's XML (`XMLParser`, `XMLDocument`, `XMLElement`).
///
/// On Linux Foundation's XML is libxml2, whose global state is not safe to use from two threads
/// at once: building, parsing and freeing XML on two threads crashes the process with a bad
/// pointer (seen when the tests ran workbooks in parallel; `attendance serve` reads and writes
/// workbooks for several browsers at once). Every XML object is created, used and released
/// inside ``withLock(_:)``, so libxml2 only ever runs on one thread at a time.
package enum FoundationXMLLock {
    private static let lock = NSLock()

    /// Runs `body` while no other thread uses Foundation's XML; nothing XML may escape `body`.
    package static func withLock<Result>(_ body: () throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }
}
