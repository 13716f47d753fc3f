/// A fixed list of suffixes with their UTF-8 bytes read once: ``String/hasSuffix(among:)-(SuffixList)`` on a word
/// of simple text then compares bytes only, without reading each suffix's storage at every call (adjective endings
/// are tested on most capitalised words).
struct SuffixList: Sendable, ExpressibleByArrayLiteral {
  /// The suffixes, in the order given.
  let suffixes: [String]
  /// Their bytes, when every suffix is simple text (``String/isSimpleText``); nil otherwise.
  let bytes: [[UInt8]]?

  /// The list of `suffixes`, written as an array literal.
  init(arrayLiteral suffixes: String...) {
    self.suffixes = suffixes
    bytes = suffixes.allSatisfy(\.isSimpleText) ? suffixes.map { Array($0.utf8) } : nil
  }
}

extension String {
  /// Whether the string ends with one of `list`'s suffixes (``hasSuffix(among:)-([String])`` of its suffixes), on
  /// the bytes read once when this string and every suffix are simple text.
  ///
  ///     "opolskiego".hasSuffix(among: ["ego", "emu"] as SuffixList)   // true
  /// - Complexity: O(n + k·m) for k suffixes of m bytes.
  func hasSuffix(among list: SuffixList) -> Bool {
    if let all = list.bytes, let answer = utf8.withContiguousStorageIfAvailable({ h -> Bool? in
      guard Self.simpleBytes(h) else { return nil }
      for p in all where p.count <= h.count {
        let offset = h.count - p.count
        var k = 0
        while k < p.count && h[offset + k] == p[k] { k += 1 }
        if k == p.count { return true }
      }
      return false
    }) ?? nil {
      return answer
    }
    return hasSuffix(among: list.suffixes)
  }
}
