import Foundation

/// Stops the run when an invariant fails, so that libFuzzer keeps the input as a crash.
///
/// The harnesses check more than "no crash": chunking must not change what is read, lines must
/// grow, fields must be UTF-8, errors must name the file. Each failed check is a finding.
public func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    guard !condition() else { return }
    FileHandle.standardError.write(Data("invariant failed: \(message())\n".utf8))
    abort()
}

/// The chunk size an input is also read with: 1…64, from its first byte.
///
/// The byte stays part of the data, so seed files keep their meaning, and every size occurs
/// as libFuzzer mutates the first byte.
public func chunkSize(for bytes: [UInt8]) -> Int {
    Int(bytes.first ?? 0) % 64 + 1
}

/// The bytes libFuzzer hands over, copied.
public func inputBytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
    guard let data, size > 0 else { return [] }
    return Array(UnsafeBufferPointer(start: data, count: size))
}

/// Whether `bytes` are well-formed UTF-8, by the standard library's own decoder.
public func isValidUTF8(_ bytes: some Collection<UInt8>) -> Bool {
    String(validating: bytes, as: UTF8.self) != nil
}
