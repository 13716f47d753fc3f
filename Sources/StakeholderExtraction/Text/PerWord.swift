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
