import AttendanceCSV
import AttendanceDemo
import Foundation

/// The CSV reader benchmark: a generator of realistic attendance exports and a timed read.
enum CSVBenchmark {
    struct Usage: Error, CustomStringConvertible {
        let description: String
    }

    /// `csv-generate PATH --rows N`: writes N attendance rows after a header, Zoom-like, with
    /// Portuguese accents, organisations holding commas, and some comments holding line breaks
    /// and doubled quotes. The same N always gives the same bytes.
    static func generate(_ arguments: [String]) throws {
        guard arguments.count == 3, arguments[1] == "--rows", let rows = Int(arguments[2]), rows >= 0 else {
            throw Usage(description: "usage: csv-generate PATH --rows N")
        }
        var random = SplitMix64(seed: 2021)
        var writer = try CSVWriter(path: arguments[0])
        try writer.write([
            "Nome (nome original)", "E-mail", "Organização", "Cidade", "UF", "Hora de entrada", "Hora de saída",
            "Duração (minutos)", "Convidado", "Comentário",
        ])
        for index in 0..<rows {
            let first = random.pick(firstNames)
            let last = random.pick(lastNames)
            let place = places[random.below(places.count)]
            let joinMinute = 9 * 60 + random.below(90)
            let minutes = 1 + random.below(150)
            let comment: String
            switch random.below(20) {
            case 0: comment = "Pergunta: \"como priorizar?\"\nObrigada pela apresentação!"
            case 1: comment = "Áudio falhou, reconectei;\r\nvoltei às \(time(joinMinute + 30))"
            case 2, 3, 4: comment = "ok"
            default: comment = ""
            }
            try writer.write([
                "\(first) \(last)",
                "\(ascii(first)).\(ascii(last))\(index)@example.org",
                "Prefeitura de \(place.city), Secretaria de \(random.pick(departments))",
                place.city,
                place.uf,
                "24/09/2020 \(time(joinMinute))",
                "24/09/2020 \(time(joinMinute + minutes))",
                String(minutes),
                random.below(4) == 0 ? "Sim" : "Não",
                comment,
            ])
        }
        try writer.close()
    }

    /// `csv-read PATH...`: reads the files one after the other with ``CSVReader`` (dialect
    /// detection included), touches the bytes of every field, and prints the totals: bytes,
    /// records, fields, seconds, MB/s and peak RSS.
    static func read(_ arguments: [String]) throws {
        guard !arguments.isEmpty else { throw Usage(description: "usage: csv-read PATH...") }
        let clock = ContinuousClock()
        let cpuStart = processCPUSeconds()
        var records = 0
        var fields = 0
        var fieldBytes = 0
        var checksum: UInt64 = 0
        let elapsed = try clock.measure {
            for path in arguments {
                let reader = try CSVReader(path: path)
                try reader.forEachRow { row in
                    records += 1
                    fields += row.count
                    for index in 0..<row.count {
                        row.withUTF8(index) { bytes in
                            fieldBytes += bytes.count
                            if let last = bytes.last { checksum = checksum &* 31 &+ UInt64(last) }
                        }
                    }
                }
            }
        }
        let cpuSeconds = processCPUSeconds() - cpuStart
        let bytes = try arguments.reduce(0) { total, path in
            total + (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0)
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let line = String(
            format: "{\"tool\":\"swift-reader\",\"bytes\":%d,\"records\":%d,\"fields\":%d,\"field_bytes\":%d,"
                + "\"checksum\":%llu,\"seconds\":%.4f,\"cpu_seconds\":%.4f,\"mb_per_s\":%.1f,\"peak_rss_kib\":%d}",
            bytes, records, fields, fieldBytes, checksum, seconds, cpuSeconds, Double(bytes) / 1e6 / seconds,
            peakRSSKiB())
        print(line)
    }

    /// CPU time used by the process so far, in seconds (less disturbed than wall time on a shared machine).
    static func processCPUSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    /// The process's peak resident set (VmHWM) in KiB, or -1 where /proc is missing.
    static func peakRSSKiB() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return -1 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(String(line.dropFirst(6).filter(\.isNumber))) ?? -1
        }
        return -1
    }

    static func time(_ minuteOfDay: Int) -> String {
        let hour = minuteOfDay / 60 % 24
        let minute = minuteOfDay % 60
        return (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute):00"
    }

    /// The name folded to lower-case ASCII for an e-mail address.
    static func ascii(_ name: String) -> String {
        String(
            name.lowercased().unicodeScalars.compactMap { scalar -> Character? in
                switch scalar {
                case "á", "à", "â", "ã": "a"
                case "é", "ê": "e"
                case "í": "i"
                case "ó", "ô", "õ": "o"
                case "ú", "ü": "u"
                case "ç": "c"
                default: scalar.isASCII && scalar != " " ? Character(scalar) : nil
                }
            })
    }

    static let firstNames = [
        "João", "Maria", "José", "Ana", "Antônio", "Francisca", "Luís", "Conceição", "Sebastião", "Márcia",
        "Fábio", "Luíza", "Vinícius", "Patrícia", "Jéssica", "Inês", "Otávio", "Lúcia", "Caetano", "Glória",
    ]
    static let lastNames = [
        "da Silva", "Conceição", "Araújo", "Gonçalves", "Magalhães", "Simões", "Gusmão", "Brandão", "Assunção",
        "Falcão", "Guimarães", "Damásio", "Sá", "Pinheiro", "Leão", "Nóbrega", "Castelo Branco", "Estêvão",
    ]
    static let departments = [
        "Assistência Social", "Direitos Humanos e Cidadania", "Saúde", "Educação", "Trabalho, Emprego e Renda",
        "Relações Internacionais",
    ]
    static let places: [(city: String, uf: String)] = [
        ("São Paulo", "SP"), ("Belém", "PA"), ("Foz do Iguaçu", "PR"), ("Goiânia", "GO"), ("Niterói", "RJ"),
        ("Mossoró", "RN"), ("Corumbá", "MS"), ("São José do Rio Preto", "SP"), ("Venâncio Aires", "RS"),
        ("Vitória da Conquista", "BA"), ("Santarém", "PA"), ("Juiz de Fora", "MG"),
    ]
}
