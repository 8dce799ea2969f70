/// A Portuguese-aware phonetic code for one folded name word, used as a blocking key.
///
/// A simplification in the spirit of BuscaBR: spellings that sound alike in Brazilian
/// Portuguese (`Souza`/`Sousa`, `Raquel`/`Raqeul`, `Roddrigo`/`Rodrigo`, `Gonçalves`/`Gnoçalves`)
/// get the same code, so that typos do not keep two records apart before they are scored.
package enum PhoneticCode {
    /// Encodes one folded word (lower-case ASCII letters, as ``PersonName/words`` holds).
    ///
    /// Steps: digraphs to one sound (`ph`→f, `ch`/`sh`/`sch`→x, `lh`→l, `nh`→n, `qu`→k,
    /// `gu`+e/i→g), `c`+e/i→s else k, `q`→k, `z`→s, `w`→v, `y`→i, `g`+e/i→j, `h` silent,
    /// `m` before a consonant or at the end → n; then vowels after the first letter are dropped
    /// and repeated letters collapsed.
    ///
    /// - Returns: For example `"souza"` → `"s"`, `"raquel"` → `"rkl"`, `"roddrigo"` → `"rdrg"`; empty for an empty word.
    package static func encode(_ word: String) -> String {
        let letters = Array(word.utf8)
        var sounds: [UInt8] = []
        sounds.reserveCapacity(letters.count)
        func at(_ index: Int) -> UInt8 { index < letters.count ? letters[index] : 0 }
        func isFront(_ letter: UInt8) -> Bool {
            letter == UInt8(ascii: "e") || letter == UInt8(ascii: "i") || letter == UInt8(ascii: "y")
        }
        var index = 0
        while index < letters.count {
            let letter = letters[index]
            let next = at(index + 1)
            switch letter {
            case UInt8(ascii: "p") where next == UInt8(ascii: "h"):
                sounds.append(UInt8(ascii: "f"))
                index += 2
                continue
            case UInt8(ascii: "t") where next == UInt8(ascii: "h"):
                sounds.append(UInt8(ascii: "t"))
                index += 2
                continue
            case UInt8(ascii: "s") where next == UInt8(ascii: "c") && at(index + 2) == UInt8(ascii: "h"):
                sounds.append(UInt8(ascii: "x"))
                index += 3
                continue
            case UInt8(ascii: "c") where next == UInt8(ascii: "h"), UInt8(ascii: "s") where next == UInt8(ascii: "h"):
                sounds.append(UInt8(ascii: "x"))
                index += 2
                continue
            case UInt8(ascii: "l") where next == UInt8(ascii: "h"), UInt8(ascii: "n") where next == UInt8(ascii: "h"):
                sounds.append(letter)
                index += 2
                continue
            case UInt8(ascii: "q"):
                sounds.append(UInt8(ascii: "k"))
                index += next == UInt8(ascii: "u") ? 2 : 1
                continue
            case UInt8(ascii: "g") where next == UInt8(ascii: "u") && isFront(at(index + 2)):
                sounds.append(UInt8(ascii: "g"))
                index += 2
                continue
            case UInt8(ascii: "g") where isFront(next):
                sounds.append(UInt8(ascii: "j"))
            case UInt8(ascii: "c"):
                sounds.append(isFront(next) ? UInt8(ascii: "s") : UInt8(ascii: "k"))
            case UInt8(ascii: "z"): sounds.append(UInt8(ascii: "s"))
            case UInt8(ascii: "w"): sounds.append(UInt8(ascii: "v"))
            case UInt8(ascii: "y"): sounds.append(UInt8(ascii: "i"))
            case UInt8(ascii: "h"): break
            case UInt8(ascii: "m") where next == 0 || !isVowel(next):
                sounds.append(UInt8(ascii: "n"))
            default: sounds.append(letter)
            }
            index += 1
        }
        var code: [UInt8] = []
        for (position, sound) in sounds.enumerated() {
            if position > 0 && isVowel(sound) { continue }
            if sound != code.last { code.append(sound) }
        }
        return String(decoding: code, as: UTF8.self)
    }

    private static func isVowel(_ letter: UInt8) -> Bool {
        switch letter {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"): true
        default: false
        }
    }
}
