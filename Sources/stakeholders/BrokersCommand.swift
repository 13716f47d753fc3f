import ArgumentParser
import Foundation
import StakeholderAnalysis

/// `stakeholders brokers`: who brokers between sectors, how (Gould–Fernandez roles), and through which
/// events or projects; plus how the sectors mix.
struct BrokersCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "brokers",
    abstract: "Brokers between local government, science and business, explained; sector mixing.",
    discussion: """
      GRAPH is a .json, .graphml or nodes .csv file, as for `stakeholders metrics`.

      Prints, for the chosen view: the top brokers with a sentence each (the sector
      pairs and entities they connect and the events or projects through which), the
      Gould–Fernandez role counts with expected counts and z-scores (sector as the
      group; an undirected tie read as two arcs; expected values under random sector
      labels of the other nodes), the E-I index per sector, the sector mixing
      matrix, cross-sector ties that are bridges, communities spanning all three
      triangle sectors, and the triple-helix synergy T(UIG) in bits (Leydesdorff
      2003; negative = synergy).

      Example:
        stakeholders brokers output/graph.json --top 5
      """)

  @Argument(help: "Graph file: .json, .graphml, or a nodes .csv.")
  var graph: String

  @Option(help: "Edges CSV for a nodes CSV.")
  var edges: String?

  @Option(help: "full, organizations or people (default: organizations where there are enough).")
  var view: String?

  @Option(help: "How many brokers to explain.")
  var top: Int = 10

  @Option(help: "Output file (default: standard output).")
  var out: String?

  func run() throws {
    let (loaded, network, chosen) = try GraphLoading.load(graph, edges: edges, view: view)
    let report = BrokerageReport.make(network: network, view: chosen, typed: loaded.typed, top: top)
    let sectors = network.sectorAnalysis(communities: network.leiden())
    let f = NumberFormat.text
    var out = "# Brokers (\(chosen.rawValue) view: \(network.nodeCount) nodes, \(network.edgeCount) ties)\n\n"
    if report.explanations.isEmpty { out += "No node brokers between different sectors.\n" }
    for (i, e) in report.explanations.enumerated() {
      out += "\(i + 1). \(e.sentence) (betweenness \(f(e.betweenness)))\n"
    }
    out += "\n## Gould–Fernandez roles (observed / expected / z)\n"
    out += "id,name,sector," + BrokerageRole.allCases.map { "\($0.rawValue),\($0.rawValue)_expected,\($0.rawValue)_z" }.joined(separator: ",") + "\n"
    for row in report.rows.prefix(max(top, 0)) where row.counts.reduce(0, +) > 0 {
      var fields = [row.id, row.name, row.sector ?? ""]
      for r in 0..<BrokerageRole.allCases.count { fields += [f(row.counts[r]), f(row.expected[r]), f(row.z[r])] }
      out += fields.map(NumberFormat.csvField).joined(separator: ",") + "\n"
    }
    var totals = ["totals", "", ""]
    for r in 0..<BrokerageRole.allCases.count { totals += [f(report.totals[r]), f(report.expectedTotals[r]), ""] }
    out += totals.joined(separator: ",") + "\n"
    out += "\n## E-I index per sector (−1 all ties inside, +1 all across)\n"
    for (s, v) in sectors.ei.bySector { out += "\(s.rawValue): \(f(v))\n" }
    out += "whole graph: \(f(sectors.ei.graph))\n"
    out += "\n## Sector mixing (tie weight)\n," + sectors.mixing.labels.joined(separator: ",") + "\n"
    for (i, label) in sectors.mixing.labels.enumerated() {
      out += label + "," + sectors.mixing.weight[i].map(f).joined(separator: ",") + "\n"
    }
    let bridges = sectors.crossSectorTies.filter(\.isBridge)
    out += "\n## Cross-sector ties that are bridges: \(bridges.count) of \(sectors.crossSectorTies.count) cross-sector ties\n"
    for t in bridges.prefix(20) {
      out += "\(t.source) (\(t.sectors.0.rawValue)) – \(t.target) (\(t.sectors.1.rawValue)), weight \(f(t.weight))\n"
    }
    let tri = sectors.triangleCommunities
    out += "\n## Communities spanning local government, science and business: \(tri.count) of \(sectors.communities.count)\n"
    for c in tri {
      let counts = c.sectorCounts.keys.sorted().map { "\($0) \(c.sectorCounts[$0]!)" }.joined(separator: ", ")
      out += "community \(c.community): \(c.size) members (\(counts))\n"
    }
    if let th = sectors.tripleHelix {
      out += "\n## Triple helix T(UIG) = \(f(th.t)) bits over \(th.units) \(th.unitKind)\n"
    } else {
      out += "\n## Triple helix T(UIG): no co-participation unit involves the three sectors\n"
    }
    try CLIOutput.write(Data(out.utf8), to: self.out)
  }
}
