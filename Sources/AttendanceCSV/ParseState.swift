import Foundation

/// Accumulates the records libcsv completes during one `csv_parse` call.
///
/// libcsv calls back into ``csvFieldCallback`` and ``csvRecordCallback`` with a pointer to this
/// struct; the pointer is valid only for that call. Records are delivered to Swift after the
/// call returns, so no Swift error ever has to cross the C frames. The buffers are plain
/// allocations grown by doubling: the callbacks run once per field, and an `Array` would pay
/// uniqueness and capacity checks there.
struct ParseState: ~Copyable {
    /// Field bytes of the records not delivered yet, back to back.
    private var bytes: UnsafeMutablePointer<UInt8>
    private var byteCount = 0
    private var byteCapacity: Int
    /// One past the last byte of every field in ``bytes``.
    private var ends: UnsafeMutablePointer<Int>
    private var endCount = 0
    private var endCapacity: Int
    /// For every completed record: one past the index of its last field end, and whether a
    /// line break ended it (not the end of the input).
    private var records: UnsafeMutablePointer<(fieldEnd: Int, endsLine: Bool)>
    private var recordCount = 0
    private var recordCapacity: Int

    /// The physical line on which the first record not delivered yet starts.
    private(set) var rowStartLine = 1
    private var fieldsInRow = 0
    private var bytesInRow = 0
    private var lastRowEndedWithCR = false

    /// Whether the last chunk parsed ended in a double quote and the spaces after it, whose
    /// run the next chunk's ``SpaceHiding/revealAfterQuotes(_:pending:)`` goes on with.
    var quoteEndsChunk = false

    /// Set when the record being parsed grew past ``maximumRecordBytes`` or
    /// ``maximumFieldsPerRecord``; from then on every callback is ignored and the reader stops.
    private(set) var overflow: RecordOverflow?
    /// The records completed before the one that overflowed (only these are still delivered).
    private var recordsBeforeOverflow = 0

    /// The longest field kept (``ReadingLimits/maximumFieldBytes``); a record with a longer one is skipped.
    private let fieldLimit: Int
    /// Bytes of the field being parsed that the reader took out of libcsv's buffer, which had
    /// grown past ``fieldLimit`` (see ``dropFieldStart(_:count:)``), and the line breaks among them.
    private var droppedInField = 0
    private var droppedBreaks = 0
    private var droppedEndsWithCR = false
    /// The first field too long of the record being parsed: its index, its bytes, and the line
    /// breaks in all the record's fields too long (they are not kept, so not counted at delivery).
    private var longField: (index: Int, bytes: Int)?
    private var longFieldBreaks = 0
    /// The records, among those not delivered yet, that hold a field too long: skipped at delivery.
    private var skipped: [SkippedRecord] = []
    /// The records skipped so far, in file order: the line where each starts, its field too
    /// long (1-based) and that field's length in bytes.
    private(set) var skippedRecords: [(line: Int, column: Int, bytes: Int)] = []

    /// A record with a field too long, by its index among the records not delivered yet.
    private struct SkippedRecord {
        var record: Int
        var field: Int
        var bytes: Int
        var breaks: Int
    }

    /// What made a record too large.
    enum RecordOverflow {
        case bytes, fields
    }

    init(firstLine: Int, fieldLimit: Int = ReadingLimits.defaultMaximumFieldBytes) {
        rowStartLine = firstLine
        self.fieldLimit = fieldLimit
        byteCapacity = 1 << 17
        endCapacity = 1 << 13
        recordCapacity = 1 << 11
        bytes = .allocate(capacity: byteCapacity)
        ends = .allocate(capacity: endCapacity)
        records = .allocate(capacity: recordCapacity)
    }

    deinit {
        bytes.deallocate()
        ends.deallocate()
        records.deallocate()
    }

    @inline(__always)
    mutating func field(_ data: UnsafeRawPointer?, _ count: Int) {
        guard overflow == nil else { return }
        if droppedInField + count > fieldLimit { return tooLongField(data, count) }
        if bytesInRow + count > maximumRecordBytes || fieldsInRow >= maximumFieldsPerRecord {
            overflow = bytesInRow + count > maximumRecordBytes ? .bytes : .fields
            recordsBeforeOverflow = recordCount
            return
        }
        bytesInRow += count
        if let data, count > 0 {
            if byteCount + count > byteCapacity { growBytes(toFit: byteCount + count) }
            (bytes + byteCount).update(from: data.assumingMemoryBound(to: UInt8.self), count: count)
            byteCount += count
        }
        if endCount == endCapacity { growEnds() }
        ends[endCount] = byteCount
        endCount += 1
        fieldsInRow += 1
        lastRowEndedWithCR = false
    }

    /// Takes the end of a field longer than ``fieldLimit``: its bytes are not kept, an empty
    /// field stands in its place, and its record is marked to be skipped.
    private mutating func tooLongField(_ data: UnsafeRawPointer?, _ count: Int) {
        if fieldsInRow >= maximumFieldsPerRecord {
            overflow = .fields
            recordsBeforeOverflow = recordCount
            return
        }
        var followsCR = droppedEndsWithCR
        var breaks = droppedBreaks
        if let data { breaks += Self.lineBreaks(data.assumingMemoryBound(to: UInt8.self), count, &followsCR) }
        if longField == nil { longField = (fieldsInRow, droppedInField + count) }
        longFieldBreaks += breaks
        droppedInField = 0
        droppedBreaks = 0
        droppedEndsWithCR = false
        if endCount == endCapacity { growEnds() }
        ends[endCount] = byteCount
        endCount += 1
        fieldsInRow += 1
        lastRowEndedWithCR = false
    }

    /// Notes that the reader took the first `count` bytes of the field being parsed out of
    /// libcsv's buffer, because the field is surely longer than ``fieldLimit``: they are counted
    /// (length and line breaks), not kept. `count` is over the limit, so the field callback then
    /// takes the field as too long whatever remains of it.
    mutating func dropFieldStart(_ bytes: UnsafePointer<UInt8>, count: Int) {
        droppedInField += count
        droppedBreaks += Self.lineBreaks(bytes, count, &droppedEndsWithCR)
    }

    /// The line breaks in `count` bytes: a CR LF pair once (also when the CR ended the bytes
    /// before, `followsCR`), a lone CR or LF once each; `followsCR` says on return whether the
    /// last byte is a CR.
    private static func lineBreaks(_ base: UnsafePointer<UInt8>, _ count: Int, _ followsCR: inout Bool) -> Int {
        guard count > 0 else { return 0 }
        var breaks = 0
        var offset = 0
        while offset < count, let found = memchr(base + offset, 0x0D, count - offset) {
            breaks += 1
            offset = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base + 1
        }
        offset = 0
        while offset < count, let found = memchr(base + offset, 0x0A, count - offset) {
            let index = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
            let afterCR = index > 0 ? base[index - 1] == 0x0D : followsCR
            if !afterCR { breaks += 1 }
            offset = index + 1
        }
        followsCR = base[count - 1] == 0x0D
        return breaks
    }

    @inline(__always)
    mutating func record(terminator: Int32) {
        guard overflow == nil else { return }
        if fieldsInRow == 0 && terminator == 0x0A && lastRowEndedWithCR {
            lastRowEndedWithCR = false  // the LF of a CRLF pair
            return
        }
        if let long = longField {
            skipped.append(
                SkippedRecord(record: recordCount, field: long.index, bytes: long.bytes, breaks: longFieldBreaks))
            longField = nil
            longFieldBreaks = 0
        }
        if recordCount == recordCapacity { growRecords() }
        records[recordCount] = (fieldEnd: endCount, endsLine: terminator == 0x0D || terminator == 0x0A)
        recordCount += 1
        fieldsInRow = 0
        bytesInRow = 0
        lastRowEndedWithCR = terminator == 0x0D
    }

    /// Hands the completed records to `body` and keeps only the unfinished one.
    ///
    /// A record's line is the previous record's plus the line breaks inside its quoted fields
    /// plus its own line end. Line breaks inside fields are rare, so they are found with
    /// `memchr` over all delivered bytes at once rather than by looking at every field.
    ///
    /// After an overflow only the records completed before the overflowing one are delivered,
    /// so that ``rowStartLine`` is then the line on which the overflowing record starts.
    mutating func deliver(_ body: (CSVRow) throws -> Void) throws {
        if overflow != nil { recordCount = recordsBeforeOverflow }
        guard recordCount > 0 else { return }
        let deliveredFields = records[recordCount - 1].fieldEnd
        let deliveredBytes = deliveredFields > 0 ? ends[deliveredFields - 1] : 0
        SpaceHiding.reveal(bytes, count: deliveredBytes)  // the reader hid them from libcsv
        var breaks = LineBreakFinder(bytes, count: deliveredBytes)
        let allBytes = UnsafeBufferPointer(start: UnsafePointer(bytes), count: byteCount)
        var firstField = 0
        var start = 0
        var nextSkipped = 0
        for index in 0..<recordCount {
            let record = records[index]
            let fieldEnds = UnsafeBufferPointer(
                start: UnsafePointer(ends + firstField), count: record.fieldEnd - firstField)
            if nextSkipped < skipped.count && skipped[nextSkipped].record == index {
                let skip = skipped[nextSkipped]
                skippedRecords.append((line: rowStartLine, column: skip.field + 1, bytes: skip.bytes))
                rowStartLine += skip.breaks
                nextSkipped += 1
            } else {
                try body(CSVRow(line: rowStartLine, bytes: allBytes, ends: fieldEnds, start: start))
            }
            let end = fieldEnds.last ?? start
            rowStartLine += breaks.count(before: end, fieldStarts: fieldEnds.dropLast(), recordStart: start)
            if record.endsLine { rowStartLine += 1 }
            start = end
            firstField = record.fieldEnd
        }
        // Keep the fields of the record still being parsed, at the front.
        byteCount -= deliveredBytes
        bytes.update(from: bytes + deliveredBytes, count: byteCount)
        endCount -= deliveredFields
        for index in 0..<endCount { ends[index] = ends[index + deliveredFields] - deliveredBytes }
        recordCount = 0
        recordsBeforeOverflow = 0
        skipped.removeAll(keepingCapacity: true)
    }

    private mutating func growBytes(toFit count: Int) {
        var capacity = byteCapacity * 2
        while capacity < count { capacity *= 2 }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        grown.moveInitialize(from: bytes, count: byteCount)
        bytes.deallocate()
        bytes = grown
        byteCapacity = capacity
    }

    private mutating func growEnds() {
        let grown = UnsafeMutablePointer<Int>.allocate(capacity: endCapacity * 2)
        grown.moveInitialize(from: ends, count: endCount)
        ends.deallocate()
        ends = grown
        endCapacity *= 2
    }

    private mutating func growRecords() {
        let grown = UnsafeMutablePointer<(fieldEnd: Int, endsLine: Bool)>.allocate(capacity: recordCapacity * 2)
        grown.moveInitialize(from: records, count: recordCount)
        records.deallocate()
        records = grown
        recordCapacity *= 2
    }
}

/// Walks the CR and LF bytes of a buffer in order, with `memchr`.
struct LineBreakFinder {
    private let base: UnsafeMutablePointer<UInt8>
    private let count: Int
    private var nextCR: Int
    private var nextLF: Int

    init(_ base: UnsafeMutablePointer<UInt8>, count: Int) {
        self.base = base
        self.count = count
        nextCR = 0
        nextLF = 0
        nextCR = find(0x0D, from: 0)
        nextLF = find(0x0A, from: 0)
    }

    private func find(_ byte: UInt8, from offset: Int) -> Int {
        guard offset < count, let found = memchr(base + offset, Int32(byte), count - offset) else { return count }
        return found.assumingMemoryBound(to: UInt8.self) - base
    }

    /// The line breaks before `end` not counted yet: CRLF inside one field counts once, a lone
    /// CR or LF once each. `fieldStarts` are the offsets where the record's later fields start.
    mutating func count(before end: Int, fieldStarts: some Sequence<Int>, recordStart: Int) -> Int {
        var breaks = 0
        while nextCR < end {
            breaks += 1
            nextCR = find(0x0D, from: nextCR + 1)
        }
        while nextLF < end {
            let followsCR = nextLF > recordStart && base[nextLF - 1] == 0x0D && !fieldStarts.contains(nextLF)
            if !followsCR { breaks += 1 }
            nextLF = find(0x0A, from: nextLF + 1)
        }
        return breaks
    }
}

/// Keeps libcsv from trimming spaces without a per-byte callback.
///
/// libcsv trims spaces and tabs around unquoted fields unless a space function says no byte
/// is a space, and calling that function for every byte costs about a sixth of its speed. So
/// the reader swaps space (and tab, unless it is the delimiter) for 0xFE (0xFF) in the input,
/// two bytes that never occur in UTF-8, and swaps them back in the fields libcsv returns.
/// libcsv then parses as with a space function that answers no, except right after a double
/// quote, where ``revealAfterQuotes(_:pending:)`` lets it see spaces again. Input holding 0xFE or
/// 0xFF (invalid UTF-8: the ``Transcoder`` replaces them in any text not known to be valid, so
/// only a file changed between detection and reading can bring them here) is first made valid
/// by ``replacingMarkers(_:)``.
enum SpaceHiding {
    static let hiddenSpace: UInt8 = 0xFE
    static let hiddenTab: UInt8 = 0xFF

    /// Whether the bytes hold 0xFE or 0xFF already.
    static func holdsMarkers(_ buffer: UnsafeMutableBufferPointer<UInt8>) -> Bool {
        guard let base = buffer.baseAddress else { return false }
        return memchr(base, Int32(hiddenSpace), buffer.count) != nil
            || memchr(base, Int32(hiddenTab), buffer.count) != nil
    }

    /// The bytes with 0xFE and 0xFF (never valid UTF-8) replaced by U+FFFD, as a decoder reads them.
    static func replacingMarkers(_ buffer: UnsafeMutableBufferPointer<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(buffer.count + 16)
        for byte in buffer {
            if byte >= hiddenSpace { out += [0xEF, 0xBF, 0xBD] } else { out.append(byte) }
        }
        return out
    }

    /// Replaces spaces by 0xFE and, when `tabs`, tabs by 0xFF.
    static func hide(_ buffer: UnsafeMutableBufferPointer<UInt8>, tabs: Bool) {
        guard let base = buffer.baseAddress else { return }
        let tab: UInt8 = tabs ? 0x09 : 0x20  // a space is already taken by the first test
        for index in 0..<buffer.count {
            let byte = base[index]
            base[index] = byte == 0x20 ? hiddenSpace : (byte == tab ? hiddenTab : byte)
        }
    }

    /// Puts back the spaces and tabs that directly follow a double quote.
    ///
    /// libcsv drops spaces between a closing quote and the delimiter (`"Silva, Ana" ,x`); hidden,
    /// they were text after the closing quote, which keeps the field open to the end of the file.
    /// The one difference this leaves from a space function that answers no: an unquoted field
    /// holding a quote then ending in spaces (`5" ,`) loses those spaces, as libcsv trims them.
    /// `pending` carries a quote at the end of one chunk, and the spaces after it, into the next.
    static func revealAfterQuotes(_ buffer: UnsafeMutableBufferPointer<UInt8>, pending: inout Bool) {
        guard let base = buffer.baseAddress else { return }
        let count = buffer.count
        func revealRun(from start: Int) -> Int {
            var index = start
            while index < count && base[index] >= hiddenSpace {
                base[index] = base[index] == hiddenSpace ? 0x20 : 0x09
                index += 1
            }
            return index
        }
        var index = pending ? revealRun(from: 0) : 0
        pending = pending && index == count
        while index < count, let found = memchr(base + index, Int32(UInt8(ascii: "\"")), count - index) {
            index = revealRun(from: found.assumingMemoryBound(to: UInt8.self) - base + 1)
            pending = index == count
        }
    }

    /// Turns 0xFE back into spaces and 0xFF into tabs.
    static func reveal(_ base: UnsafeMutablePointer<UInt8>, count: Int) {
        for index in 0..<count {
            let byte = base[index]
            base[index] = byte == hiddenSpace ? 0x20 : (byte == hiddenTab ? 0x09 : byte)
        }
    }
}
