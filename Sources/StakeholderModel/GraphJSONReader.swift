import Foundation

/// Reads the schema's graph JSON straight from bytes, several times faster than `JSONDecoder` (which
/// builds a tree of boxed values first): decoding the 200 MB graph of a 10,000-document corpus took
/// most of the time of `export`, `render` and `bench --graph`.
///
///     if let graph = GraphJSONReader.read(bytes) { … } else { /* JSONDecoder, for its error message */ }
///
/// It reads the common, plain form only and returns nil for anything else: a syntax error, a missing or
/// mistyped field, an unknown kind, sector or type, a duplicated key, a number that is not a plain
/// integer, a byte-order mark. The caller then decodes with `JSONDecoder`, which gives the same graph
/// for what this reader accepts (unknown keys are skipped, `null` optional fields are absent, as there)
/// and a located error for the rest. A test compares the two on real graphs.
/// - Complexity: O(bytes).
enum GraphJSONReader {
  /// The graph in `bytes`, or nil when it is not in the plain form this reader takes.
  static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> StakeholderGraph? {
    var p = Parser(bytes: bytes)
    var documents: [Document]?, entities: [Entity]?, relations: [Relation]?
    let ok = p.object { p, key in
      switch key {
      case "documents": documents = p.array { p in p.document() }; return documents != nil
      case "entities": entities = p.array { p in p.entity() }; return entities != nil
      case "relations": relations = p.array { p in p.relation() }; return relations != nil
      default: return p.skipValue()
      }
    }
    guard ok, p.atEnd(), let entities else { return nil }
    return StakeholderGraph(documents: documents ?? [], entities: entities, relations: relations ?? [])
  }

  /// A cursor over the bytes; every method returns nil/false when the input leaves the plain form.
  private struct Parser {
    let bytes: UnsafeBufferPointer<UInt8>
    var i = 0

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func skipSpace() {
      while i < bytes.count {
        let b = bytes[i]
        guard b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 else { return }
        i += 1
      }
    }

    mutating func atEnd() -> Bool { skipSpace(); return i == bytes.count }

    mutating func take(_ b: UInt8) -> Bool {
      skipSpace()
      guard i < bytes.count, bytes[i] == b else { return false }
      i += 1
      return true
    }

    mutating func literal(_ word: StaticString) -> Bool {
      skipSpace()
      let n = word.utf8CodeUnitCount
      guard i + n <= bytes.count else { return false }
      for k in 0..<n where bytes[i + k] != word.utf8Start[k] { return false }
      i += n
      return true
    }

    /// `null` (consumed) or not.
    mutating func null() -> Bool {
      let save = i
      if literal("null") { return true }
      i = save
      return false
    }

    /// An object: `field` is called with each key and reads its value; a key seen twice fails.
    mutating func object(_ field: (inout Parser, String) -> Bool) -> Bool {
      guard take(UInt8(ascii: "{")) else { return false }
      if take(UInt8(ascii: "}")) { return true }
      var seen: [String] = []
      repeat {
        guard let key = string(), !seen.contains(key), take(UInt8(ascii: ":")) else { return false }
        seen.append(key)
        guard field(&self, key) else { return false }
      } while take(UInt8(ascii: ","))
      return take(UInt8(ascii: "}"))
    }

    /// An array of elements read by `element`; nil when any fails.
    mutating func array<T>(_ element: (inout Parser) -> T?) -> [T]? {
      guard take(UInt8(ascii: "[")) else { return nil }
      var out: [T] = []
      if take(UInt8(ascii: "]")) { return out }
      repeat {
        guard let x = element(&self) else { return nil }
        out.append(x)
      } while take(UInt8(ascii: ","))
      return take(UInt8(ascii: "]")) ? out : nil
    }

    /// A string, unescaped (surrogate pairs joined); nil for a lone surrogate or a bad escape.
    mutating func string() -> String? {
      guard take(UInt8(ascii: "\"")) else { return nil }
      let start = i
      while i < bytes.count, bytes[i] != UInt8(ascii: "\""), bytes[i] != UInt8(ascii: "\\"), bytes[i] >= 0x20 { i += 1 }
      guard i < bytes.count else { return nil }
      if bytes[i] == UInt8(ascii: "\"") {
        let s = String(validating: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
        i += 1
        return s
      }
      guard bytes[i] == UInt8(ascii: "\\") else { return nil }  // a raw control character
      var out = [UInt8](UnsafeBufferPointer(rebasing: bytes[start..<i]))
      while i < bytes.count {
        let b = bytes[i]
        if b == UInt8(ascii: "\"") {
          i += 1
          return String(validating: out, as: UTF8.self)
        }
        guard b >= 0x20 else { return nil }
        guard b == UInt8(ascii: "\\") else { out.append(b); i += 1; continue }
        guard i + 1 < bytes.count else { return nil }
        let e = bytes[i + 1]
        i += 2
        switch e {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
          guard var unit = hex4() else { return nil }
          if (0xD800...0xDBFF).contains(unit) {
            guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else { return nil }
            i += 2
            guard let low = hex4(), (0xDC00...0xDFFF).contains(low) else { return nil }
            unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
          } else if (0xDC00...0xDFFF).contains(unit) {
            return nil
          }
          guard let scalar = Unicode.Scalar(unit) else { return nil }
          out.append(contentsOf: Array(String(Character(scalar)).utf8))
        default: return nil
        }
      }
      return nil
    }

    private mutating func hex4() -> UInt32? {
      guard i + 4 <= bytes.count else { return nil }
      var v: UInt32 = 0
      for _ in 0..<4 {
        let b = bytes[i]
        let d: UInt8
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): d = b - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): d = b - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): d = b - UInt8(ascii: "A") + 10
        default: return nil
        }
        v = v << 4 | UInt32(d)
        i += 1
      }
      return v
    }

    /// A plain integer (`-`? digits, no fraction or exponent, at most 18 digits).
    mutating func int() -> Int? {
      skipSpace()
      var negative = false
      if i < bytes.count, bytes[i] == UInt8(ascii: "-") { negative = true; i += 1 }
      let start = i
      var v = 0
      while i < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]) {
        v = v * 10 + Int(bytes[i] - UInt8(ascii: "0"))
        i += 1
      }
      let digits = i - start
      guard digits > 0, digits <= 18, !(digits > 1 && bytes[start] == UInt8(ascii: "0")) else { return nil }
      if i < bytes.count, [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[i]) { return nil }
      return negative ? -v : v
    }

    /// A string or null (nil inside the optional: absent).
    mutating func optionalString() -> String?? {
      if null() { return .some(nil) }
      return string().map { .some($0) }
    }

    /// Skips any JSON value (for keys the model does not know), checking its syntax.
    mutating func skipValue() -> Bool {
      skipSpace()
      guard i < bytes.count else { return false }
      switch bytes[i] {
      case UInt8(ascii: "{"): return object { p, _ in p.skipValue() }
      case UInt8(ascii: "["): return array { p in p.skipValue() ? true : nil } != nil
      case UInt8(ascii: "\""): return string() != nil
      case UInt8(ascii: "t"): return literal("true")
      case UInt8(ascii: "f"): return literal("false")
      case UInt8(ascii: "n"): return literal("null")
      default: return number()
      }
    }

    /// Any JSON number (skipped).
    private mutating func number() -> Bool {
      let start = i
      if bytes[i] == UInt8(ascii: "-") { i += 1 }
      func digits(_ p: inout Parser) -> Int {
        let s = p.i
        while p.i < p.bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(p.bytes[p.i]) { p.i += 1 }
        return p.i - s
      }
      guard digits(&self) > 0 else { return false }
      if i < bytes.count, bytes[i] == UInt8(ascii: ".") { i += 1; guard digits(&self) > 0 else { return false } }
      if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
        i += 1
        if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
        guard digits(&self) > 0 else { return false }
      }
      return i > start
    }

    /// A string array or null (empty).
    mutating func strings() -> [String]? {
      if null() { return [] }
      return array { p in p.string() }
    }

    mutating func document() -> Document? {
      var id: String?, language: String?, title: String?, date: String?
      let ok = object { p, key in
        switch key {
        case "id": id = p.string(); return id != nil
        case "language": language = p.string(); return language != nil
        case "title": guard let v = p.optionalString() else { return false }; title = v; return true
        case "date": guard let v = p.optionalString() else { return false }; date = v; return true
        default: return p.skipValue()
        }
      }
      guard ok, let id, let language else { return nil }
      return Document(id: id, language: language, title: title, date: date)
    }

    mutating func entity() -> Entity? {
      var id: String?, kind: EntityKind?, name: String?, aliases: [String] = [], sector: Sector?
      var sectorReason: String?, role: String?, mentions: [Mention] = []
      let ok = object { p, key in
        switch key {
        case "id": id = p.string(); return id != nil
        case "kind": kind = p.string().flatMap(EntityKind.init(rawValue:)); return kind != nil
        case "name": name = p.string(); return name != nil
        case "aliases": guard let v = p.strings() else { return false }; aliases = v; return true
        case "sector":
          guard let v = p.optionalString() else { return false }
          guard let raw = v else { sector = nil; return true }
          sector = Sector(rawValue: raw)
          return sector != nil
        case "sector_reason": guard let v = p.optionalString() else { return false }; sectorReason = v; return true
        case "role": guard let v = p.optionalString() else { return false }; role = v; return true
        case "mentions":
          if p.null() { mentions = []; return true }
          guard let v = p.array({ p in p.mention() }) else { return false }
          mentions = v
          return true
        default: return p.skipValue()
        }
      }
      guard ok, let id, let kind, let name else { return nil }
      return Entity(id: id, kind: kind, name: name, aliases: aliases, sector: sector, sectorReason: sectorReason,
                    role: role, mentions: mentions)
    }

    mutating func mention() -> Mention? {
      var document: String?, start: Int?, end: Int?
      let ok = object { p, key in
        switch key {
        case "document": document = p.string(); return document != nil
        case "start": start = p.int(); return start != nil
        case "end": end = p.int(); return end != nil
        default: return p.skipValue()
        }
      }
      guard ok, let document, let start, let end else { return nil }
      return Mention(document: document, start: start, end: end)
    }

    mutating func relation() -> Relation? {
      var source: String?, target: String?, type: RelationType?, evidence: [Evidence] = []
      let ok = object { p, key in
        switch key {
        case "source": source = p.string(); return source != nil
        case "target": target = p.string(); return target != nil
        case "type": type = p.string().flatMap(RelationType.init(rawValue:)); return type != nil
        case "evidence":
          if p.null() { evidence = []; return true }
          guard let v = p.array({ p in p.evidence() }) else { return false }
          evidence = v
          return true
        default: return p.skipValue()
        }
      }
      guard ok, let source, let target, let type else { return nil }
      return Relation(source: source, target: target, type: type, evidence: evidence)
    }

    mutating func evidence() -> Evidence? {
      var document: String?, start: Int?, end: Int?, text: String?
      let ok = object { p, key in
        switch key {
        case "document": document = p.string(); return document != nil
        case "start": start = p.int(); return start != nil
        case "end": end = p.int(); return end != nil
        case "text": text = p.string(); return text != nil
        default: return p.skipValue()
        }
      }
      guard ok, let document, let start, let end, let text else { return nil }
      return Evidence(document: document, start: start, end: end, text: text)
    }
  }
}
