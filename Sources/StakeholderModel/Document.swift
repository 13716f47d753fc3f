/// A source document: its id (the file name), language, and title and date where the text gives them.
public struct Document: Codable, Hashable, Sendable, Comparable {
  /// The file name relative to the corpus folder, e.g. `002_740a5c4a39753fb8.txt`.
  public var id: String
  /// ISO 639-1 code: `pl` or `en`.
  public var language: String
  public var title: String?
  /// ISO 8601 date (`2021-12-01`), or a year-month / year where that is all the text says.
  public var date: String?

  public init(id: String, language: String, title: String? = nil, date: String? = nil) {
    self.id = id
    self.language = language
    self.title = title
    self.date = date
  }

  public static func < (lhs: Document, rhs: Document) -> Bool { lhs.id < rhs.id }
}
