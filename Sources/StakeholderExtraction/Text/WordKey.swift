import Foundation

/// A `String` as a dictionary key that hashes and compares UTF-8 bytes when the text is ``Swift/String/isSimpleText``,
/// with exactly `String`'s equality (canonical equivalence).
///
///     var memo: [WordKey: Int] = [:]
///     memo[WordKey("Łódź")] = 1
///     memo[WordKey("Łódź")]   // 1, without normalising either string
///
/// `String` hashes text outside ASCII through its NFC form, and two such strings stored apart compare through
/// NFC too; Polish words (all below U+0300) need neither: in simple text equal strings have equal bytes. Text
/// that is not simple is hashed through the bytes of its NFC form (`precomposedStringWithCanonicalMapping`), so
/// a key canonically equal to a simple one hashes alike, and is compared with `String`'s `==`.
/// - Complexity: O(n) in the key's bytes per hash and comparison; no allocation for simple text.
struct WordKey: Hashable, Sendable {
  /// The text.
  let text: String
  /// Whether ``text`` is simple text (byte equality is string equality).
  private let simple: Bool

  /// A key for `text`.
  @inline(__always)
  init(_ text: String) {
    self.text = text
    simple = text.isSimpleText
  }

  static func == (a: WordKey, b: WordKey) -> Bool {
    guard a.simple && b.simple else { return a.text == b.text }
    var x = a.text, y = b.text
    return x.withUTF8 { p in y.withUTF8 { q in p.count == q.count && (p.count == 0 || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0) } }
  }

  func hash(into hasher: inout Hasher) {
    var t = simple ? text : text.precomposedStringWithCanonicalMapping
    t.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
  }
}
