/// Answers remembered by token index for one document: a rule that asks the same question about the same token
/// again reads an array instead of hashing the token's text.
///
///     var memo = TokenMemo<Bool>()
///     memo.value(7, tokenCount: tokens.count) { names.isPlace(tokens[7].text) }   // computed
///     memo.value(7, tokenCount: tokens.count) { true }                             // remembered
///
/// The answers are kept apart from the slots (an index per token, 0 while not asked), so the per-token array holds
/// no references to build or free.
/// - Complexity: O(1) per question after the first; O(n) to set up the slots of n tokens, on first use.
struct TokenMemo<Value> {
  /// Token index → index into ``answers`` plus one, or 0 while not asked.
  private var slots: [Int32] = []
  private var answers: [Value] = []

  /// The remembered answer for token `i`, or `compute()` (then remembered); `tokenCount` sizes the slots on first use.
  @inline(__always)
  mutating func value(_ i: Int, tokenCount: Int, _ compute: () -> Value) -> Value {
    if slots.isEmpty { slots = Array(repeating: 0, count: tokenCount) }
    let known = Int(slots[i])
    if known > 0 { return answers[known - 1] }
    let answer = compute()
    answers.append(answer)
    slots[i] = Int32(answers.count)
    return answer
  }
}
