import Testing
@testable import StakeholderExtraction

/// The per-document memo told apart by bytes (``ByteKeyedMemo``): each distinct key computed once, answers kept past
/// many growths, and keys with different bytes kept apart even when Unicode calls them equal.
@Suite("Byte-keyed memo")
struct ByteKeyedMemoTests {
  @Test("Each key is computed once and its answer returned after")
  func remembers() {
    var memo = ByteKeyedMemo<Int?>()
    var calls: [String] = []
    let f: (String) -> Int? = { calls.append($0); return $0.hasPrefix("Z") ? nil : $0.unicodeScalars.count }
    #expect(memo.value("Łódź", f) == 4)
    #expect(memo.value("Zofia", f) == nil)
    #expect(memo.value("Łódź", f) == 4)
    #expect(memo.value("Zofia", f) == nil)
    #expect(calls == ["Łódź", "Zofia"])
  }

  @Test("Thousands of keys (the slots grow many times) keep their own answers")
  func grows() {
    var memo = ByteKeyedMemo<String>()
    let keys = (0..<5000).map { "słowo\($0)" } + [""]
    for k in keys { #expect(memo.value(k) { $0 + "!" } == k + "!") }
    var recomputed = 0
    for k in keys.reversed() { #expect(memo.value(k) { _ in recomputed += 1; return "" } == k + "!") }
    #expect(recomputed == 0)
  }

  @Test("Keys with different bytes are computed apart, even when canonically equal")
  func bytes() {
    var memo = ByteKeyedMemo<Int>()
    let composed = "Zo\u{EB}", decomposed = "Zoe\u{308}"
    #expect(composed == decomposed)
    #expect(memo.value(composed) { $0.utf8.count } == 4)
    #expect(memo.value(decomposed) { $0.utf8.count } == 5)
    #expect(memo.value(composed) { _ in 0 } == 4)
  }
}
