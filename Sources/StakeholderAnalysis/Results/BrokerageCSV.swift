import StakeholderModel

extension BrokerageReport {
  /// CSV of every node with at least one brokerage role: observed count, expected count and z-score per
  /// Gould–Fernandez role, then betweenness; sorted as ``rows``. Numbers through ``NumberFormat``.
  public func csv() -> String {
    let roles = BrokerageRole.allCases.map(\.rawValue)
    var out = (["id", "name", "sector"] + roles.flatMap { [$0, "\($0)_expected", "\($0)_z"] } + ["betweenness"])
      .joined(separator: ",") + "\n"
    let f = NumberFormat.text
    for row in rows where row.counts.reduce(0, +) > 0 {
      var fields = [row.id, row.name, row.sector ?? ""]
      for r in roles.indices { fields += [f(row.counts[r]), f(row.expected[r]), f(row.z[r])] }
      fields.append(f(row.betweenness))
      out += fields.map(NumberFormat.csvField).joined(separator: ",") + "\n"
    }
    return out
  }
}
