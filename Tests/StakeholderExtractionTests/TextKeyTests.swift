import Testing
@testable import StakeholderExtraction

/// The byte-hashed `String` key (``TextKey``): the same equality as `String`, and the same hash as `String` for
/// simple text, so a dictionary keyed by it answers as a `String`-keyed one does.
@Suite("Text key")
struct TextKeyTests {
  @Test("Simple text hashes as String does and equals by bytes")
  func simpleText() {
    for s in ["łódź", "Urząd Marszałkowski Województwa Podlaskiego", "", "ab", "żółć gęślą jaźń"] {
      #expect(TextKey(s).hashValue == s.hashValue)
      #expect(TextKey(s) == TextKey(String(decoding: Array(s.utf8), as: UTF8.self)))
    }
    #expect(TextKey("łódź") != TextKey("lodz"))
    #expect(TextKey("łódź") != TextKey("łódź "))
  }

  @Test("Canonically equal keys with different bytes are equal and hash alike")
  func canonicalEquivalence() {
    let precomposed = "zółć", decomposed = "zo\u{301}łć"
    #expect(TextKey(precomposed) == TextKey(decomposed))
    #expect(TextKey(precomposed).hashValue == TextKey(decomposed).hashValue)
    var d: [TextKey: Int] = [TextKey(precomposed): 1]
    d[TextKey(decomposed), default: 0] += 1
    #expect(d.count == 1 && d[TextKey(precomposed)] == 2)
    #expect(TextKey("a\r\nb") == TextKey("a\r\nb"))
    #expect(TextKey("a\r\nb") != TextKey("a\nb"))
  }
}
