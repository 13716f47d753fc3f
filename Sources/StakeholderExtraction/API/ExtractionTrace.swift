import StakeholderModel

extension Extractor {
  /// A readable trace of how one document was read: its sentences, each mention with its kind and
  /// canonical name, and each function found next to a person. For developing rules, not for parsing.
  public func trace(_ doc: SourceDocument) -> String {
    let tokens = Tokenizer.tokenize(doc.text)
    let language = DocumentMetadata.language(tokens)
    var rec = Recognizer(tokens: tokens, language: language, names: names)
    rec.run()
    var out = "language: \(language)\n"
    for (k, s) in rec.sentences.enumerated() {
      out += "[\(k)] \(rec.text(s.tokens))\n"
      for (i, m) in rec.mentions.enumerated() where m.sentence == k {
        out += "    #\(i) \(m.kind.rawValue) «\(m.surface)» → \(m.name)"
        if let p = m.parent { out += " (part of #\(p))" }
        if m.nested { out += " nested" }
        if !m.acronyms.isEmpty { out += " acronyms \(m.acronyms)" }
        if let n = m.innerName { out += " inner «\(n)»" }
        out += "\n"
      }
      for r in rec.roles where r.sentence == k {
        out += "    role #\(r.person) «\(r.text)»" + (r.target.map { " → #\($0)" } ?? "") + "\n"
      }
    }
    return out
  }
}
