import Foundation

/// Writes a graph as the schema's pretty, key-sorted JSON straight into bytes: the same bytes Foundation's
/// `JSONEncoder` gives with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` (two-space indent,
/// `"key" : value`, an empty array as `[`, an empty line, `]`), about ten times faster and without
/// building the intermediate tree of boxed values, which made encoding the largest part of writing a
/// 10,000-document graph (200 MB of JSON).
///
///     let bytes = GraphJSONWriter.write(graph.normalized())
///
/// The writer does not sort: it writes the graph as it is, so callers pass a normalised graph (as
/// ``StakeholderGraph/jsonData()`` does). Keys are written in sorted order by hand, so a new field in
/// the model must be added here in its sorted place (a test compares the output with `JSONEncoder`'s).
/// - Complexity: O(size of the output).
enum GraphJSONWriter {
  /// The JSON bytes of `graph`, without a final newline.
  static func write(_ graph: StakeholderGraph) -> [UInt8] {
    var w = Writer()
    w.out.reserveCapacity(estimatedSize(graph))
    w.open("{")
    w.key("documents", first: true)
    w.array(graph.documents) { w, d in
      w.open("{")
      var first = true
      if let date = d.date { w.key("date", first: first); w.string(date); first = false }
      w.key("id", first: first); w.string(d.id)
      w.key("language", first: false); w.string(d.language)
      if let title = d.title { w.key("title", first: false); w.string(title) }
      w.close("}")
    }
    w.key("entities", first: false)
    w.array(graph.entities) { w, e in
      w.open("{")
      w.key("aliases", first: true); w.array(e.aliases) { w, a in w.string(a) }
      w.key("id", first: false); w.string(e.id)
      w.key("kind", first: false); w.string(e.kind.rawValue)
      w.key("mentions", first: false)
      w.array(e.mentions) { w, m in
        w.open("{")
        w.key("document", first: true); w.string(m.document)
        w.key("end", first: false); w.int(m.end)
        w.key("start", first: false); w.int(m.start)
        w.close("}")
      }
      w.key("name", first: false); w.string(e.name)
      if let role = e.role { w.key("role", first: false); w.string(role) }
      w.key("sector", first: false)
      if let s = e.sector { w.string(s.rawValue) } else { w.raw("null") }
      if let reason = e.sectorReason { w.key("sector_reason", first: false); w.string(reason) }
      w.close("}")
    }
    w.key("relations", first: false)
    w.array(graph.relations) { w, r in
      w.open("{")
      w.key("evidence", first: true)
      w.array(r.evidence) { w, ev in
        w.open("{")
        w.key("document", first: true); w.string(ev.document)
        w.key("end", first: false); w.int(ev.end)
        w.key("start", first: false); w.int(ev.start)
        w.key("text", first: false); w.string(ev.text)
        w.close("}")
      }
      w.key("source", first: false); w.string(r.source)
      w.key("target", first: false); w.string(r.target)
      w.key("type", first: false); w.string(r.type.rawValue)
      w.close("}")
    }
    w.close("}")
    return w.out
  }

  /// A rough size (the text and names plus the markup around them), so the buffer rarely grows.
  private static func estimatedSize(_ g: StakeholderGraph) -> Int {
    var n = 64 + g.documents.count * 120
    for e in g.entities { n += 200 + e.name.utf8.count * 2 + e.aliases.count * 40 + e.mentions.count * 110 }
    for r in g.relations {
      n += 150 + r.source.utf8.count + r.target.utf8.count
      for ev in r.evidence { n += 150 + ev.text.utf8.count }
    }
    return n
  }

  /// The output buffer with the current indentation.
  private struct Writer {
    var out: [UInt8] = []
    var depth = 0

    mutating func newline() {
      out.append(0x0A)
      for _ in 0..<depth { out.append(0x20); out.append(0x20) }
    }

    mutating func raw(_ s: StaticString) {
      s.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    mutating func open(_ bracket: StaticString) { raw(bracket); depth += 1 }

    mutating func close(_ bracket: StaticString) { depth -= 1; newline(); raw(bracket) }

    /// `"name" : ` on a new line, after a comma unless it is the object's first key.
    mutating func key(_ name: StaticString, first: Bool) {
      if !first { out.append(UInt8(ascii: ",")) }
      newline()
      out.append(UInt8(ascii: "\""))
      raw(name)
      raw("\" : ")
    }

    /// An array, one element per line; an empty one as `[`, an empty line, `]`, as JSONEncoder writes it.
    mutating func array<T>(_ items: [T], _ element: (inout Writer, T) -> Void) {
      open("[")
      if items.isEmpty { out.append(0x0A) }
      for (i, item) in items.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        newline()
        element(&self, item)
      }
      close("]")
    }

    mutating func int(_ v: Int) { out.append(contentsOf: String(v).utf8) }

    /// A JSON string: `"` and `\` escaped, `\b \f \n \r \t` by name, other controls as `\u00XX`; `/` and
    /// everything else (UTF-8 included) as it is.
    mutating func string(_ s: String) {
      out.append(UInt8(ascii: "\""))
      var s = s
      s.withUTF8 { bytes in
        var start = 0
        for i in 0..<bytes.count {
          let b = bytes[i]
          guard b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") else { continue }
          out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
          start = i + 1
          switch b {
          case UInt8(ascii: "\""): raw("\\\"")
          case UInt8(ascii: "\\"): raw("\\\\")
          case 0x08: raw("\\b")
          case 0x0C: raw("\\f")
          case 0x0A: raw("\\n")
          case 0x0D: raw("\\r")
          case 0x09: raw("\\t")
          default:
            let hex: [UInt8] = Array("0123456789abcdef".utf8)
            raw("\\u00")
            out.append(hex[Int(b >> 4)])
            out.append(hex[Int(b & 0x0F)])
          }
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<bytes.count]))
      }
      out.append(UInt8(ascii: "\""))
    }
  }
}
