/// A raw-value enum without payloads that hashes its case, not its raw value.
///
///     enum Kind: String, CaseHashable { case person, place }
///     var counts: [Kind: Int] = [:]   // each look-up hashes one byte, not the string "person"
///
/// The standard library's default `hash(into:)` for a `RawRepresentable` type hashes `rawValue`: for the schema's
/// kinds and relation types a `String`, built and hashed on every dictionary and set look-up keyed by one (or by a
/// struct holding one). Equality is by case either way, so equal values still hash alike.
/// - Complexity: O(1).
public protocol CaseHashable: Hashable, RawRepresentable {}

extension CaseHashable {
  public func hash(into hasher: inout Hasher) {
    // An enum without payloads is stored as its case's index (one byte for fewer than 256 cases).
    withUnsafeBytes(of: self) { hasher.combine(bytes: $0) }
  }
}
