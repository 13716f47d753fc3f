/// Lower-casing one scalar without the Unicode tables, where that gives what `String.lowercased()` gives: the
/// fast paths of the extractor's lower-casing and of ``EntityID/slug(_:)`` share it.
///
///     SimpleCase.lowercase(0x141)   // 0x142 ("Ł" → "ł")
///     SimpleCase.lowercase(0x130)   // nil ("İ" lower-cases to two scalars: ask the tables)
public enum SimpleCase {
  /// The lower-case form of scalar `v` where it is one scalar found without tables, else nil.
  /// Upper-case letters of Latin-1 are 0x20 below their lower-case forms; those of Latin Extended-A come in
  /// pairs (upper, lower). U+0130 (İ) lower-cases to two scalars and is left to the Unicode tables. A string whose
  /// every scalar has an answer lower-cases scalar by scalar (no mapping here depends on the context).
  /// - Complexity: O(1).
  @inlinable @inline(__always)
  public static func lowercase(_ v: UInt32) -> UInt32? {
    switch v {
    case 0x41...0x5A: return v + 0x20
    case 0...0xBF: return v
    case 0xC0...0xDE: return v == 0xD7 ? v : v + 0x20
    case 0xDF...0xFF: return v
    case 0x130: return nil
    case 0x100...0x137: return v % 2 == 0 ? v + 1 : v
    case 0x138: return v
    case 0x139...0x148: return v % 2 == 1 ? v + 1 : v
    case 0x149: return v
    case 0x14A...0x177: return v % 2 == 0 ? v + 1 : v
    case 0x178: return 0xFF
    case 0x179...0x17E: return v % 2 == 1 ? v + 1 : v
    case 0x17F: return v
    case 0x2000...0x206F: return v
    default: return nil
    }
  }
}
