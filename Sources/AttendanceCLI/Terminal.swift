import Foundation

/// The one way the command line puts text on a terminal: control characters in the data are
/// shown, never obeyed.
///
/// Names, titles and file names come from exports that anyone could have written; an ESC in a
/// name could recolour the terminal, move the cursor or rewrite a line already printed. Every
/// line the commands print goes through ``escaped(_:keepingLineBreaks:)``: ESC shows as `\e`,
/// NUL, tab, line feed and carriage return as `\0`, `\t`, `\n`, `\r`, and any other C0 or C1
/// control character or DEL as `\u{9B}` (its code in hexadecimal). So are the invisible marks
/// that reorder text on screen (the bidirectional embeddings, overrides, isolates and marks:
/// `lista\u{202E}vsc.exe` would show as `listaexe.csv`). Files the commands write
/// (CSV, JSON, Markdown, HTML) keep the data as it is; printed to standard output, such data is
/// escaped only when standard output is a terminal.
enum Terminal {
    /// `text` with its control characters written visibly; line breaks and tabs are kept when
    /// `keepingLineBreaks` (whole messages), escaped otherwise (one cell, one name, one path).
    static func escaped(_ text: String, keepingLineBreaks: Bool = true) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard isControl(scalar), !(keepingLineBreaks && (scalar == "\n" || scalar == "\t")) else {
                out.append(scalar)
                continue
            }
            let shown: String
            switch scalar {
            case "\u{1B}": shown = "\\e"
            case "\0": shown = "\\0"
            case "\t": shown = "\\t"
            case "\n": shown = "\\n"
            case "\r": shown = "\\r"
            default: shown = "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            }
            out.append(contentsOf: shown.unicodeScalars)
        }
        return String(out)
    }

    /// Whether `scalar` is a C0 or C1 control character, DEL, or a bidirectional formatting
    /// character (U+061C, U+200E–U+200F, U+202A–U+202E, U+2066–U+2069).
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F, 0x061C, 0x200E...0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// Prints `text` to standard output, escaped.
    static func say(_ text: String, terminator: String = "\n") {
        print(escaped(text), terminator: terminator)
    }

    /// Prints a data file's text (CSV, JSON, Markdown, HTML) to standard output: as it is when
    /// redirected to a file or a pipe, escaped on a terminal.
    static func sayData(_ text: String, terminator: String = "\n") {
        print(isatty(STDOUT_FILENO) != 0 ? escaped(text) : text, terminator: terminator)
    }

    /// The width tables fit (``TextGrid``): the terminal's when standard output is one, else
    /// `$COLUMNS` when set, else `nil` (no limit: a file or a pipe gets each row on one line).
    static var columns: Int? {
        var size = winsize()
        if isatty(STDOUT_FILENO) != 0,
            withUnsafeMutablePointer(to: &size, { ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), $0) }) == 0, size.ws_col > 0
        {
            return Int(size.ws_col)
        }
        return ProcessInfo.processInfo.environment["COLUMNS"].flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil }
    }

    /// Writes `text` and a line break to standard error, escaped.
    static func warn(_ text: String) {
        FileHandle.standardError.write(Data((escaped(text) + "\n").utf8))
    }
}
