/// Where a ``Transcoder`` replaced ill-formed UTF-8 sequences or unpaired UTF-16 surrogates: the
/// first ``CSVWarning/listedLimit`` with what was replaced, the line and column of the next one,
/// and the count of all of them.
///
/// Memory stays bounded whatever the file holds. Positions are followed only as long as one is
/// still needed: past the first unlisted sequence, the text is no longer looked at byte by byte.
struct ReplacementLog {
    /// A sequence listed one by one.
    struct Entry: Equatable {
        var line: Int
        var column: Int
        var kind: CSVWarning.Kind
    }

    /// Every sequence replaced.
    private(set) var count = 0
    /// The first ``CSVWarning/listedLimit`` sequences.
    private(set) var listed: [Entry] = []
    /// Where the first sequence past the listed ones is.
    private(set) var firstUnlisted: (line: Int, column: Int)?

    /// The physical line of the next byte (1-based).
    private var line: Int
    /// The position of the next character on its line (1-based).
    private var column = 1
    /// Whether the last byte was a CR, so that an LF right after it ends no other line.
    private var followsCR = false

    /// Starts at the beginning of line `firstLine` (2 after an Excel `sep=` line).
    init(firstLine: Int) {
        line = firstLine
    }

    /// Whether the position is still needed: it is, until a sequence past the listed ones is seen.
    var followsPositions: Bool { count <= CSVWarning.listedLimit }

    /// Moves the position past well-formed UTF-8 `bytes`: a character per byte that is not a
    /// continuation byte, a line per CR LF, lone CR or lone LF.
    mutating func advance(over bytes: UnsafeBufferPointer<UInt8>) {
        guard followsPositions else { return }
        for byte in bytes {
            if byte == 0x0A {
                if !followsCR { line += 1 }
                column = 1
                followsCR = false
            } else if byte == 0x0D {
                line += 1
                column = 1
                followsCR = true
            } else {
                followsCR = false
                if byte & 0xC0 != 0x80 { column += 1 }
            }
        }
    }

    /// Moves the position past one character that is not a line break (a well-formed character
    /// carried over a chunk boundary).
    mutating func advanceOneCharacter() {
        column += 1
        followsCR = false
    }

    /// Notes an ill-formed sequence replaced by one U+FFFD at the current position, and moves past it.
    mutating func record(_ bytes: [UInt8]) {
        record(.invalidUTF8(bytes: bytes))
    }

    /// Notes an unpaired UTF-16 surrogate replaced by one U+FFFD at the current position, and moves past it.
    mutating func record(surrogate unit: UInt16) {
        record(.unpairedSurrogate(unit: unit))
    }

    private mutating func record(_ kind: CSVWarning.Kind) {
        count += 1
        if count <= CSVWarning.listedLimit {
            listed.append(Entry(line: line, column: column, kind: kind))
        } else if count == CSVWarning.listedLimit + 1 {
            firstUnlisted = (line, column)
        }
        advanceOneCharacter()
    }

    /// The warnings for file `name`: the listed replacements, then one for all the others.
    func warnings(file name: String) -> [CSVWarning] {
        var warnings = listed.map { CSVWarning(file: name, line: $0.line, column: $0.column, kind: $0.kind) }
        if let first = firstUnlisted {
            let others = count - listed.count
            let isUTF16: Bool
            if case .unpairedSurrogate = listed.last?.kind { isUTF16 = true } else { isUTF16 = false }
            warnings.append(
                CSVWarning(
                    file: name, line: first.line, column: first.column,
                    kind: isUTF16 ? .moreUnpairedSurrogates(count: others) : .moreInvalidUTF8(count: others)))
        }
        return warnings
    }
}
