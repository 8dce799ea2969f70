import Testing

@testable import AttendanceFormats
@testable import AttendanceModel
@testable import AttendanceReports
@testable import AttendanceService

@Suite struct DateOrderEvidenceTests {
    private func order(_ texts: [String], fallback: DateOrder) -> DateOrder {
        var evidence = DateOrderEvidence()
        for text in texts {
            if let written = WrittenTimestamp(text) { evidence.observe(written) }
        }
        return evidence.order(fallback: fallback)
    }

    @Test("a day above 12 in the first place means day first, in the second month first")
    func settled() {
        #expect(order(["10/12/2020", "13/12/2020"], fallback: .monthFirst) == .dayFirst)
        #expect(order(["10/12/2020", "12/13/2020"], fallback: .dayFirst) == .monthFirst)
    }

    @Test("ambiguous or contradictory files follow the fallback")
    func unsettled() {
        #expect(order(["10/12/2020", "03/04/2021"], fallback: .dayFirst) == .dayFirst)
        #expect(order(["10/12/2020", "03/04/2021"], fallback: .monthFirst) == .monthFirst)
        #expect(order(["13/12/2020", "12/13/2020"], fallback: .dayFirst) == .dayFirst)
    }

    @Test("year-first and month-name dates say nothing about the order")
    func unambiguousLayouts() {
        #expect(order(["2020/10/20 10:00", "Sep 24, 2020 10:00:00"], fallback: .monthFirst) == .monthFirst)
    }
}
