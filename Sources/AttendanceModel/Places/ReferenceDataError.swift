/// A problem with the bundled IBGE reference files.
///
/// These files ship with the package, so the error means a broken build or a hand-edited copy.
package enum ReferenceDataError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The resource file is not in the bundle or cannot be read.
    case missingResource(String)
    /// A row does not have the expected columns or codes.
    case malformedRow(file: String, line: Int)

    /// The message the command line shows.
    package var description: String {
        switch self {
        case .missingResource(let name): "reference file \(name) is missing from the bundle"
        case .malformedRow(let file, let line): "\(file):\(line): malformed reference row"
        }
    }
}
