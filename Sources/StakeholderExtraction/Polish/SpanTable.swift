/// A byte range inside the lexicon's buffer.
struct ByteSpan: Sendable {
  var start: Int32
  var length: Int32
}

/// FNV-1a, 64 bits, over UTF-8 bytes (Fowler, Noll, Vo).
@inline(__always)
func fnv1a(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
  var hash: UInt64 = 0xcbf2_9ce4_8422_2325
  for byte in bytes {
    hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
  }
  return hash
}

/// An open-addressing hash set of byte strings that live in one shared buffer (linear probing, FNV-1a).
///
///     var table = SpanTable(capacity: 100)
///     let (id, isNew) = table.insert(span, in: buffer)
///     table.find(queryBytes, in: buffer)   // id or -1
///
/// Loading inserts spans without creating a `String` per key; lookups hash the query's UTF-8 bytes and compare
/// bytes, so no Unicode normalisation is involved (keys and queries must both be NFC).
/// - Complexity: expected O(key length) per insert and find; load factor ≤ 0.5.
struct SpanTable: Sendable {
  private(set) var spans: [ByteSpan] = []
  /// Each slot: the high 32 bits of the key's hash, and id + 1 in the low 32 bits (0 = empty). One word per
  /// slot, so a probe touches one cache line.
  private var slots: [UInt64]
  private var mask: Int

  init(capacity: Int) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = Array(repeating: 0, count: size)
    mask = size - 1
    spans.reserveCapacity(capacity)
  }

  var count: Int { spans.count }

  @inline(__always)
  private static func equal(_ span: ByteSpan, _ query: UnsafeRawBufferPointer, _ buffer: UnsafeRawBufferPointer) -> Bool {
    guard Int(span.length) == query.count else { return false }
    let start = Int(span.start)
    var k = 0
    while k < query.count {
      if buffer[start + k] != query[k] { return false }
      k += 1
    }
    return true
  }

  /// The id of the key equal to `query`, or -1.
  func find(_ query: UnsafeRawBufferPointer, in buffer: UnsafeRawBufferPointer) -> Int32 {
    let hash = fnv1a(query)
    let tag = hash >> 32
    var slot = Int(truncatingIfNeeded: hash) & mask
    return slots.withUnsafeBufferPointer { slots in
      spans.withUnsafeBufferPointer { spans in
        while true {
          let entry = slots[slot]
          if entry == 0 { return -1 }
          if entry >> 32 == tag {
            let id = Int32(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
            if Self.equal(spans[Int(id)], query, buffer) { return id }
          }
          slot = (slot + 1) & mask
        }
      }
    }
  }

  /// Inserts a key; returns its id and whether it was new. Grows when half full.
  mutating func insert(_ span: ByteSpan, in buffer: UnsafeRawBufferPointer) -> (id: Int32, isNew: Bool) {
    if (spans.count + 1) * 2 > slots.count { grow(buffer) }
    let query = UnsafeRawBufferPointer(rebasing: buffer[Int(span.start)..<Int(span.start + span.length)])
    let hash = fnv1a(query)
    let tag = hash >> 32
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let entry = slots[slot]
      if entry == 0 { break }
      if entry >> 32 == tag {
        let id = Int32(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
        if Self.equal(spans[Int(id)], query, buffer) { return (id, false) }
      }
      slot = (slot + 1) & mask
    }
    let id = Int32(spans.count)
    spans.append(span)
    slots[slot] = tag << 32 | UInt64(UInt32(id + 1))
    return (id, true)
  }

  private mutating func grow(_ buffer: UnsafeRawBufferPointer) {
    let old = spans
    self = SpanTable(capacity: max(16, old.count * 2))
    for span in old { _ = insert(span, in: buffer) }
  }
}
