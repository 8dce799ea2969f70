import AttendanceCSV
import Foundation
let reader = try CSVReader(path: CommandLine.arguments[1], chunkSize: Int(CommandLine.arguments.count > 2 ? CommandLine.arguments[2] : "65536")!)
var recs: [[String]] = []
var lines: [Int] = []
try reader.forEachRow { recs.append($0.fields); lines.append($0.line) }
let obj: [String: Any] = ["encoding": reader.dialect.encoding.rawValue, "delimiter": reader.dialect.delimiterName, "records": recs, "lines": lines]
print(String(decoding: try JSONSerialization.data(withJSONObject: obj), as: UTF8.self))
