import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The one file per process that harnesses needing a path write each input to.
///
/// It lives in `$ATTENDANCE_FUZZ_SCRATCH` (`run.sh` makes a folder in `/dev/shm` and removes it
/// afterwards), else in the temporary directory; every input overwrites it.
public enum ScratchFile {
    public static let folder: String = {
        let base = ProcessInfo.processInfo.environment["ATTENDANCE_FUZZ_SCRATCH"] ?? NSTemporaryDirectory()
        let folder = (base as NSString).appendingPathComponent("fuzz-\(getpid())")
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }()

    /// Writes `bytes` to `<folder>/<name>` and returns the path.
    public static func write(_ bytes: [UInt8], named name: String) -> String {
        let path = (folder as NSString).appendingPathComponent(name)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        require(descriptor >= 0, "cannot create \(path): \(String(cString: strerror(errno)))")
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            require(written > 0, "cannot write \(path): \(String(cString: strerror(errno)))")
            offset += written
        }
        return path
    }
}
