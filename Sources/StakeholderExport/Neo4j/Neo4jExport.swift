import Foundation
import StakeholderModel

/// The graph as files `neo4j-admin database import full` loads into an empty Neo4j 5 database, plus a
/// Cypher file of constraints and indexes and a README with the commands.
///
///     let export = Neo4jExport(graph: graph, metrics: [.init(name: "betweenness", values: scores)])
///     try export.write(to: URL(fileURLWithPath: "output/neo4j"))
///
/// Files (all UTF-8, sorted by id so the same graph gives the same bytes):
/// - `nodes.csv`: one row per entity, labels `Stakeholder` and its kind (`Person`, `Organization`, `Place`,
///   `Project`, `Event`); `id:ID` is the entity id (`person:anna-nowak`), also stored as the `id` property.
/// - `documents.csv`: one `Document` node per source document, id `document:<file name>`.
/// - `relationships.csv`: one row per relation, type in upper snake case (`AFFILIATED_WITH`), `weight:int`
///   (pieces of evidence), the documents and the first supporting sentence. `PARTNER_OF` is symmetric but
///   stored once (source id < target id); query it without a direction.
/// - `mentions.csv`: `MENTIONED_IN` from each entity to each document it occurs in, with `count:int`.
/// - `constraints.cypher`, `README.txt`.
///
/// Quoting follows ``Neo4jCSV`` (no spreadsheet formula neutralisation: the importer stores text literally).
/// - Complexity: O(E + R + M) for E entities, R relations and M mentions, plus sorting.
public struct Neo4jExport: Sendable {
  /// A numeric per-entity property to add as a `double` column (a centrality, a community number).
  public struct Metric: Sendable {
    /// Property name; anything other than ASCII letters, digits and `_` becomes `_`.
    public var name: String
    /// Entity id → value; entities without a value get no property.
    public var values: [String: Double]

    public init(name: String, values: [String: Double]) {
      self.name = name
      self.values = values
    }
  }

  /// One file of the export: its name inside the export folder and its text.
  public struct File: Sendable, Equatable {
    public var name: String
    public var contents: String
  }

  public let graph: StakeholderGraph
  public let metrics: [Metric]

  /// - Parameters:
  ///   - graph: the graph to export (normalised first).
  ///   - metrics: extra numeric node properties, written in the order given.
  public init(graph: StakeholderGraph, metrics: [Metric] = []) {
    self.graph = graph.normalized()
    self.metrics = metrics
  }

  /// Every file of the export, in a fixed order.
  public func files() -> [File] {
    [
      File(name: "nodes.csv", contents: nodesCSV()),
      File(name: "documents.csv", contents: documentsCSV()),
      File(name: "relationships.csv", contents: relationshipsCSV()),
      File(name: "mentions.csv", contents: mentionsCSV()),
      File(name: "constraints.cypher", contents: Self.constraints),
      File(name: "README.txt", contents: Self.readme),
    ]
  }

  /// Writes every file into `folder` (created if needed), each atomically.
  /// - Throws: the file system's error, naming the file.
  public func write(to folder: URL) throws {
    for file in files() {
      let url = folder.appendingPathComponent(file.name)
      do { try AtomicFile.write(file.contents, to: url) } catch {
        throw GraphFileError(file: url.path, line: nil, message: "cannot write: \(error.localizedDescription)")
      }
    }
  }

  /// The Neo4j label of an entity kind.
  static func label(_ kind: EntityKind) -> String {
    switch kind {
    case .person: "Person"
    case .organization: "Organization"
    case .place: "Place"
    case .project: "Project"
    case .event: "Event"
    }
  }

  /// The Neo4j relationship type of a relation type: `affiliated_with` → `AFFILIATED_WITH`.
  static func relationshipType(_ type: RelationType) -> String { type.rawValue.uppercased() }

  /// The node id of a document.
  static func documentNodeID(_ documentID: String) -> String { "document:" + documentID }

  static func propertyName(_ name: String) -> String {
    let mapped = name.unicodeScalars.map { s -> Character in
      (s.isASCII && (s.properties.isAlphabetic || ("0"..."9").contains(s) || s == "_")) ? Character(s) : "_"
    }
    let out = String(mapped)
    return out.isEmpty ? "metric" : out
  }

  func nodesCSV() -> String {
    var degree: [String: Int] = [:]
    for r in graph.relations {
      degree[r.source, default: 0] += 1
      if r.target != r.source { degree[r.target, default: 0] += 1 }
    }
    var header = [
      "id:ID", ":LABEL", "name", "kind", "sector", "sector_reason", "role", "aliases:string[]", "mentions:int",
      "documents:int", "degree:int",
    ]
    header += metrics.map { Self.propertyName($0.name) + ":double" }
    var out = Neo4jCSV.line(header)
    for e in graph.entities {
      var fields = [
        Neo4jCSV.string(e.id),
        Neo4jCSV.array(["Stakeholder", Self.label(e.kind)]),
        Neo4jCSV.string(e.name),
        Neo4jCSV.string(e.kind.rawValue),
        Neo4jCSV.string(e.sector?.rawValue),
        Neo4jCSV.string(e.sectorReason),
        Neo4jCSV.string(e.role),
        Neo4jCSV.array(e.aliases),
        Neo4jCSV.int(e.mentions.count),
        Neo4jCSV.int(Set(e.mentions.map(\.document)).count),
        Neo4jCSV.int(degree[e.id] ?? 0),
      ]
      fields += metrics.map { Neo4jCSV.double($0.values[e.id]) }
      out += Neo4jCSV.line(fields)
    }
    return out
  }

  func documentsCSV() -> String {
    var out = Neo4jCSV.line(["id:ID", ":LABEL", "file", "language", "title", "date"])
    for d in graph.documents {
      out += Neo4jCSV.line([
        Neo4jCSV.string(Self.documentNodeID(d.id)), Neo4jCSV.string("Document"), Neo4jCSV.string(d.id),
        Neo4jCSV.string(d.language), Neo4jCSV.string(d.title), Neo4jCSV.string(d.date),
      ])
    }
    return out
  }

  func relationshipsCSV() -> String {
    var out = Neo4jCSV.line([":START_ID", ":END_ID", ":TYPE", "weight:int", "documents:string[]", "evidence"])
    for r in graph.relations {
      var docs: [String] = []
      for ev in r.evidence where docs.last != ev.document { docs.append(ev.document) }  // evidence is sorted
      out += Neo4jCSV.line([
        Neo4jCSV.string(r.source), Neo4jCSV.string(r.target), Neo4jCSV.string(Self.relationshipType(r.type)),
        Neo4jCSV.int(r.weight), Neo4jCSV.array(docs), Neo4jCSV.string(r.evidence.first?.text),
      ])
    }
    return out
  }

  /// `MENTIONED_IN` rows, one per entity and document. Mentions of a document the graph does not list are
  /// left out: their end node would not exist and the importer would reject the row.
  func mentionsCSV() -> String {
    var out = Neo4jCSV.line([":START_ID", ":END_ID", ":TYPE", "count:int"])
    let known = Set(graph.documents.map(\.id))
    for e in graph.entities {
      var counts: [(String, Int)] = []
      for m in e.mentions where known.contains(m.document) {  // mentions are sorted by document
        if counts.last?.0 == m.document { counts[counts.count - 1].1 += 1 } else { counts.append((m.document, 1)) }
      }
      for (doc, n) in counts {
        out += Neo4jCSV.line([
          Neo4jCSV.string(e.id), Neo4jCSV.string(Self.documentNodeID(doc)), Neo4jCSV.string("MENTIONED_IN"),
          Neo4jCSV.int(n),
        ])
      }
    }
    return out
  }

  static let constraints = """
    // Constraints and indexes for a StakeholderGraph import (Neo4j 5).
    // Run after the import, once the database is started:  cypher-shell -d neo4j -f constraints.cypher
    CREATE CONSTRAINT stakeholder_id IF NOT EXISTS FOR (n:Stakeholder) REQUIRE n.id IS UNIQUE;
    CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
    CREATE INDEX stakeholder_name IF NOT EXISTS FOR (n:Stakeholder) ON (n.name);
    CREATE INDEX stakeholder_kind IF NOT EXISTS FOR (n:Stakeholder) ON (n.kind);
    CREATE INDEX stakeholder_sector IF NOT EXISTS FOR (n:Stakeholder) ON (n.sector);
    CREATE INDEX document_date IF NOT EXISTS FOR (d:Document) ON (d.date);

    """

  static let readme = """
    StakeholderGraph export for Neo4j 5 (neo4j-admin database import).

    Load into an empty database (the server stopped), from this folder:

      neo4j-admin database import full neo4j --overwrite-destination \\
        --nodes=nodes.csv --nodes=documents.csv \\
        --relationships=relationships.csv --relationships=mentions.csv

    Then start Neo4j and create the constraints and indexes:

      cypher-shell -d neo4j -f constraints.cypher

    The files use the importer's defaults: comma delimiter, double-quote quoting (a quote inside a value is
    doubled), ';' between the items of array properties, one line per record. Empty unquoted fields are
    missing properties. Values are stored exactly as extracted: nothing is prefixed to guard spreadsheets.

    Example queries:
      // the people of one organization
      MATCH (p:Person)-[:AFFILIATED_WITH]->(o:Organization {name: $name}) RETURN p.name, p.role;
      // organizations that signed agreements with each other (PARTNER_OF is stored once; match undirected)
      MATCH (a:Organization)-[r:PARTNER_OF]-(b:Organization) RETURN a.name, b.name, r.weight;
      // who co-occurs in the most documents with an entity
      MATCH (e:Stakeholder {id: $id})-[:MENTIONED_IN]->(d:Document)<-[:MENTIONED_IN]-(x:Stakeholder)
      RETURN x.name, count(d) AS shared ORDER BY shared DESC LIMIT 20;

    """
}
