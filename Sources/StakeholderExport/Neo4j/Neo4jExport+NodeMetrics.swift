import StakeholderModel

extension Neo4jExport {
  /// An export whose nodes carry the analysis' numbers: every metric in `metrics.metricNames` as a
  /// `double` column, and the community index as `community:double` when there is one.
  ///
  ///     try Neo4jExport(graph: graph, nodeMetrics: metrics).write(to: out.appendingPathComponent("neo4j"))
  public init(graph: StakeholderGraph, nodeMetrics: NodeMetrics) {
    var columns = nodeMetrics.metricNames.map { name in
      Metric(name: name, values: nodeMetrics.values.compactMapValues { $0[name] })
    }
    if !nodeMetrics.community.isEmpty {
      columns.append(Metric(name: "community", values: nodeMetrics.community.mapValues(Double.init)))
    }
    self.init(graph: graph, metrics: columns)
  }
}
