import StakeholderModel

/// The recogniser's read-only arrays and values, each read from its ``DocumentText`` (one reference, cheap to copy).
extension Recognizer {
  /// The document's tokens.
  @inline(__always) var tokens: [Token] { doc.tokens }
  /// The document's sentences.
  @inline(__always) var sentences: [Sentence] { doc.sentences }
  /// The document's language ("pl" or "en").
  @inline(__always) var language: String { doc.language }
  /// Token → index of its sentence.
  @inline(__always) var sentenceOf: [Int] { doc.sentenceOf }
  /// Capitalised words of the text (``DocumentText/attested``).
  @inline(__always) var attested: Set<String> { doc.attested }
  /// ``DocumentText/heads``.
  @inline(__always) var heads: WordTokenValues<HeadWord> { doc.heads }
  /// ``DocumentText/lowerHeads``.
  @inline(__always) var lowerHeads: PerWord<HeadWord?> { doc.lowerHeads }
  /// ``DocumentText/englishHeads``.
  @inline(__always) var englishHeads: PerWord<HeadWord?> { doc.englishHeads }
  /// ``DocumentText/lowerRoles``.
  @inline(__always) var lowerRoles: PerWord<RoleWord?> { doc.lowerRoles }
  /// ``DocumentText/possessive``.
  @inline(__always) var possessive: PerWord<Bool> { doc.possessive }
  /// ``DocumentText/roleWords``.
  @inline(__always) var roleWords: WordTokenValues<RoleWord> { doc.roleWords }
  /// ``DocumentText/marks``.
  @inline(__always) var marks: TokenMarks { doc.marks }
  /// ``DocumentText/shapes``.
  @inline(__always) var shapes: [TokenShape] { doc.shapes }
}
