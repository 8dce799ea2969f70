import AttendanceModel
import Foundation

extension ReviewQuestion {
    /// The lines of the score's breakdown that speak for one person (a positive weight) or against
    /// (a negative weight), trimmed, with e-mail addresses and CPFs masked (`Masking/text(_:)`).
    ///
    /// The breakdown's last line (the total) and fields that weigh nothing are left out.
    ///
    /// - Parameter positive: `true` for the evidence for, `false` for the evidence against.
    public func evidence(forSamePerson positive: Bool) -> [String] {
        let lines = breakdown.split(separator: "\n").map(String.init)
        return lines.dropLast().filter { line in
            let weight = line.split(separator: " ", omittingEmptySubsequences: true).dropFirst(2).first ?? ""
            return positive ? weight.hasPrefix("+") && weight != "+0.0" : weight.hasPrefix("-")
        }.map { Masking.text($0.trimmingCharacters(in: .whitespaces)) }
    }
}
