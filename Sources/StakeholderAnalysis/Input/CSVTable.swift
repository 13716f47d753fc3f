/// RFC 4180 CSV: comma-separated fields, fields in double quotes may hold commas, line breaks and
/// doubled quotes (`""`); CRLF or LF line ends; a UTF-8 byte order mark is skipped.
struct CSVTable {
  /// One record: its fields and the line (1-based) it starts on.
  struct Record {
    var fields: [String]
    var line: Int
  }

  var records: [Record]

  /// Parses `text`; `file` names the source in errors.
  /// - Throws: ``GraphFileError`` for an unterminated quote or text after a closing quote.
  /// - Complexity: O(length).
  init(parsing text: String, file: String) throws {
    var records: [Record] = []
    var fields: [String] = []
    var field = ""
    var line = 1
    var recordLine = 1
    var inQuotes = false
    var afterQuote = false
    var fieldStarted = false
    var scalars = Array(text.unicodeScalars)
    if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
    var i = 0
    func endRecord() {
      fields.append(field)
      if !(fields.count == 1 && fields[0].isEmpty && !fieldStarted) {
        records.append(Record(fields: fields, line: recordLine))
      }
      fields = []; field = ""; fieldStarted = false; afterQuote = false
    }
    while i < scalars.count {
      let c = scalars[i]
      if inQuotes {
        if c == "\"" {
          if i + 1 < scalars.count && scalars[i + 1] == "\"" { field.unicodeScalars.append("\""); i += 1 } else {
            inQuotes = false; afterQuote = true
          }
        } else {
          if c == "\n" { line += 1 }
          field.unicodeScalars.append(c)
        }
      } else if c == "," {
        fields.append(field); field = ""; afterQuote = false; fieldStarted = true
      } else if c == "\r" || c == "\n" {
        if c == "\r" && i + 1 < scalars.count && scalars[i + 1] == "\n" { i += 1 }
        endRecord()
        line += 1
        recordLine = line
      } else if c == "\"" && field.isEmpty && !afterQuote {
        inQuotes = true; fieldStarted = true
      } else {
        if afterQuote {
          throw GraphFileErrorBuilder.make(file, line, "unexpected text after a closing quote")
        }
        field.unicodeScalars.append(c); fieldStarted = true
      }
      i += 1
    }
    if inQuotes { throw GraphFileErrorBuilder.make(file, recordLine, "quoted field is never closed") }
    if fieldStarted || !field.isEmpty || !fields.isEmpty { endRecord() }
    self.records = records
  }
}

import StakeholderModel

/// Builds the model's ``GraphFileError``.
enum GraphFileErrorBuilder {
  static func make(_ file: String, _ line: Int?, _ message: String) -> GraphFileError {
    GraphFileError(file: file, line: line, message: message)
  }
}
