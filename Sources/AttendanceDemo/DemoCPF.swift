/// CPF numbers: generated with the real check-digit algorithm (so they pass validation, as
/// real ones do) and typed in the ways Brazilians type them.
enum DemoCPF {
    /// The two check digits of nine base digits.
    static func checkDigits(_ base: [Int]) -> (Int, Int) {
        var sum = 0
        for (index, digit) in base.enumerated() { sum += digit * (10 - index) }
        let first = sum * 10 % 11 % 10
        sum = 0
        for (index, digit) in (base + [first]).enumerated() { sum += digit * (11 - index) }
        return (first, sum * 10 % 11 % 10)
    }

    /// Eleven digits of a fresh valid CPF (never all the same digit).
    static func make(_ rng: inout SplitMix64) -> String {
        while true {
            let base = (0..<9).map { _ in rng.below(10) }
            guard Set(base).count > 1 else { continue }
            let (first, second) = checkDigits(base)
            return (base + [first, second]).map(String.init).joined()
        }
    }

    /// The ways a CPF is typed.
    enum Style {
        case digits, punctuated, spaced, dashOnly, leadingZeroLost, missing
    }

    /// The CPF in a style: `12345678909`, `123.456.789-09`, `123 456 789-09`, `123456789-09`;
    /// `leadingZeroLost` is what a spreadsheet makes of `01234567890` (`1234567890`).
    static func text(_ cpf: String, _ style: Style) -> String {
        let d = Array(cpf)
        guard d.count == 11 else { return cpf }
        let a = String(d[0..<3])
        let b = String(d[3..<6])
        let c = String(d[6..<9])
        let e = String(d[9..<11])
        switch style {
        case .digits: return cpf
        case .punctuated: return "\(a).\(b).\(c)-\(e)"
        case .spaced: return "\(a) \(b) \(c)-\(e)"
        case .dashOnly: return "\(a)\(b)\(c)-\(e)"
        case .leadingZeroLost: return String(cpf.drop { $0 == "0" })
        case .missing: return ""
        }
    }
}
