extension String {
  /// The number of characters (`count`), counted on UTF-8 bytes when the text is ``isSimpleText`` (there every
  /// scalar is a whole character, so the characters are the bytes that start a scalar), by characters otherwise.
  /// Length tests on names ask it many times; `count` walks the grapheme clusters.
  ///
  ///     "Łódź".characterCount   // 4
  /// - Complexity: O(n) in the bytes.
  var characterCount: Int {
    let counted = utf8.withContiguousStorageIfAvailable { bytes -> Int? in
      guard Self.simpleBytes(bytes) else { return nil }
      var scalars = 0
      for b in bytes where b & 0xC0 != 0x80 { scalars += 1 }
      return scalars
    } ?? nil
    return counted ?? count
  }
}
