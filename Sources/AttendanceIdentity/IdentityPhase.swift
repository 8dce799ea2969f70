/// One step of an identity run and how long it took: where the time of a large run goes.
package struct IdentityPhase: Sendable, Hashable {
    /// The step, as benchmarks print it (`features`, `scoring`, `profiles`…).
    package var name: String
    /// Its wall-clock time.
    package var seconds: Double

    package init(name: String, seconds: Double) {
        self.name = name
        self.seconds = seconds
    }
}

/// Times consecutive steps: each ``mark(_:)`` closes the step that began at the previous mark.
package struct PhaseClock {
    private let clock = ContinuousClock()
    private var start: ContinuousClock.Instant
    package private(set) var phases: [IdentityPhase] = []

    package init() {
        start = clock.now
    }

    /// Ends the current step under `name`; the next begins now.
    package mutating func mark(_ name: String) {
        let now = clock.now
        let elapsed = (now - start).components
        phases.append(
            IdentityPhase(name: name, seconds: Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18))
        start = now
    }

    /// Takes the steps another clock timed since the last mark; the current step goes on from
    /// where they end.
    package mutating func include(_ inner: [IdentityPhase]) {
        phases += inner
        start = start.advanced(by: .seconds(inner.reduce(0) { $0 + $1.seconds }))
    }
}
