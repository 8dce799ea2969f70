import Foundation
import Testing

@testable import AttendanceFormats
@testable import AttendanceModel
@testable import AttendanceReports
@testable import AttendanceService

@Suite struct HMACSHA256Tests {
    @Test(
        "codes match RFC 4231 (short key, key longer than a block, message longer than a block)",
        arguments: [
            (
                [UInt8](repeating: 0x0b, count: 20), Array("Hi There".utf8),
                "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"
            ),
            (
                Array("Jefe".utf8), Array("what do ya want for nothing?".utf8),
                "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
            ),
            (
                Array(1...25), [UInt8](repeating: 0xcd, count: 50),
                "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"
            ),
            (
                [UInt8](repeating: 0xaa, count: 131),
                Array(
                    ("This is a test using a larger than block-size key and a larger than block-size data. "
                        + "The key needs to be hashed before being used by the HMAC algorithm.").utf8),
                "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"
            ),
        ] as [([UInt8], [UInt8], String)])
    func rfc4231(key: [UInt8], message: [UInt8], code: String) {
        #expect(HMACSHA256(key: key).code(of: message).hexadecimal == code)
    }

    @Test(
        "SHA-256 pads right around the block edges (55, 56, 63, 64, 119, 120 bytes)",
        arguments: [
            (55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
            (56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
            (63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"),
            (64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
            (119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"),
            (120, "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c"),
        ])
    func blockEdges(length: Int, digest: String) {
        #expect(SHA256.hex(of: [UInt8](repeating: UInt8(ascii: "a"), count: length)) == digest)
    }
}

@Suite struct MatchKeyringTests {
    /// Secret 00 01 … 1f; the expected keys were computed with Python's `hmac` module.
    let keyring = MatchKeyring(secret: Array(0...31))!

    @Test("a key is the first 128 bits of HMAC-SHA256 of the kind and the normalised value")
    func keysAreHMAC() throws {
        #expect(keyring.fingerprint == "bbaae674ff6407f6")
        #expect(keyring.key(for: try #require(CPF("635.360.429-70"))).description == "6ba9854bebe7518244f74cfa1424a19b")
        #expect(
            keyring.key(for: try #require(EmailAddress("ana.souza@example.org"))).description
                == "f1ee2534abf5a70378c9243ab345796d")
    }

    @Test("every way of typing a CPF or an address gives one key; other values and other secrets other keys")
    func normalisedValuesShareKeys() throws {
        let keys = ["635.360.429-70", "63536042970", " 635 360 429 70 "].map { keyring.cpfKey(in: $0) }
        #expect(Set(keys).count == 1)
        #expect(keys[0] != nil)
        #expect(keyring.cpfKey(in: "635.360.429-71") == nil)
        #expect(keyring.emailKeys(in: "Ana.Souza@Example.org ") == keyring.emailKeys(in: "ana.souza@example.org"))
        #expect(keyring.emailKeys(in: "ana@gmail.com; ana.souza@example.org").count == 2)
        let other = try #require(MatchKeyring(secret: Array(1...32)))
        #expect(other.cpfKey(in: "635.360.429-70") != keys[0])
        #expect(other.fingerprint != keyring.fingerprint)
        #expect(MatchKeyring(secret: Array(0..<15)) == nil)
    }

    @Test("a key survives its 16 stored bytes, and keys stored back to back are read in order")
    func storedBytes() throws {
        let a = try #require(keyring.cpfKey(in: "635.360.429-70"))
        let b = keyring.emailKeys(in: "ana.souza@example.org")[0]
        #expect(MatchKey(bytes: a.bytes) == a)
        #expect(MatchKey.keys(in: a.bytes + b.bytes + [0x01]) == [a, b])
        #expect(MatchKey(bytes: a.bytes.dropLast()) == nil)
    }
}

@Suite struct MatchKeyFileTests {
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("key-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    @Test("a missing key file is created for its owner only, and read back with the same secret")
    func createdOnce() throws {
        let created = try MatchKeyring.loadOrCreate(at: path("match.key"))
        #expect(created.created)
        let attributes = try FileManager.default.attributesOfItem(atPath: path("match.key"))
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let again = try MatchKeyring.loadOrCreate(at: path("match.key"))
        #expect(!again.created)
        #expect(again.keyring.fingerprint == created.keyring.fingerprint)
        #expect(again.keyring.cpfKey(in: "635.360.429-70") == created.keyring.cpfKey(in: "635.360.429-70"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["match.key"])
    }

    @Test("a key file others can read, or without a secret, is refused with what to do")
    func refused() throws {
        let secret = String(repeating: "ab", count: 32)
        _ = FileManager.default.createFile(
            atPath: path("open.key"), contents: Data("\(secret)\n".utf8), attributes: [.posixPermissions: 0o644])
        #expect(
            throws: MatchKeyError.exposed(file: path("open.key"), mode: 0o644)
        ) { try MatchKeyring.load(from: path("open.key")) }

        _ = FileManager.default.createFile(
            atPath: path("short.key"), contents: Data("# a comment\nabcd\n".utf8),
            attributes: [.posixPermissions: 0o600])
        #expect(
            throws: MatchKeyError.noSecret(file: path("short.key"))
        ) { try MatchKeyring.load(from: path("short.key")) }

        _ = FileManager.default.createFile(
            atPath: path("good.key"), contents: Data("# comment\n\(secret)\n".utf8),
            attributes: [.posixPermissions: 0o600])
        #expect(
            try MatchKeyring.load(from: path("good.key")).fingerprint
                == MatchKeyring(
                    secret: [UInt8](
                        repeating: 0xab, count: 32))?.fingerprint)
    }

    @Test("on a disk that cannot link, the key file is created in place, owner only, and never overwritten")
    func createdInPlace() throws {
        let first = MatchKeyring.generated()
        let made = try MatchKeyring.createInPlace(path("fat.key"), text: first.secretHex + "\n", keyring: first)
        #expect(made.created)
        let attributes = try FileManager.default.attributesOfItem(atPath: path("fat.key"))
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(try MatchKeyring.load(from: path("fat.key")).fingerprint == first.fingerprint)
        let second = MatchKeyring.generated()
        let again = try MatchKeyring.createInPlace(path("fat.key"), text: second.secretHex + "\n", keyring: second)
        #expect(!again.created)
        #expect(again.keyring.fingerprint == first.fingerprint)
    }
}
