/// Edit-based similarity of short words, as bytes (folded names are ASCII; words over 64 bytes
/// are not compared by Jaro–Winkler).
package enum StringSimilarity {
    /// The Jaro–Winkler similarity in 0...1 (prefix scale 0.1, prefix up to 4 characters).
    package static func jaroWinkler(_ a: [UInt8], _ b: [UInt8]) -> Double {
        if a == b { return a.isEmpty ? 0 : 1 }
        if a.isEmpty || b.isEmpty { return 0 }
        guard a.count <= 64 && b.count <= 64 else { return 0 }
        // Matched positions as bit sets: words are short, and this runs for every compared pair.
        let window = max(0, max(a.count, b.count) / 2 - 1)
        var aMatched: UInt64 = 0
        var bMatched: UInt64 = 0
        var matches = 0
        for i in 0..<a.count {
            let lower = max(0, i - window)
            let upper = min(b.count - 1, i + window)
            if lower > upper { continue }
            for j in lower...upper where bMatched & (1 << j) == 0 && a[i] == b[j] {
                aMatched |= 1 << i
                bMatched |= 1 << j
                matches += 1
                break
            }
        }
        if matches == 0 { return 0 }
        var transpositions = 0
        var j = 0
        for i in 0..<a.count where aMatched & (1 << i) != 0 {
            while bMatched & (1 << j) == 0 { j += 1 }
            if a[i] != b[j] { transpositions += 1 }
            j += 1
        }
        let m = Double(matches)
        let jaro = (m / Double(a.count) + m / Double(b.count) + (m - Double(transpositions / 2)) / m) / 3
        var prefix = 0
        while prefix < min(4, a.count, b.count) && a[prefix] == b[prefix] { prefix += 1 }
        return jaro + Double(prefix) * 0.1 * (1 - jaro)
    }

    /// Whether the words differ by at most one insertion, deletion, substitution or swap of neighbours.
    package static func isWithinOneEdit(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        if a == b { return true }
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        switch long.count - short.count {
        case 0:
            var differences: [Int] = []
            for index in 0..<short.count where short[index] != long[index] {
                differences.append(index)
                if differences.count > 2 { return false }
            }
            if differences.count == 1 { return true }
            return differences.count == 2 && differences[1] == differences[0] + 1
                && short[differences[0]] == long[differences[1]] && short[differences[1]] == long[differences[0]]
        case 1:
            var i = 0
            while i < short.count && short[i] == long[i] { i += 1 }
            return short[i...] == long[(i + 1)...]
        default:
            return false
        }
    }

    /// Whether two given names are the masculine and feminine forms of one name: the same stem
    /// with `o` against `a` (`paulo`/`paula`, `francisco`/`francisca`), or a consonant ending
    /// against that ending plus `a` (`daniel`/`daniela`, `gabriel`/`gabriela`, `luis`/`luisa`).
    ///
    /// They are one edit apart, so a typo check alone would take them for one name; they are two
    /// people's names. The stem has at least three letters.
    package static func isGenderPair(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        guard short.count >= 4, let lastShort = short.last, let lastLong = long.last else { return false }
        let (o, letterA) = (UInt8(ascii: "o"), UInt8(ascii: "a"))
        if short.count == long.count {
            guard short.dropLast() == long.dropLast() else { return false }
            return (lastShort == o && lastLong == letterA) || (lastShort == letterA && lastLong == o)
        }
        guard long.count == short.count + 1, lastLong == letterA, long.dropLast().elementsEqual(short) else {
            return false
        }
        let vowels: Set<UInt8> = Set("aeiouy".utf8)
        return !vowels.contains(lastShort)
    }
}
