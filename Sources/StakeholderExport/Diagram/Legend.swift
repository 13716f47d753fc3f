import StakeholderModel

/// The legend and caption drawn inside the diagram, as a Graphviz HTML-like label at the bottom.
enum Legend {
  /// An HTML-like label (without the outer `<…>`): title, caption lines, sector colours, kinds
  /// and relation types that occur in `diagram`.
  static func html(for diagram: DiagramGraph, title: String?) -> String {
    var rows: [String] = []
    if let title, !title.isEmpty {
      rows.append("<tr><td align=\"left\"><font point-size=\"14\"><b>\(Escape.xml(title))</b></font></td></tr>")
    }
    for line in diagram.caption {
      rows.append("<tr><td align=\"left\"><font point-size=\"10\">\(Escape.xml(line))</font></td></tr>")
    }
    let sectors = Set(diagram.nodes.compactMap(\.sector))
    let hasUnsectored = diagram.nodes.contains { $0.sector == nil && $0.kind != nil }
    var cells: [String] = []
    for s in Sector.allCases where sectors.contains(s) {
      let name = diagram.view == "sector-triangle" && s == .other ? "other sectors" : s.label
      cells.append(swatch(Palette.fill(s), name))
    }
    if hasUnsectored { cells.append(swatch(Palette.fill(nil), "no sector")) }
    if !cells.isEmpty { rows.append(row(["<b>sector</b>"] + cells)) }
    let kinds = Set(diagram.nodes.compactMap(\.kind))
    let kindCells = EntityKind.allCases.filter(kinds.contains).map { k in
      "<font point-size=\"13\">\(kindSymbol(k))</font> \(k.rawValue)"
    }
    if kindCells.count > 1 { rows.append(row(["<b>kind</b>"] + kindCells)) }
    let types = Set(diagram.edges.compactMap(\.type))
    let typeCells = RelationType.allCases.filter(types.contains).map { t in
      "\(Palette.edge(t).sample) \(Palette.label(t))"
    }
    if !typeCells.isEmpty { rows.append(row(["<b>tie</b>"] + typeCells)) }
    guard !rows.isEmpty else { return "" }
    return "<table border=\"0\" cellborder=\"0\" cellspacing=\"1\" cellpadding=\"2\">"
      + rows.joined() + "</table>"
  }

  /// A coloured square glyph and the sector's name (white squares get an outline glyph instead).
  private static func swatch(_ color: String, _ name: String) -> String {
    let glyph = color == "#FFFFFF" ? "<font color=\"#666666\">□</font>" : "<font color=\"\(color)\">■</font>"
    return "<font point-size=\"13\">\(glyph)</font> \(Escape.xml(name))"
  }

  /// One legend line as a single left-aligned cell: Graphviz stretches nested tables to the widest row,
  /// which spreads short rows out, while text in a cell keeps its natural width.
  private static func row(_ items: [String]) -> String {
    "<tr><td align=\"left\">" + items.joined(separator: "   ") + "</td></tr>"
  }

  /// A glyph close to the kind's shape (DejaVu Sans has all of them).
  static func kindSymbol(_ k: EntityKind) -> String {
    switch k {
    case .person: "◯"
    case .organization: "▭"
    case .place: "⌂"
    case .project: "⬡"
    case .event: "⬠"
    }
  }
}
