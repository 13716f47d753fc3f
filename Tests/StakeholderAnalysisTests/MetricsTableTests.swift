import Testing
@testable import StakeholderAnalysis

/// The metrics table: columns, formatting, and agreement with the single-metric functions.
@Suite("Metrics table")
struct MetricsTableTests {
  @Test("columns include every column issue 4 lists, in order")
  func columns() {
    let required = ["id", "name", "kind", "sector", "degree", "weighted_degree", "betweenness", "closeness", "harmonic",
                    "eigenvector", "pagerank", "coreness", "constraint", "effective_size", "community", "coordinator",
                    "itinerant", "gatekeeper", "representative", "liaison"]
    #expect(Array(MetricsTable.columns.prefix(required.count)) == required)
  }

  @Test("table values equal networkx references (karate)")
  func karate() throws {
    let f = try ReferenceFixture.load("karate")
    let t = MetricsTable.compute(f.graph)
    expectClose(t.rows.map(\.betweenness), f.values("betweenness")!, "betweenness", graph: f.graph)
    expectClose(t.rows.map(\.closeness), f.values("closeness")!, "closeness", graph: f.graph)
    expectClose(t.rows.map(\.pagerank), f.values("pagerank")!, "pagerank", graph: f.graph)
    expectClose(t.rows.map(\.constraint), f.values("constraint")!, "constraint", graph: f.graph)
    let csv = t.csv()
    #expect(csv.split(separator: "\n").count == 35)
    #expect(csv == MetricsTable.compute(f.graph, threads: 1).csv())
  }

  @Test("empty and one-node graphs give a header only / one row")
  func edgeCases() throws {
    #expect(MetricsTable.compute(try ReferenceFixture.load("empty").graph).csv() == MetricsTable.columns.joined(separator: ",") + "\n")
    let one = MetricsTable.compute(try ReferenceFixture.load("one_node").graph)
    #expect(one.rows.count == 1 && one.rows[0].degree == 0 && one.rows[0].constraint.isNaN)
    #expect(one.json().contains("\"constraint\": null"))
  }

  @Test("number format: 12 significant digits, integers plain, NaN empty")
  func numbers() {
    #expect(NumberFormat.text(1.0 / 3) == "0.333333333333")
    #expect(NumberFormat.text(42) == "42")
    #expect(NumberFormat.text(1e-7) == "1e-07")
    #expect(NumberFormat.text(.nan) == "")
    #expect(NumberFormat.csvField("a,\"b\"") == "\"a,\"\"b\"\"\"")
  }
}
