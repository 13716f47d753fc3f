extension Array where Element == String {
  /// `contains(_:)` for the short word lists the rules write inline (`["w", "we"].contains(t.lower)`), with
  /// the same answer as the `Sequence` method it shadows in this module: words that are
  /// ``Swift/String/isSimpleText`` (all Polish and English words) are compared on their UTF-8 bytes, since there
  /// equal bytes mean equal strings; any other word is compared with `String`'s `==`. `String`'s own `==`
  /// takes its slow, normalising path whenever one side is not ASCII, which made these lists a tenth of the
  /// extractor's time.
  ///
  ///     ["reprezentował", "represented"].contains("represented")   // true
  ///
  /// - Complexity: O(k·n) for k words of n bytes; no allocation.
  @inline(__always)
  func contains(_ word: String) -> Bool {
    let answer: Bool? = word.utf8.withContiguousStorageIfAvailable { q -> Bool? in
      for b in q where b >= 0xCC || b == 0x0D { return nil }
      for e in self {
        let same: Bool? = e.utf8.withContiguousStorageIfAvailable { p -> Bool? in
          if p.count == q.count {
            var k = 0
            while k < p.count && p[k] == q[k] { k += 1 }
            if k == p.count { return true }
          }
          for b in p where b >= 0xCC || b == 0x0D { return nil }
          return false
        } ?? nil
        if let same {
          if same { return true }
        } else if e == word {
          return true
        }
      }
      return false
    } ?? nil
    if let answer { return answer }
    return contains(where: { $0 == word })
  }
}
