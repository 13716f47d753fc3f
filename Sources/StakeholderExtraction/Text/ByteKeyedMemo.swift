/// A per-document memo of a pure function of a word, with the words told apart by their UTF-8 bytes: a look-up
/// hashes the bytes (FNV-1a, ``DocumentWords/hash(_:)``) and compares them, with none of the Unicode normalisation
/// that hashing a `String` key in a `Dictionary` does (the recogniser asks for given names with Polish words, most of
/// them not ASCII, many times per chunk).
///
///     var memo = ByteKeyedMemo<Int>()
///     memo.value("Łódź") { $0.count }   // computed: 4
///     memo.value("Łódź") { _ in 0 }     // remembered: 4
///
/// Two keys with the same bytes share an answer; canonically equal keys with different bytes are computed apart
/// (the function's own answer for each, which a `String`-keyed memo would not even tell apart).
/// - Complexity: O(n) in the key's bytes per look-up (open addressing, at most half full); O(total key bytes) memory.
struct ByteKeyedMemo<Value> {
  /// Open-addressing slots (an entry index or -1); a power of two, at most half full.
  private var slots = [Int32](repeating: -1, count: 64)
  /// Each entry's hash, where its key's bytes start in ``arena`` (entry `e` is `arena[starts[e]..<starts[e + 1]]`),
  /// and its value.
  private var hashes: [UInt64] = []
  private var arena: [UInt8] = []
  private var starts: [Int32] = [0]
  private var values: [Value] = []

  /// The remembered answer for `key`, or `compute(key)` (then remembered).
  mutating func value(_ key: String, _ compute: (String) -> Value) -> Value {
    var k = key
    let (h, found): (UInt64, Int?) = k.withUTF8 { b in
      let h = DocumentWords.hash(b)
      return (h, find(h, b))
    }
    if let found { return values[found] }
    let v = compute(key)
    k.withUTF8 { b in insert(h, b, v) }
    return v
  }

  /// The entry whose key has hash `h` and bytes `b`, if any.
  private func find(_ h: UInt64, _ b: UnsafeBufferPointer<UInt8>) -> Int? {
    let mask = slots.count - 1
    var s = Int(truncatingIfNeeded: h) & mask
    while true {
      let e = Int(slots[s])
      if e < 0 { return nil }
      if hashes[e] == h, DocumentWords.equal(arena, Int(starts[e]), Int(starts[e + 1]), b) { return e }
      s = (s + 1) & mask
    }
  }

  /// Adds an entry (its key not present yet), growing the slots to keep them at most half full.
  private mutating func insert(_ h: UInt64, _ b: UnsafeBufferPointer<UInt8>, _ v: Value) {
    let e = values.count
    hashes.append(h)
    arena.append(contentsOf: b)
    starts.append(Int32(arena.count))
    values.append(v)
    if 2 * values.count > slots.count {
      slots = [Int32](repeating: -1, count: slots.count * 2)
      for i in 0..<values.count { place(i) }
    } else {
      place(e)
    }
  }

  /// Puts entry `e` into the first free slot of its probe sequence.
  private mutating func place(_ e: Int) {
    let mask = slots.count - 1
    var s = Int(truncatingIfNeeded: hashes[e]) & mask
    while slots[s] >= 0 { s = (s + 1) & mask }
    slots[s] = Int32(e)
  }
}
