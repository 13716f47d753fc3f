import StakeholderModel

extension Array where Element == FoundMention {
  /// The indices of the mentions of each kind, in mention order; a kind with no mention has no entry. Read in one pass
  /// per kind over the kinds (not a dictionary look-up per mention).
  /// - Complexity: O(k·m) for k kinds and m mentions.
  var indicesByKind: [EntityKind: [Int]] {
    let kindOf = map(\.kind)
    var byKind: [EntityKind: [Int]] = [:]
    for kind in EntityKind.allCases {
      let of = kindOf.indices.filter { kindOf[$0] == kind }
      if !of.isEmpty { byKind[kind] = of }
    }
    return byKind
  }
}
