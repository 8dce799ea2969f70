/// What the bytes starting at one position of a text are as UTF-8.
///
/// Well-formed sequences are those of the Unicode Standard's table 3-7 (no overlong forms, no
/// surrogates, nothing above U+10FFFF). An ill-formed one is measured as its "maximal subpart":
/// the longest start of a well-formed sequence there, or one byte when there is none, so that
/// one U+FFFD replaces it exactly as the standard library's `String(decoding:as: UTF8.self)` does.
/// The detector counts sequences this way and the reader replaces them this way, so the count
/// ``CSVDialect/replacedSequenceCount`` announces is the number of U+FFFD the reader writes.
enum UTF8Sequence: Equatable {
    /// One ASCII byte.
    case ascii
    /// A well-formed character of 2–4 bytes.
    case valid(length: Int)
    /// Not UTF-8: 1–3 bytes that one U+FFFD replaces.
    case invalid(length: Int)
    /// A well-formed start cut short by the end of the buffer: the next bytes decide.
    case incomplete

    /// Classifies the bytes of `buffer` starting at `index` (which must be inside it).
    @inline(__always)
    init(at index: Int, in buffer: UnsafeBufferPointer<UInt8>) {
        let lead = buffer[index]
        guard lead >= 0x80 else {
            self = .ascii
            return
        }
        let length: Int
        var minimum: UInt8 = 0x80
        var maximum: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            minimum = 0xA0
        case 0xE1...0xEC, 0xEE, 0xEF: length = 3
        case 0xED:
            length = 3
            maximum = 0x9F
        case 0xF0:
            length = 4
            minimum = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            maximum = 0x8F
        default:  // a continuation byte, C0–C1 (overlong) or F5–FF: never a lead
            self = .invalid(length: 1)
            return
        }
        for position in 1..<length {
            guard index + position < buffer.count else {
                self = .incomplete
                return
            }
            let byte = buffer[index + position]
            guard byte >= minimum && byte <= maximum else {
                self = .invalid(length: position)
                return
            }
            minimum = 0x80
            maximum = 0xBF
        }
        self = .valid(length: length)
    }

    /// Goes on with a character that the end of the previous chunk cut: `carry` (a well-formed
    /// start of 1–3 bytes) followed by the first bytes of `chunk`.
    ///
    /// - Returns: The sequence; its bytes (for ``incomplete``, all the bytes seen, to carry on
    ///   again); and how many bytes of `chunk` it takes.
    static func resuming(
        _ carry: [UInt8], with chunk: UnsafeBufferPointer<UInt8>
    ) -> (sequence: UTF8Sequence, bytes: [UInt8], consumed: Int) {
        let joined = carry + chunk.prefix(4 - carry.count)
        let sequence = joined.withUnsafeBufferPointer { UTF8Sequence(at: 0, in: $0) }
        switch sequence {
        case .valid(let length), .invalid(let length):
            // A carried start is well formed, so the sequence ends inside the chunk.
            return (sequence, Array(joined.prefix(length)), length - carry.count)
        case .ascii, .incomplete:
            return (sequence, joined, joined.count - carry.count)
        }
    }
}
