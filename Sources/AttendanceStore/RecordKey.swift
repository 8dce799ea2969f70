import AttendanceModel
import Foundation

/// What a record says, as a keyed hash: how decisions and erasures find a record again after its
/// list is re-saved, re-downloaded with rows in other places, or replaced by a new version.
///
/// The key covers the event and the identity fields as matching reads them (name, e-mail and
/// organisation folded, the CPF by its match key, city and UF); not the file, the line or the
/// record's id. Two records that say the same in one event have one key: a decision about one is
/// about both, as they are one person's. Keyed with the store's secret (HMAC-SHA256, like CPF and
/// e-mail keys), so the key of a name cannot be guessed from the name alone.
enum RecordKey {
    /// The key of one record's fields.
    static func key(
        keyring: MatchKeyring, eventID: String, name: String, email: String, cpfKey: [UInt8]?, maskedCPF: String,
        organization: String, city: String, uf: String
    ) -> [UInt8] {
        let cpf = cpfKey.map { $0.hexadecimal } ?? maskedCPF
        let fields = [
            eventID, TextNormalization.folded(name), email.trimmingCharacters(in: .whitespaces).lowercased(), cpf,
            TextNormalization.folded(organization), TextNormalization.folded(city),
            uf.trimmingCharacters(in: .whitespaces).uppercased(),
        ]
        return keyring.key(domain: "record", value: fields.joined(separator: "\u{1F}")).bytes
    }
}
