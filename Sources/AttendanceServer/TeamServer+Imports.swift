import AttendanceService
import FlyingFox
import Foundation
import ZIPFoundation

/// What an upload did: one line per file, with its row issues, and what became of matching.
struct UploadResult: Sendable {
    /// One file's result: its name, whether it went in, the words, its row issues.
    struct File: Sendable {
        var name: String
        var isFailure: Bool
        var text: String
        var issues: [String]
    }

    var files: [File] = []
    var matching = ""
}

extension TeamServer {
    /// The file types an upload may hold, by extension.
    static let acceptedExtensions: Set<String> = ["csv", "txt", "xlsx", "zip"]

    /// `GET /imports`: the upload form (and, after a POST, each file's result).
    func imports(_ request: Request, results: UploadResult?) async throws -> HTTPResponse {
        let events = try await reading { store in try store.events() }
        return page(request, title: request.t("Importar", "Imports")) {
            el("h1") { request.t("Importar listas", "Import lists") }
            if let results { uploadResults(request, results) }
            el(
                "form",
                [
                    ("method", "post"), ("action", "/imports"), ("enctype", "multipart/form-data"),
                    ("id", "upload"),
                ]
            ) {
                csrfField(request)
                el("label", [("for", "event")]) { request.t("Evento", "Event") }
                el("select", [("id", "event"), ("name", "event"), ("required", "")]) {
                    for event in events.sorted(by: { $0.id > $1.id }) {
                        el(
                            "option",
                            [("value", event.id)] + (request.query["event"] == event.id ? [("selected", "")] : [])
                        ) {
                            event.id + " · "
                                + (request.isEnglish && !event.titleEN.isEmpty ? event.titleEN : event.titlePT)
                        }
                    }
                }
                el("label", [("for", "files")]) {
                    request.t(
                        "Arquivos (.csv, .txt, .xlsx) ou uma pasta zipada (.zip); até \(configuration.uploadLimit >> 20) MiB",
                        "Files (.csv, .txt, .xlsx) or a zipped folder (.zip); up to \(configuration.uploadLimit >> 20) MiB"
                    )
                }
                el(
                    "input",
                    [
                        ("id", "files"), ("name", "files"), ("type", "file"), ("multiple", ""),
                        ("required", ""),
                        ("accept", ".csv,.txt,.xlsx,.zip"),
                    ])
                el("p") { el("button", [("type", "submit")]) { request.t("Importar", "Import") } }
            }
            if events.isEmpty {
                el("p", [("class", "notice")]) {
                    request.t("Cadastre primeiro um evento em ", "First add an event on ")
                    el("a", [("href", "/events")]) { request.t("Eventos", "Events") }
                    "."
                }
            }
        }
    }

    private func uploadResults(_ request: Request, _ results: UploadResult) -> HTML {
        el(
            "section", [("id", "results"), ("aria-live", "polite"), ("aria-labelledby", "results-title")]
        ) {
            el("h2", [("id", "results-title")]) { request.t("Resultado", "Result") }
            el("ul") {
                for file in results.files {
                    el("li", [("class", file.isFailure ? "problem" : "imported"), ("data-file", file.name)]) {
                        file.text
                        if !file.issues.isEmpty {
                            el("ul", [("class", "issues")]) { for issue in file.issues { el("li") { issue } } }
                        }
                    }
                }
            }
            el("p", [("id", "matching")]) { results.matching }
        }
    }

    /// `POST /imports`: saves the files (or the .zip's files) under the upload folder in the
    /// event's folder, checks each by content with the library's format recognition, imports them
    /// as `attendance import FILES --event EVENT` does, matches people, and shows each file's result.
    func upload(_ request: Request) async throws -> HTTPResponse {
        guard let eventID = request.form["event"], !eventID.isEmpty,
            !eventID.contains("/"), !eventID.hasPrefix(".")
        else { throw PageError.badRequest(request.t("Escolha o evento.", "Choose the event.")) }
        let uploads = request.form.files.filter { $0.field == "files" }
        guard !uploads.isEmpty else {
            throw PageError.badRequest(request.t("Escolha os arquivos.", "Choose the files."))
        }
        var results = UploadResult()
        var files: [(name: String, data: Data)] = []
        for upload in uploads {
            let type = URL(fileURLWithPath: upload.name).pathExtension.lowercased()
            guard Self.acceptedExtensions.contains(type) else {
                results.files.append(
                    .init(
                        name: upload.name, isFailure: true,
                        text: upload.name
                            + request.t(
                                ": tipo não aceito (.csv, .txt, .xlsx, .zip)",
                                ": type not accepted (.csv, .txt, .xlsx, .zip)"),
                        issues: []))
                continue
            }
            if type == "zip" {
                do {
                    files += try Self.unzipped(upload.data, limit: configuration.uploadLimit)
                } catch {
                    results.files.append(
                        .init(
                            name: upload.name, isFailure: true,
                            text: upload.name + ": " + String(describing: error), issues: []))
                }
            } else {
                files.append((upload.name, upload.data))
            }
        }
        let folder = URL(fileURLWithPath: configuration.uploadFolder).appendingPathComponent(eventID)
        let english = request.isEnglish
        let chosen = files
        let prepared = try await offloaded { () -> (Store, [String], [UploadResult.File]) in
            let store = try self.opened().0
            guard try store.event(id: eventID) != nil else { throw PageError.notFound(eventID) }
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            var refused: [UploadResult.File] = []
            var paths: [String] = []
            for file in chosen {
                let path = Self.freePath(in: folder, name: file.name, data: file.data)
                try file.data.write(to: URL(fileURLWithPath: path))
                do {
                    _ = try ExportReader.recognise(path: path, displayName: file.name)
                    paths.append(path)
                } catch {
                    try? FileManager.default.removeItem(atPath: path)
                    refused.append(
                        .init(name: file.name, isFailure: true, text: String(describing: error), issues: []))
                }
            }
            return (store, paths, refused)
        }
        let (store, paths, refused) = prepared
        results.files += refused
        guard !paths.isEmpty else { return try await imports(request, results: results) }
        let summary = try await Importer(store: store).importPaths(
            paths, options: ImportOptions(eventID: eventID))
        for report in summary.files {
            results.files.append(
                .init(
                    name: URL(fileURLWithPath: report.path).lastPathComponent,
                    isFailure: { if case .failed = report.outcome { true } else { false } }(),
                    text: Self.line(report, english: english),
                    issues: report.issues.map { Masking.text($0.description) }))
        }
        results.matching = try await offloaded {
            do {
                let run = try IdentityService(store: store, places: try self.opened().1).bringUpToDate()
                return run?.description ?? (english ? "people: up to date" : "pessoas: em dia")
            } catch StoreError.superseded {
                return english
                    ? "people: not matched yet, other imports are changing the store"
                    : "pessoas: ainda não comparadas, outras importações estão mudando o armazém"
            }
        }
        return try await imports(request, results: results)
    }

    /// One file's result in words, as the CLI's import lines say it.
    static func line(_ report: FileReport, english: Bool) -> String {
        let name = URL(fileURLWithPath: report.path).lastPathComponent
        let format = report.format.map { " [\($0)]" } ?? ""
        let issues =
            report.issues.isEmpty
            ? ""
            : (english
                ? ", \(report.issues.count) row issues" : ", \(report.issues.count) problema(s) de linha")
        switch report.outcome {
        case .imported(let records, let replaced):
            return english
                ? "imported \(name)\(format): \(records) records\(replaced ? " (replaced the earlier version)" : "")\(issues)"
                : "importado \(name)\(format): \(records) registros\(replaced ? " (substituiu a versão anterior)" : "")\(issues)"
        case .newVersion(let previous, let records, let added, let removed):
            return english
                ? "imported \(name)\(format): \(records) records, new version of \(previous): +\(added) −\(removed) records\(issues)"
                : "importado \(name)\(format): \(records) registros, nova versão de \(previous): +\(added) −\(removed) registros\(issues)"
        case .alreadyImported(let existing):
            return english
                ? "skipped \(name): already imported as \(existing)"
                : "pulado \(name): já importado como \(existing)"
        case .sameContent(let existing):
            return english
                ? "skipped \(name): the same records as \(existing)"
                : "pulado \(name): os mesmos registros de \(existing)"
        case .failed(let message):
            return (english ? "FAILED " : "FALHOU ") + Masking.text(message)
        }
    }

    /// A path in `folder` for `name`: the name itself when free or holding the same bytes, else
    /// the name with `-2`, `-3`… before the extension.
    static func freePath(in folder: URL, name: String, data: Data) -> String {
        let url = URL(fileURLWithPath: name)
        let stem = url.deletingPathExtension().lastPathComponent
        let type = url.pathExtension
        var candidate = folder.appendingPathComponent(name).path
        var counter = 2
        while let existing = FileManager.default.contents(atPath: candidate), existing != data {
            candidate =
                folder.appendingPathComponent("\(stem)-\(counter)" + (type.isEmpty ? "" : ".\(type)")).path
            counter += 1
        }
        return candidate
    }

    /// The accepted files of a .zip (a zipped folder), by their own names: no folder of the archive's
    /// choosing, hidden files and other types left out; at most `limit` bytes once unpacked.
    static func unzipped(_ data: Data, limit: Int) throws -> [(name: String, data: Data)] {
        guard data.starts(with: Array("PK\u{03}\u{04}".utf8)) else {
            throw PageError.badRequest("not a ZIP archive")
        }
        let archive = try Archive(data: data, accessMode: .read)
        var files: [(name: String, data: Data)] = []
        var total = 0
        for entry in archive where entry.type == .file {
            let name = entry.path.split(separator: "/").last.map(String.init) ?? ""
            let type = URL(fileURLWithPath: name).pathExtension.lowercased()
            guard !name.hasPrefix("."), !entry.path.hasPrefix("__MACOSX"),
                acceptedExtensions.contains(type), type != "zip"
            else { continue }
            var content = Data()
            _ = try archive.extract(entry) { chunk in
                total += chunk.count
                if total > limit { throw PageError.tooLarge(limit) }
                content.append(chunk)
            }
            files.append((name, content))
        }
        return files
    }
}
