import AttendanceModel
/// Equal strings get equal small integers, so comparisons and keys work on integers.
struct Interner: Sendable {
    private(set) var ids: [String: Int32] = [:]
    private(set) var strings: [String] = []

    mutating func id(_ string: String) -> Int32 {
        if let id = ids[string] { return id }
        let id = Int32(strings.count)
        ids[string] = id
        strings.append(string)
        return id
    }

    subscript(id: Int32) -> String { strings[Int(id)] }
}

/// A run of ids in one of ``FeatureTable``'s shared storages.
struct IDRange: Sendable, Hashable {
    var start: Int32 = 0
    var count: Int32 = 0

    var isEmpty: Bool { count == 0 }
    var indices: Range<Int> { Int(start)..<Int(start + count) }
}

/// One record after every normalisation rule, as integers ready to compare.
///
/// A plain value without references: lists live in ``FeatureTable``'s shared storages and the
/// record holds ranges into them, so a million records cost no per-record allocations.
struct RecordFeatures: Sendable {
    /// Name comparison words (``PersonName/words``), a range of ``FeatureTable/wordStorage``.
    var words = IDRange()
    var suffix: NameSuffix?
    /// Addresses, a range of ``FeatureTable/emailStorage`` and its parallel storages.
    var emails = IDRange()
    /// Name-like words of the first local part (`pedro.cardoso` → pedro, cardoso), a range of
    /// ``FeatureTable/wordStorage``, for blocking.
    var localWords = IDRange()
    /// The valid CPF as a number (its digits, or its match key's ``MatchKey/matchingValue``), 0 when there is none.
    var cpf: Int64 = 0
    /// The CPF as explanations show it (formatted, or masked when only its key is known), as an id; -1 without one.
    var cpfShown: Int32 = -1
    var phone: Int32 = -1
    var government: Government?
    var sector: Sector?
    /// Keys of the organisation's name (``OrganizationKey/keys(for:)``), a range of ``FeatureTable/organizationKeyStorage``.
    var organizationKeys = IDRange()
    /// The domain of the first non-provider address, as an id; -1 when there is none.
    var institutionalDomain: Int32 = -1
    /// Whether one of the addresses is at a personal provider (gmail.com, hotmail.com…).
    var hasPersonalAddress = false
    /// The IBGE code of the record's municipality, 0 when unknown.
    var municipality: Int32 = 0
    /// The IBGE code of the record's unit, 0 when unknown.
    var unit: Int16 = 0
    /// The record's source file, as an id.
    var source: Int32 = -1
    /// The record's event, as an id.
    var event: Int32 = -1
    /// How many records of the resolution share this name's first and last words (by sound); 0 without two words.
    var nameFrequency: Int32 = 0
}

/// The features of every record of one resolution, with the tables their ids refer to.
struct FeatureTable: Sendable {
    var records: [RecordFeatures] = []
    var words = Interner()
    /// The bytes of each word, by word id.
    var wordBytes: [[UInt8]] = []
    /// The phonetic code id of each word, by word id.
    var wordPhonetic: [Int32] = []
    var phonetics = Interner()
    var emails = Interner()
    var localKeys = Interner()
    /// The bytes of each local key, by local-key id.
    var localKeyBytes: [[UInt8]] = []
    /// The domain id of each address, by address id.
    var addressDomain: [Int32] = []
    var organizationKeys = Interner()
    var phones = Interner()
    var cpfsShown = Interner()
    var domains = Interner()
    var sources = Interner()
    var events = Interner()
    /// Whether an address is used by incompatible names (a department's or a family's), by address id.
    var isSharedEmail: [Bool] = []

    /// Word ids of every record's name and local-part words.
    var wordStorage: [Int32] = []
    /// Address ids of every record's addresses.
    var emailStorage: [Int32] = []
    /// The local-key id of each stored address (the letters of its local part), parallel to ``emailStorage``.
    var localKeyStorage: [Int32] = []
    /// Whether each stored address's local part just spells its record's name, parallel to ``emailStorage``.
    var localSpellsNameStorage: [Bool] = []
    /// Organisation key ids.
    var organizationKeyStorage: [Int32] = []

    /// The word ids of a range of ``wordStorage``.
    func words(_ range: IDRange) -> ArraySlice<Int32> { wordStorage[range.indices] }

    /// Runs every rule over the records once; repeated texts (names, organisations, cities) are worked out once.
    init(records: [IdentityRecord], places: PlaceDirectory) {
        self.records.reserveCapacity(records.count)
        var nameCache: [String: (IDRange, NameSuffix?)] = [:]
        var emailCache: [String: [EmailAddress]] = [:]
        var affiliationCache: [String: (Government?, Sector?, IDRange)] = [:]
        var placeCache: [String: (Int32, Int16)] = [:]
        // Names are parsed ahead on every core, a window of records at a time (bounded memory);
        // the rest stays in record order, so ids are given as before.
        let window = 1 << 16
        var parsedNames: [String: PersonName] = [:]
        for (position, record) in records.enumerated() {
            if position % window == 0 {
                let upcoming = records[position..<min(records.count, position + window)]
                parsedNames = Self.parsedNames(of: upcoming, skipping: nameCache)
            }
            var features = RecordFeatures()
            if !record.sourceKey.isEmpty { features.source = sources.id(record.sourceKey) }
            if !record.eventID.isEmpty { features.event = events.id(record.eventID) }
            if let cached = nameCache[record.name] {
                (features.words, features.suffix) = cached
            } else {
                let name = parsedNames[record.name] ?? PersonName(record.name)
                features.words = store(name.words.map { word(id: $0) }, in: &wordStorage)
                features.suffix = name.suffix
                if nameCache.count < 200_000 { nameCache[record.name] = (features.words, features.suffix) }
            }

            let addresses: [EmailAddress]
            if let cached = emailCache[record.email] {
                addresses = cached
            } else {
                addresses = EmailAddress.addresses(in: record.email)
                if emailCache.count < 200_000 { emailCache[record.email] = addresses }
            }
            if let first = addresses.first {
                let parts =
                    Self.asciiLetterRuns(first.localPart)
                    ?? first.localPart.split(whereSeparator: { !$0.isLetter }).map(String.init)
                if parts.count >= 2, parts.allSatisfy({ $0.count >= 3 }) {
                    features.localWords = store(parts.prefix(3).map { word(id: $0) }, in: &wordStorage)
                }
            }
            // A lone given name ("iPhone de Pedro") borrows the fuller name its address spells
            // (`pedro.cardoso`), so it is compared as "pedro cardoso".
            if features.words.count <= 1, features.localWords.count >= 2,
                features.words.isEmpty
                    || wordStorage[Int(features.words.start)] == wordStorage[Int(features.localWords.start)]
            {
                features.words = features.localWords
            }
            let nameBytes = words(features.words).map { wordBytes[Int($0)] }
            features.emails = IDRange(start: Int32(emailStorage.count), count: Int32(addresses.count))
            for address in addresses {
                let knownAddresses = emails.strings.count
                emailStorage.append(emails.id(address.value))
                if emails.strings.count > knownAddresses {
                    addressDomain.append(domains.id(address.domain))
                    isSharedEmail.append(false)
                }
                let letters =
                    Self.asciiLetterRuns(address.localPart)?.joined()
                    ?? String(
                        address.localPart.unicodeScalars.filter { $0.properties.isAlphabetic }.map(Character.init))
                let knownLocals = localKeys.strings.count
                let local = localKeys.id(letters)
                if localKeys.strings.count > knownLocals { localKeyBytes.append(Array(letters.utf8)) }
                localKeyStorage.append(local)
                localSpellsNameStorage.append(Self.letters(localKeyBytes[Int(local)], spell: nameBytes))
                if features.institutionalDomain < 0, !address.isPersonalProvider {
                    features.institutionalDomain = domains.id(address.domain)
                }
                if address.isPersonalProvider { features.hasPersonalAddress = true }
            }

            if let key = record.cpfKey {
                features.cpf = key.matchingValue
                features.cpfShown = cpfsShown.id(record.cpf)
            } else if let cpf = CPF(record.cpf) {
                features.cpf = Int64(cpf.digits) ?? 0
                features.cpfShown = cpfsShown.id(cpf.formatted)
            }
            if let phone = PhoneNumber.comparisonKey(record.phone) { features.phone = phones.id(phone) }

            let placeKey = record.city + "\u{1}" + record.uf
            if let cached = placeCache[placeKey] {
                (features.municipality, features.unit) = cached
            } else {
                let municipality = places.municipality(city: record.city, unit: record.uf)
                let unit =
                    places.unit(matching: record.uf)?.code ?? municipality?.unitCode
                    ?? places.unit(matching: record.city)?.code
                let value = (Int32(municipality?.code ?? 0), Int16(unit ?? 0))
                placeCache[placeKey] = value
                (features.municipality, features.unit) = value
            }

            let domain = addresses.first { !$0.isPersonalProvider }?.domain ?? ""
            let affiliationKey = record.organization + "\u{1}" + record.uf + "\u{1}" + domain
            if let cached = affiliationCache[affiliationKey] {
                (features.government, features.sector, features.organizationKeys) = cached
            } else {
                let government = places.government(
                    organization: record.organization, unit: record.uf, emailDomain: domain)
                let sector = Sector.inferred(
                    organization: record.organization, emailDomain: domain, namesGovernment: government != nil)
                let keys = store(
                    OrganizationKey.keys(for: record.organization).map { organizationKeys.id($0) },
                    in: &organizationKeyStorage)
                affiliationCache[affiliationKey] = (government, sector, keys)
                (features.government, features.sector, features.organizationKeys) = (government, sector, keys)
            }
            self.records.append(features)
        }
        // Name frequencies: "Maria Silva" agreeing says less than "Georgina Patsanza" agreeing.
        var frequency: [Int64: Int32] = [:]
        func key(_ range: IDRange) -> Int64? {
            guard range.count >= 2 else { return nil }
            let first = wordStorage[Int(range.start)]
            let last = wordStorage[Int(range.start + range.count - 1)]
            return Int64(wordPhonetic[Int(first)]) << 32 | Int64(wordPhonetic[Int(last)])
        }
        for index in self.records.indices {
            if let key = key(self.records[index].words) { frequency[key, default: 0] += 1 }
        }
        for index in self.records.indices {
            if let key = key(self.records[index].words) {
                self.records[index].nameFrequency = frequency[key, default: 0]
            }
        }
    }

    /// The distinct names of `records` not in `known`, parsed on every core.
    private static func parsedNames(
        of records: ArraySlice<IdentityRecord>, skipping known: [String: (IDRange, NameSuffix?)]
    ) -> [String: PersonName] {
        var seen = Set<String>()
        let pending = records.map(\.name).filter { known[$0] == nil && seen.insert($0).inserted }
        let shares = ParallelWork.ranges(
            balancing: [Int](repeating: 1, count: pending.count), into: ParallelWork.width * 2)
        let parsed = ParallelWork.map(shares.count) { share in pending[shares[share]].map(PersonName.init) }
        var names: [String: PersonName] = [:]
        names.reserveCapacity(pending.count)
        for (name, result) in zip(pending, parsed.joined()) { names[name] = result }
        return names
    }

    private func store(_ ids: [Int32], in storage: inout [Int32]) -> IDRange {
        let range = IDRange(start: Int32(storage.count), count: Int32(ids.count))
        storage.append(contentsOf: ids)
        return range
    }

    /// The runs of letters of an ASCII text (`pedro.cardoso2` → pedro, cardoso), read as bytes;
    /// `nil` for text beyond ASCII, which needs Unicode's letter properties.
    static func asciiLetterRuns(_ text: String) -> [String]? {
        var text = text
        return text.withUTF8 { bytes -> [String]? in
            var runs: [String] = []
            var start = -1
            for (index, byte) in bytes.enumerated() {
                guard byte < 0x80 else { return nil }
                let isLetter = (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
                if isLetter {
                    if start < 0 { start = index }
                } else if start >= 0 {
                    runs.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                    start = -1
                }
            }
            if start >= 0 {
                runs.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
            }
            return runs
        }
    }

    /// Whether letters spell name words and initials, in order, some words left out
    /// (`juliopecanha`, `fbraganca`, `mariasilva` for Maria Aparecida Silva).
    static func letters(_ target: [UInt8], spell words: [[UInt8]]) -> Bool {
        if target.isEmpty || words.isEmpty { return false }
        // Depth-first over (position in target, next usable word); each state is visited once.
        var visited = Set<Int>()
        var frontier = [(0, 0)]
        while let (position, next) = frontier.popLast() {
            if position == target.count { return true }
            guard next < words.count else { continue }
            for index in next..<min(words.count, 64) {
                let word = words[index]
                for length in word.count == 1 ? [1] : [word.count, 1] where position + length <= target.count {
                    if target[position..<(position + length)].elementsEqual(word.prefix(length)),
                        visited.insert((position + length) * 64 + index + 1).inserted
                    {
                        frontier.append((position + length, index + 1))
                    }
                }
            }
        }
        return false
    }

    private mutating func word(id word: String) -> Int32 {
        let before = words.strings.count
        let id = words.id(word)
        if words.strings.count > before {
            wordBytes.append(Array(word.utf8))
            wordPhonetic.append(phonetics.id(PhoneticCode.encode(word)))
        }
        return id
    }
}
