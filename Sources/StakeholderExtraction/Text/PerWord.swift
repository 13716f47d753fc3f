/// A value for every token that depends only on the token's lower-cased text, kept once per distinct word
/// (``DocumentWords``) and read by token index.
///
///     let heads = PerWord(words.words.map { HeadWords.head($0) }, words.ids)
///     heads[7]   // HeadWords.head(tokens[7].lower)
///
/// - Complexity: O(1) per read; O(w) memory for w distinct words (no per-token copies to build or free).
struct PerWord<Value>: Sendable where Value: Sendable {
  /// Value by word id.
  private let values: [Value]
  /// Token index → word id.
  private let ids: [Int32]

  /// Values by word id and the tokens' word ids (``DocumentWords/ids``).
  init(_ values: [Value], _ ids: [Int32]) {
    self.values = values
    self.ids = ids
  }

  /// The value of token `i`'s word.
  @inline(__always)
  subscript(_ i: Int) -> Value { values[Int(ids[i])] }
}

/// A value for each word token that depends only on the token's lower-cased text, nil for numbers and punctuation
/// (`tokens[i].kind == .word ? byWord[ids[i]] : nil`), read by token index like an array of optionals.
///
///     let heads = WordTokenValues(words.words.map { HeadWords.head($0) }, tokens: tokens, ids: words.ids)
///     heads[7]   // tokens[7] is a word ? HeadWords.head(tokens[7].lower) : nil
///
/// Only a slot index is kept per token: no optional value is copied into a per-token array when a document is set up,
/// nor destroyed one by one when it is torn down.
/// - Complexity: O(1) per read; O(n) to build for n tokens.
struct WordTokenValues<Value>: Sendable where Value: Sendable {
  /// Values by word id (the array given, not copied).
  private let values: [Value?]
  /// Token index → index into ``values``, or -1 for a token that is not a word.
  private let slots: [Int32]

  /// The values of the words `byWord` (by word id) for `tokens`, whose word ids are `ids` (``DocumentWords/ids``).
  init(_ byWord: [Value?], tokens: [Token], ids: [Int32]) {
    values = byWord
    slots = tokens.indices.map { tokens[$0].kind == .word ? ids[$0] : -1 }
  }

  /// The value of token `i`: its word's, or nil when it is not a word.
  @inline(__always)
  subscript(_ i: Int) -> Value? {
    let s = Int(slots[i])
    return s >= 0 ? values[s] : nil
  }
}
