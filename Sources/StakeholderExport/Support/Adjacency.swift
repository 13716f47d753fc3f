import StakeholderModel

/// The undirected neighbourhoods of a graph's entities, with relation weights summed per pair.
///
///     let adj = Adjacency(graph)
///     adj.neighbours(of: "person:piotr-kuczera")   // sorted ids
///
/// - Complexity: building O(n + m log m); lookups O(1) plus the size of the answer.
struct Adjacency {
  private var pairs: [String: [String: Int]] = [:]

  /// - Parameter only: when given, neighbourhoods are kept for these ids alone (the others look empty),
  ///   so a view that needs a few hundred entities' neighbours does not build all of a large graph's.
  init(_ graph: StakeholderGraph, only: Set<String>? = nil) {
    let known = Set(graph.entities.map(\.id))
    for r in graph.relations where r.source != r.target && known.contains(r.source) && known.contains(r.target) {
      if only?.contains(r.source) ?? true { pairs[r.source, default: [:]][r.target, default: 0] += r.weight }
      if only?.contains(r.target) ?? true { pairs[r.target, default: [:]][r.source, default: 0] += r.weight }
    }
  }

  /// Distinct neighbours of `id`, sorted.
  func neighbours(of id: String) -> [String] { (pairs[id] ?? [:]).keys.sorted() }

  /// Sum of the weights of the relations touching `id` (self-loops ignored).
  func strength(of id: String) -> Int { (pairs[id] ?? [:]).values.reduce(0, +) }

  /// Every entity within `depth` steps of `start` (breadth first), `start` included.
  func ball(around start: String, depth: Int) -> Set<String> {
    var seen: Set<String> = [start]
    var frontier = [start]
    var d = 0
    while d < depth && !frontier.isEmpty {
      var next: [String] = []
      for id in frontier {
        for n in neighbours(of: id) where seen.insert(n).inserted { next.append(n) }
      }
      frontier = next
      d += 1
    }
    return seen
  }
}
