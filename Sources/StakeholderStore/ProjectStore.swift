import Foundation
import GRDB

/// The project store: an SQLite file (`output/stakeholders.sqlite`) that keeps each document's extraction,
/// keyed by document id, the SHA-256 of its text and the extractor's version, so a re-run extracts only
/// what is new or changed.
///
///     let store = try ProjectStore(url: output.appendingPathComponent(ProjectStore.fileName))
///     let known = try store.entries()                 // id → hash and version, without payloads
///     try store.apply(StoreChanges(upserts: [...], removals: ["old.txt"]))
///
/// Every change of a run is written in one transaction (``apply(_:beforeCommit:)``): a run killed or
/// failing half-way leaves the store as the previous run left it. SQLite's rollback journal makes that
/// hold across a crash of the process or the machine as well.
public final class ProjectStore: Sendable {
  /// The store's file name inside the output folder.
  public static let fileName = "stakeholders.sqlite"

  let queue: DatabaseQueue
  /// Where the store lives.
  public let url: URL

  /// Opens (creating if needed) the store at `url` and brings its schema up to date.
  /// - Throws: ``StoreError`` naming the file when it cannot be opened or is not a store.
  public init(url: URL) throws {
    self.url = url
    do {
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      var config = Configuration()
      config.label = "stakeholders.store"
      queue = try DatabaseQueue(path: url.path, configuration: config)
      try Self.migrator.migrate(queue)
    } catch {
      throw StoreError(file: url.path, message: "cannot open the project store: \(error)")
    }
  }

  static var migrator: DatabaseMigrator {
    var m = DatabaseMigrator()
    m.registerMigration("v1") { db in
      try db.create(table: "document") { t in
        t.primaryKey("id", .text)
        t.column("sha256", .text).notNull()
        t.column("extractorVersion", .text).notNull()
        t.column("bytes", .integer).notNull()
        t.column("extraction", .blob).notNull()
      }
      try db.create(table: "run") { t in
        t.autoIncrementedPrimaryKey("id")
        t.column("documents", .integer).notNull()
        t.column("extracted", .integer).notNull()
        t.column("removed", .integer).notNull()
        t.column("rebuild", .boolean).notNull()
      }
    }
    return m
  }

  /// What the store knows of each document, without the (large) extraction payloads.
  public func entries() throws -> [String: StoredEntry] {
    try wrap {
      try queue.read { db in
        var out: [String: StoredEntry] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT id, sha256, extractorVersion FROM document")
        while let row = try rows.next() {
          let id: String = row["id"]
          out[id] = StoredEntry(id: id, sha256: row["sha256"], extractorVersion: row["extractorVersion"])
        }
        return out
      }
    }
  }

  /// The stored extraction payloads of `ids` (those the store has), as id → bytes.
  public func payloads(ids: [String]) throws -> [String: Data] {
    try wrap {
      try queue.read { db in
        var out: [String: Data] = [:]
        out.reserveCapacity(ids.count)
        let statement = try db.makeStatement(sql: "SELECT extraction FROM document WHERE id = ?")
        for id in ids {
          if let data = try Data.fetchOne(statement, arguments: [id]) { out[id] = data }
        }
        return out
      }
    }
  }

  /// Number of documents in the store.
  public func count() throws -> Int {
    try wrap { try queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM document") ?? 0 } }
  }

  /// Writes a run's changes in one transaction: every upsert and removal, and a line in the run log
  /// (counts only, no clock: the same runs give the same file, so output folders compare byte for byte).
  /// - Parameters:
  ///   - changes: documents to insert or replace, and ids to delete.
  ///   - beforeCommit: called inside the transaction after the writes; if it throws, nothing is written.
  ///     (Tests use it to simulate a run that dies half-way.)
  /// - Throws: ``StoreError`` naming the file, or what `beforeCommit` threw.
  public func apply(_ changes: StoreChanges, beforeCommit: () throws -> Void = {}) throws {
    try wrap {
      try queue.write { db in
        let upsert = try db.makeStatement(sql: """
          INSERT OR REPLACE INTO document (id, sha256, extractorVersion, bytes, extraction) VALUES (?, ?, ?, ?, ?)
          """)
        for u in changes.upserts {
          try upsert.execute(arguments: [u.id, u.sha256, u.extractorVersion, u.bytes, u.payload])
        }
        let delete = try db.makeStatement(sql: "DELETE FROM document WHERE id = ?")
        for id in changes.removals { try delete.execute(arguments: [id]) }
        let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM document") ?? 0
        try db.execute(
          sql: "INSERT INTO run (documents, extracted, removed, rebuild) VALUES (?, ?, ?, ?)",
          arguments: [total, changes.upserts.count, changes.removals.count, changes.rebuild])
        try beforeCommit()
      }
    }
  }

  /// Runs `body`, turning a database error into a ``StoreError`` naming the file; other errors pass through.
  private func wrap<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let error as DatabaseError {
      throw StoreError(file: url.path, message: "\(error)")
    }
  }
}

/// What the store holds for one document, without its payload.
public struct StoredEntry: Sendable, Hashable {
  public var id: String
  public var sha256: String
  public var extractorVersion: String
}

/// One document's extraction to store.
public struct StoredDocument: Sendable, Hashable {
  public var id: String
  public var sha256: String
  public var extractorVersion: String
  /// Size of the document's text in UTF-8 bytes.
  public var bytes: Int
  /// The encoded extraction.
  public var payload: Data

  public init(id: String, sha256: String, extractorVersion: String, bytes: Int, payload: Data) {
    self.id = id
    self.sha256 = sha256
    self.extractorVersion = extractorVersion
    self.bytes = bytes
    self.payload = payload
  }
}

/// The changes a run writes to the store.
public struct StoreChanges: Sendable {
  /// Documents to insert or replace.
  public var upserts: [StoredDocument]
  /// Ids of documents to delete.
  public var removals: [String]
  /// Whether the run was a forced full rebuild (recorded in the run log).
  public var rebuild: Bool

  public init(upserts: [StoredDocument] = [], removals: [String] = [], rebuild: Bool = false) {
    self.upserts = upserts
    self.removals = removals
    self.rebuild = rebuild
  }
}

/// A project store that cannot be opened, read or written; names the file.
public struct StoreError: Error, CustomStringConvertible, Equatable {
  public var file: String
  public var message: String

  public var description: String { "\(file): \(message)" }
}
