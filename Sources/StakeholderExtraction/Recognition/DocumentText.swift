import StakeholderModel

/// The read-only part of one document a ``Recognizer`` works on: its tokens and their shapes, sentences, head and
/// role words, vocabulary index, language and name services, plus the per-document ``Recognizer/Memo``.
///
/// A class, held by one reference: Swift copies the recogniser whenever a mutating rule calls a non-mutating one
/// or passes `self` into a closure, and a copy of one reference costs a word and a retain instead of every field.
final class DocumentText {
  let tokens: [Token]
  let sentences: [Sentence]
  let language: String
  let names: NameServices
  /// Token → index of its sentence (-1 for none).
  let sentenceOf: [Int]
  /// Capitalised words of the text, for corpus evidence in lemmatisation.
  let attested: Set<String>
  /// Head word and function word of each token, looked up once (nil for a token that is not a word).
  let heads: WordTokenValues<HeadWord>
  /// The document's distinct words and which of its tokens and sentences each vocabulary has.
  let vocabulary: VocabularyIndex
  /// `HeadWords.head`, `HeadWords.englishHead` and `RoleWords.role` of every token's lower-cased text, whatever
  /// its kind (``heads`` and ``roleWords`` keep only words'), each looked up once per distinct word.
  let lowerHeads: PerWord<HeadWord?>
  let englishHeads: PerWord<HeadWord?>
  let lowerRoles: PerWord<RoleWord?>
  /// Whether each token's lower-cased text ends in an English possessive ("'s" or "’s", as `hasSuffix` tells).
  let possessive: PerWord<Bool>
  let roleWords: WordTokenValues<RoleWord>
  /// Which punctuation mark each token is (``TokenMarks/isMark(_:_:)``: `marks.isMark(i, ".")` answers
  /// `tokens[i].text == "."` without comparing strings).
  let marks: TokenMarks
  /// Each token's kind, casing and spacing (``TokenShape``): the per-token loops read these without copying tokens.
  let shapes: [TokenShape]
  /// Per-document memo of look-ups (given names, place names, indexes of earlier mentions).
  let memo = Recognizer.Memo()

  /// Splits `tokens` into sentences and looks up each distinct word's head and role words once.
  init(tokens: [Token], language: String, names: NameServices) {
    self.tokens = tokens
    let sentences = SentenceSplitter.split(tokens)
    self.sentences = sentences
    self.language = language
    self.names = names
    var sentenceOf = Array(repeating: -1, count: tokens.count)
    for (k, s) in sentences.enumerated() { for i in s.tokens { sentenceOf[i] = k } }
    self.sentenceOf = sentenceOf
    let vocabulary = VocabularyIndex(tokens: tokens, sentenceOf: sentenceOf, sentenceCount: sentences.count)
    self.vocabulary = vocabulary
    // Head and function words are looked up once per distinct word of the process, not once per token.
    let lookups = Recognizer.wordLookups.values(vocabulary.processIDs(), vocabulary.words)
    let wordHeads = lookups.map(\.head)
    let wordRoles = lookups.map(\.role)
    let wordEnglishHeads = lookups.map(\.englishHead)
    let ids = vocabulary.words.ids
    lowerHeads = PerWord(wordHeads, ids)
    lowerRoles = PerWord(wordRoles, ids)
    englishHeads = PerWord(wordEnglishHeads, ids)
    possessive = PerWord(vocabulary.words.words.map(\.endsInPossessive), ids)
    heads = WordTokenValues(wordHeads, tokens: tokens, ids: ids)
    roleWords = WordTokenValues(wordRoles, tokens: tokens, ids: ids)
    marks = TokenMarks(tokens)
    let shapes = TokenShape.of(tokens)
    self.shapes = shapes
    // Each capitalised spelling once: a token whose word (by id) last added the same text adds nothing new.
    var lastAttested = [String?](repeating: nil, count: vocabulary.words.words.count)
    var attested = Set<String>()
    // Room for about one spelling per distinct word, so the set is not rehashed as it grows.
    attested.reserveCapacity(vocabulary.words.words.count)
    for i in tokens.indices where shapes[i].kind == .word && shapes[i].casing != .lower {
      let w = Int(ids[i])
      if lastAttested[w] == tokens[i].text { continue }
      lastAttested[w] = tokens[i].text
      attested.insert(tokens[i].text)
    }
    self.attested = attested
  }
}
