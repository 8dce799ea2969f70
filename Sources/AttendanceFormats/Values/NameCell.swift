import AttendanceModel
import Foundation

/// The few rules that turn the name cells of an export into one name.
///
/// Names otherwise keep their original text (capitals, accents, double spaces): telling
/// people apart is the identity step's job, which needs to see them as written.
enum NameCell {
    /// `first + " " + last` for exports that split names, each part trimmed; one part alone
    /// when the other is empty.
    static func joined(first: String, last: String) -> String {
        let first = first.trimmingSpacesAndNewlines()
        let last = last.trimmingSpacesAndNewlines()
        if last.isEmpty { return first }
        if first.isEmpty { return last }
        return first + " " + last
    }

    /// Splits the platform's guest marker from a Teams name: `Ana Souza (Guest)` is `Ana Souza`, a guest.
    ///
    /// The marker (`(Guest)`, `(Convidado)`, `(Visitante)`, any case) is the platform's, not
    /// part of the name; the spaces before it go with it.
    static func withoutGuestMarker(_ name: String) -> (name: String, isGuest: Bool) {
        let trimmed = name.trimmingSpacesAndNewlines()
        guard trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") else { return (name, false) }
        let marker = HeaderKey(trimmed[open...])
        guard marker.matches(anyOf: ["guest", "convidado", "convidada", "visitante"]) else { return (name, false) }
        let rest = trimmed[..<open]
        return (rest.trimmingSpacesAndNewlines(), true)
    }
}
