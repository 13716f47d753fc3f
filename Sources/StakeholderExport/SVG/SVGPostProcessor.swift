import Foundation
import StakeholderModel

/// Finishes Graphviz's SVG for embedding: what Graphviz's own attributes cannot do.
///
/// Graphviz already writes the `id` and `class` attributes the DOT asks for and a `viewBox`. This pass
/// (1) drops the fixed `width`/`height` so the drawing scales to its container (unless asked to keep them),
/// (2) replaces each node's, edge's and cluster's `<title>` (Graphviz puts the DOT name there) with the
/// hover text (name, kind, sector, role, metrics; for an edge its type and sentence), escaped for XML,
/// (3) writes ids and classes with plain hyphens instead of `&#45;`, and (4) adds generic fallbacks to
/// the font family ("DejaVu Sans" → "DejaVu Sans,Verdana,Arial,sans-serif").
extension Diagram {
  /// The finished SVG for Graphviz's raw SVG output of this diagram's ``dot``.
  /// - Complexity: O(size of the SVG).
  public func finishSVG(_ raw: Data) -> Data {
    Data(SVGPostProcessor.finish(String(decoding: raw, as: UTF8.self), titles: titles, graphTitle: graphTitle,
                                 fixedSize: fixedSize).utf8)
  }
}

enum SVGPostProcessor {
  static let fontFallback = "DejaVu Sans,Verdana,Arial,sans-serif"

  static func finish(_ svg: String, titles: [String: String], graphTitle: String, fixedSize: Bool) -> String {
    var lines = svg.components(separatedBy: "\n")
    var pendingTitle: String?
    for i in lines.indices {
      var line = lines[i]
      if line.hasPrefix("<svg ") && !fixedSize {
        line = removeAttribute("width", from: line)
        line = removeAttribute("height", from: line)
        line = line.replacingOccurrences(of: "<svg  ", with: "<svg ")
        if line.trimmingCharacters(in: .whitespaces) == "<svg" { line = "<svg" }
      } else if line.hasPrefix("<g id=\"") {
        line = line.replacingOccurrences(of: "&#45;", with: "-")
        pendingTitle = nil
        if let id = attribute("id", in: line) {
          if let t = titles[id] {
            pendingTitle = t
          } else if line.contains("class=\"graph") && !graphTitle.isEmpty {
            pendingTitle = graphTitle
          }
        }
      } else if line.hasPrefix("<title>") && line.hasSuffix("</title>") {
        if let t = pendingTitle { line = "<title>" + Escape.xmlText(t) + "</title>" }
        pendingTitle = nil
      } else {
        pendingTitle = nil
      }
      if line.contains("font-family=\"DejaVu Sans\"") {
        line = line.replacingOccurrences(of: "font-family=\"DejaVu Sans\"", with: "font-family=\"\(fontFallback)\"")
      }
      lines[i] = line
    }
    return sortClusters(lines).joined(separator: "\n")
  }

  /// Puts the cluster groups (one level, emitted together before the nodes) in id order. Graphviz orders
  /// subgraphs by the address of their name string, which varies with earlier allocations in the process.
  static func sortClusters(_ lines: [String]) -> [String] {
    var blocks: [(id: String, lines: [String])] = []
    var first: Int?
    var last = -1
    var i = 0
    while i < lines.count {
      let isComment = lines[i].hasPrefix("<!--") && i + 1 < lines.count && lines[i + 1].hasPrefix("<g id=\"cluster-")
      let start = lines[i].hasPrefix("<g id=\"cluster-") ? i : (isComment ? i : nil)
      guard let start else {
        if first != nil { break }
        i += 1
        continue
      }
      let gLine = isComment ? start + 1 : start
      guard let end = lines[gLine...].firstIndex(where: { $0 == "</g>" }) else { break }
      if let f = first, start != last + 1 { _ = f; break }
      if first == nil { first = start }
      blocks.append((attribute("id", in: lines[gLine]) ?? "", Array(lines[start...end])))
      last = end
      i = end + 1
    }
    guard let f = first, blocks.count > 1 else { return lines }
    let sorted = blocks.sorted { $0.id < $1.id }.flatMap(\.lines)
    return Array(lines[..<f]) + sorted + Array(lines[(last + 1)...])
  }

  /// The value of `name="…"` in a start tag line (no unescaping beyond what the caller did).
  static func attribute(_ name: String, in line: String) -> String? {
    guard let r = line.range(of: " \(name)=\"") else { return nil }
    let rest = line[r.upperBound...]
    guard let end = rest.firstIndex(of: "\"") else { return nil }
    return String(rest[..<end])
  }

  private static func removeAttribute(_ name: String, from line: String) -> String {
    guard let r = line.range(of: " \(name)=\"") else { return line }
    let rest = line[r.upperBound...]
    guard let end = rest.firstIndex(of: "\"") else { return line }
    return String(line[..<r.lowerBound]) + String(line[line.index(after: end)...])
  }

  /// The `<svg>…</svg>` element alone (no XML declaration, DOCTYPE or comments), for inlining in HTML.
  static func inlineBody(_ svg: String) -> String {
    guard let start = svg.range(of: "<svg") else { return "" }
    // Graphviz's comments (whole lines) name DOT nodes; they carry nothing a reader needs.
    var kept: [Substring] = []
    var inComment = false
    for line in svg[start.lowerBound...].split(separator: "\n", omittingEmptySubsequences: false) {
      if inComment {
        if line.hasSuffix("-->") { inComment = false }
        continue
      }
      if line.hasPrefix("<!--") {
        inComment = !line.hasSuffix("-->")
        continue
      }
      kept.append(line)
    }
    var body = kept.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    // Never scale a drawing above its natural size (points → CSS pixels), so small diagrams stay small.
    if let end = body.firstIndex(of: ">"), let box = attribute("viewBox", in: String(body[..<end])) {
      let parts = box.split(separator: " ").compactMap { Double($0) }
      if parts.count == 4, parts[2] > 0 {
        body.insert(contentsOf: " style=\"max-width:\(Int((parts[2] * 4 / 3).rounded()))px\"", at: body.index(body.startIndex, offsetBy: 4))
      }
    }
    return body
  }
}
