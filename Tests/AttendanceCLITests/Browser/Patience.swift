import Foundation

/// How long a browser test waits for something: a deadline, and a least number of tries.
///
/// The suite runs many tests at once, and tests that wait for a process they started hold
/// threads of Swift's cooperative pool while they do (two threads on a two-core machine). A
/// waiting loop can then go unscheduled for longer than its deadline and give up after a try
/// or two, though the server or browser was ready all along (seen in two full-suite runs
/// while the machine also built other code). So a wait ends only when the deadline has passed
/// *and* it has tried at least `tries` times: a starved test waits longer, a broken one still fails.
struct Patience {
    private let deadline: Date
    private let tries: Int
    private var tried = 0

    init(seconds: Double, tries: Int = 40) {
        deadline = Date().addingTimeInterval(seconds)
        self.tries = tries
    }

    /// Counts a try that did not succeed; whether to try again.
    mutating func another() -> Bool {
        tried += 1
        return tried < tries || Date() < deadline
    }
}
