import Foundation
import Testing
import TestSupport
@testable import StakeholderExtraction

/// The fuzz target's promises (tools/fuzz, FuzzDocumentReader) checked on a fixed, seeded set of mutated
/// inputs, so every test run covers them without the fuzzer runtime.
@Suite("Document reading: properties on seeded random inputs")
struct DocumentReadingPropertyTests {
  /// Pieces the mutations splice in: encodings' marks, invisible characters, markup, entities, bad bytes.
  static let pieces: [[UInt8]] = [
    [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0x00], [0x0D], [0x0D, 0x0A], [0xC2, 0xA0], [0xC2, 0xAD],
    [0xE2, 0x80, 0x8B], [0xE2, 0x80, 0x9E], [0xE2, 0x80, 0x93], [0xCC, 0x81], [0xED, 0xA0, 0x80], [0xF4, 0x90],
    [0xC0, 0xAF], [0x9C], [0xB9], [0xB1], [0x81], [0xFF], [0x80], [0xF0, 0x9F, 0x98],
    Array("<script>".utf8), Array("</p>".utf8), Array("<!--".utf8), Array("&#150;".utf8), Array("&nbsp".utf8),
    Array("&#x110000;".utf8), Array("<meta charset=iso-8859-2>".utf8), Array("%PDF-".utf8), Array("<pre>".utf8),
  ]

  static let base = Array("Marszałek Jan Kowalski otworzył „Forum” – w Łodzi.\nDruga linia.\n".utf8)

  static func mutated(_ rng: inout SplitMix64) -> [UInt8] {
    var bytes = base
    for _ in 0..<Int.random(in: 1...6, using: &rng) {
      let at = Int.random(in: 0...bytes.count, using: &rng)
      switch Int.random(in: 0..<4, using: &rng) {
      case 0: bytes.insert(contentsOf: pieces.randomElement(using: &rng)!, at: at)
      case 1: if at < bytes.count { bytes[at] = UInt8.random(in: 0...255, using: &rng) }
      case 2: if at < bytes.count { bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...8, using: &rng))) }
      default: bytes = Array(bytes.prefix(at))
      }
    }
    return bytes
  }

  @Test("2,000 mutated inputs: read xor skipped, normalised, NFC, idempotent", arguments: ["m.txt", "m.html"])
  func properties(name: String) {
    var rng = SplitMix64(state: name == "m.txt" ? 6 : 7)
    let reader = CorpusReader()
    var read = 0
    for _ in 0..<2_000 {
      let input = Self.mutated(&rng)
      let result = reader.readDocument(bytes: input, name: name)
      let skipped = result.diagnostics.contains { $0.message.hasPrefix("skipped:") }
      #expect(result.documents.isEmpty == skipped, "input \(input)")
      guard let doc = result.documents.first else { continue }
      read += 1
      let bad = doc.text.unicodeScalars.first {
        [0x0D, 0xA0, 0xAD, 0xFEFF, 0x200B, 0x200C, 0x200D].contains($0.value)
          || ($0.value < 0x20 && $0.value != 0x09 && $0.value != 0x0A) || (0x7F...0x9F).contains($0.value)
      }
      #expect(bad == nil, "input \(input) left U+\(String(bad?.value ?? 0, radix: 16))")
      #expect(doc.text == doc.text.precomposedStringWithCanonicalMapping, "input \(input) not NFC")
      if let again = reader.readDocument(bytes: Array(doc.text.utf8), name: "again.txt").documents.first {
        #expect(again.text == doc.text, "input \(input): normalising twice changed the text")
      }
    }
    #expect(read > 1_000, "most mutated inputs should still be read")
  }
}
