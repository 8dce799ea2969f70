import AttendanceModel
extension SVGChart {
    /// One federative unit on the tile map: its place in the grid and its name.
    struct Tile {
        var uf: String
        var name: String
        var region: String
        var column: Int
        var row: Int
    }

    /// The 27 units as a grid cartogram: one square each, placed roughly as on the map
    /// (north at the top, the north-eastern coast on the right, Rio Grande do Sul at the bottom).
    static let tiles: [Tile] = [
        Tile(uf: "RR", name: "Roraima", region: "Norte", column: 1, row: 0),
        Tile(uf: "AP", name: "Amapá", region: "Norte", column: 3, row: 0),
        Tile(uf: "AM", name: "Amazonas", region: "Norte", column: 1, row: 1),
        Tile(uf: "PA", name: "Pará", region: "Norte", column: 2, row: 1),
        Tile(uf: "MA", name: "Maranhão", region: "Nordeste", column: 3, row: 1),
        Tile(uf: "CE", name: "Ceará", region: "Nordeste", column: 4, row: 1),
        Tile(uf: "RN", name: "Rio Grande do Norte", region: "Nordeste", column: 5, row: 1),
        Tile(uf: "AC", name: "Acre", region: "Norte", column: 0, row: 2),
        Tile(uf: "RO", name: "Rondônia", region: "Norte", column: 1, row: 2),
        Tile(uf: "TO", name: "Tocantins", region: "Norte", column: 2, row: 2),
        Tile(uf: "PI", name: "Piauí", region: "Nordeste", column: 3, row: 2),
        Tile(uf: "PE", name: "Pernambuco", region: "Nordeste", column: 4, row: 2),
        Tile(uf: "PB", name: "Paraíba", region: "Nordeste", column: 5, row: 2),
        Tile(uf: "MT", name: "Mato Grosso", region: "Centro-Oeste", column: 1, row: 3),
        Tile(uf: "GO", name: "Goiás", region: "Centro-Oeste", column: 2, row: 3),
        Tile(uf: "BA", name: "Bahia", region: "Nordeste", column: 3, row: 3),
        Tile(uf: "SE", name: "Sergipe", region: "Nordeste", column: 4, row: 3),
        Tile(uf: "AL", name: "Alagoas", region: "Nordeste", column: 5, row: 3),
        Tile(uf: "MS", name: "Mato Grosso do Sul", region: "Centro-Oeste", column: 1, row: 4),
        Tile(uf: "DF", name: "Distrito Federal", region: "Centro-Oeste", column: 2, row: 4),
        Tile(uf: "MG", name: "Minas Gerais", region: "Sudeste", column: 3, row: 4),
        Tile(uf: "ES", name: "Espírito Santo", region: "Sudeste", column: 4, row: 4),
        Tile(uf: "PR", name: "Paraná", region: "Sul", column: 2, row: 5),
        Tile(uf: "SP", name: "São Paulo", region: "Sudeste", column: 3, row: 5),
        Tile(uf: "RJ", name: "Rio de Janeiro", region: "Sudeste", column: 4, row: 5),
        Tile(uf: "SC", name: "Santa Catarina", region: "Sul", column: 2, row: 6),
        Tile(uf: "RS", name: "Rio Grande do Sul", region: "Sul", column: 2, row: 7),
    ]

    /// Five shades of blue, lightest first, and the text colour each needs for contrast.
    private static let shades: [(fill: String, text: String)] = [
        ("#deebf7", "#1b2430"), ("#b3d3ec", "#1b2430"), ("#6baed6", "#1b2430"), ("#2b7bba", "#ffffff"),
        ("#08457e", "#ffffff"),
    ]

    /// A tile map of the 27 units: each square shaded by its count (five steps up to the
    /// largest), with the abbreviation and the printed value on it, and the unit's name and value
    /// as its `<title>`. Units without a count are white; hidden (small) counts are grey.
    ///
    /// - Parameter values: The printed value of each unit (`12`, `<5`), by abbreviation.
    static func tileMap(id: String, title: String, counts: [String: Int], values: [String: String], hidden: Set<String>)
        -> String
    {
        let size = 44
        let step = 48
        let width = 6 * step
        let height = 8 * step
        let largest = max(tiles.filter { !hidden.contains($0.uf) }.map { counts[$0.uf] ?? 0 }.max() ?? 0, 1)
        let items = tiles.map { tile in
            Item(
                label: tile.uf, plainLabel: "\(tile.uf) (\(tile.name))", value: counts[tile.uf] ?? 0,
                valueText: values[tile.uf] ?? "0")
        }
        var svg = open(id: id, title: title, items: items, width: width, height: height)
        for tile in tiles {
            let count = counts[tile.uf] ?? 0
            let shade: (fill: String, text: String)
            if hidden.contains(tile.uf) {
                shade = ("#e4e7ec", "#1b2430")
            } else if count <= 0 {
                shade = ("#ffffff", "#5b6675")
            } else {
                shade = shades[min(shades.count - 1, (count * shades.count - 1) / largest)]
            }
            let x = tile.column * step
            let y = tile.row * step
            let value = values[tile.uf] ?? "0"
            svg += "<g class=\"tile\"><title>\(BilingualText.escaped("\(tile.name): \(value)"))</title>"
            svg +=
                "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(size)\" height=\"\(size)\" rx=\"3\" fill=\"\(shade.fill)\""
                + " stroke=\"#8a94a3\" stroke-width=\"0.5\"/>"
            svg +=
                "<text x=\"\(x + size / 2)\" y=\"\(y + 18)\" font-size=\"13\" text-anchor=\"middle\""
                + " font-weight=\"700\" style=\"fill: \(shade.text)\">\(tile.uf)</text>"
            svg +=
                "<text x=\"\(x + size / 2)\" y=\"\(y + 35)\" font-size=\"12\" text-anchor=\"middle\""
                + " style=\"fill: \(shade.text)\">\(BilingualText.escaped(value))</text>"
            svg += "</g>\n"
        }
        return svg + "</svg>"
    }
}
