import Foundation
import StakeholderExtraction
import StakeholderModel

/// Loaded once per process (the lexicons), shared by every input.
let extractor = Extractor()

/// libFuzzer entry: arbitrary bytes → `CorpusReader.readDocument` (sniffing, decoding, HTML, normalisation).
///
/// The first byte chooses how the bytes are named (and so read): even → `fuzz.txt`, odd → `fuzz.html`; the
/// whole input, that byte included, is the file. Beyond "does not trap", it checks the reader's promises on every
/// document it returns: no CR, NBSP, soft hyphen, zero-width character, BOM or control other than tab and LF;
/// not whitespace-only; NFC; and reading the normalised text again as `.txt` gives the same text.
///
/// Then the document goes through `Extractor().extract([document])`: the graph must validate, and every mention
/// and evidence offset must lie inside the text (Unicode scalars).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDocumentReader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = size == 0 || data == nil ? [] : Array(UnsafeBufferPointer(start: data, count: size))
  let name = (bytes.first ?? 0) & 1 == 0 ? "fuzz.txt" : "fuzz.html"
  let result = CorpusReader().readDocument(bytes: bytes, name: name)
  precondition(result.documents.count <= 1, "more than one document from one file")
  precondition(result.documents.isEmpty == result.diagnostics.contains { $0.message.hasPrefix("skipped:") },
               "a file must be either read or skipped with a reason")
  guard let doc = result.documents.first else { return 0 }
  var visible = false
  for scalar in doc.text.unicodeScalars {
    let v = scalar.value
    precondition(v != 0x0D && v != 0xA0 && v != 0xAD && v != 0xFEFF && !(0x200B...0x200F).contains(v),
                 "normalisation left U+\(String(v, radix: 16, uppercase: true))")
    precondition(v >= 0x20 && v != 0x7F && !(0x80...0x9F).contains(v) || v == 0x09 || v == 0x0A,
                 "control character U+\(String(v, radix: 16, uppercase: true)) left in the text")
    if v != 0x20 && v != 0x09 && v != 0x0A { visible = true }
  }
  precondition(visible, "a whitespace-only document was returned")
  precondition(doc.text == doc.text.precomposedStringWithCanonicalMapping, "text is not NFC")
  let again = CorpusReader().readDocument(bytes: Array(doc.text.utf8), name: "again.txt")
  if let second = again.documents.first {
    precondition(second.text == doc.text, "normalisation is not idempotent")
  }
  let graph = extractor.extract([doc]).graph
  do { try graph.validate() } catch { preconditionFailure("extracted graph does not validate: \(error)") }
  let scalars = Array(doc.text.unicodeScalars)
  for entity in graph.entities {
    for m in entity.mentions {
      precondition(m.document == doc.id && 0 <= m.start && m.start < m.end && m.end <= scalars.count,
                   "mention \(m.start)..<\(m.end) outside the text (\(scalars.count) scalars)")
    }
  }
  for relation in graph.relations {
    for e in relation.evidence {
      precondition(e.document == doc.id && 0 <= e.start && e.start <= e.end && e.end <= scalars.count,
                   "evidence \(e.start)..<\(e.end) outside the text (\(scalars.count) scalars)")
    }
  }
  return 0
}

let fuzzEntry: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt = fuzzDocumentReader
