/// Decides from a file's name and first bytes whether it is a document the reader takes, and if not, why.
///
///     ContentSniffer.kind(forExtension: "HTM")   // .html
///     ContentSniffer.binaryReason(bytes)          // "PDF document" for bytes starting "%PDF-"
///
/// Files are read by extension (`.txt`, `.md` as text; `.html`, `.htm` as pages); every other file is skipped
/// unread. A file with a text extension is still refused when its content is not text: a known magic number
/// (PDF, images, archives, office files, executables), NUL bytes (unless they are the zero halves of BOM-less
/// UTF-16), or mostly control bytes in its first 8 KB.
enum ContentSniffer {
  /// How a file is read.
  enum Kind: Sendable { case text, html }

  /// The extensions read, for messages.
  static let readExtensions = ".txt, .md, .html, .htm"

  static func kind(forExtension ext: String) -> Kind? {
    switch ext.lowercased() {
    case "txt", "md": .text
    case "html", "htm": .html
    default: nil
    }
  }

  /// What the content of a text-named file really is.
  enum Verdict: Equatable {
    case text
    /// ASCII-range text in UTF-16 without a byte order mark.
    case utf16(bigEndian: Bool)
    case binary(String)
  }

  /// Looks at the first 8 KB.
  static func sniff(_ b: UnsafeBufferPointer<UInt8>) -> Verdict {
    let head = UnsafeBufferPointer(rebasing: b[0..<min(b.count, 8192)])
    if let magic = magicName(head) { return .binary(magic) }
    // A byte order mark settles it; UTF-16/32 text has zero bytes.
    if head.count >= 2, (head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF) { return .text }
    var zeroEven = 0, zeroOdd = 0, controls = 0
    var firstZero = -1
    for (i, x) in head.enumerated() where x < 0x20 {
      if x == 0 {
        if firstZero < 0 { firstZero = i }
        if i & 1 == 0 { zeroEven += 1 } else { zeroOdd += 1 }
      } else if x != 0x09 && x != 0x0A && x != 0x0D && x != 0x0C && x != 0x0B && x != 0x1B {
        controls += 1
      }
    }
    if firstZero >= 0 {
      let pairs = head.count / 2
      if pairs >= 2, zeroOdd * 10 >= pairs * 3, zeroEven * 20 <= zeroOdd { return .utf16(bigEndian: false) }
      if pairs >= 2, zeroEven * 10 >= pairs * 3, zeroOdd * 20 <= zeroEven { return .utf16(bigEndian: true) }
      return .binary("binary content (zero byte at offset \(firstZero))")
    }
    if controls > 8, controls * 10 > head.count {
      return .binary("binary content (\(controls * 100 / head.count)% control bytes)")
    }
    return .text
  }

  /// The file type a magic number at the start of `b` names, or nil.
  static func magicName(_ b: UnsafeBufferPointer<UInt8>) -> String? {
    func has(_ bytes: [UInt8], at offset: Int = 0) -> Bool {
      guard b.count >= offset + bytes.count else { return false }
      for (k, x) in bytes.enumerated() where b[offset + k] != x { return false }
      return true
    }
    func has(_ s: String, at offset: Int = 0) -> Bool { has(Array(s.utf8), at: offset) }
    if has("%PDF-") { return "PDF document" }
    if has("%!PS") { return "PostScript document" }
    if has("{\\rtf") { return "RTF document" }
    if has([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return "PNG image" }
    if has([0xFF, 0xD8, 0xFF]) { return "JPEG image" }
    if has("GIF87a") || has("GIF89a") { return "GIF image" }
    if has("II*\u{0}") || has("MM\u{0}*") { return "TIFF image" }
    if has("RIFF"), b.count >= 12 { return has("WEBP", at: 8) ? "WebP image" : "RIFF media file" }
    if has("ftyp", at: 4) { return "MP4/QuickTime/HEIF media file" }
    if has("ID3") || has("OggS") || has("fLaC") { return "audio file" }
    if has([0x50, 0x4B, 0x03, 0x04]) || has([0x50, 0x4B, 0x05, 0x06]) || has([0x50, 0x4B, 0x07, 0x08]) {
      return "ZIP archive (or DOCX/ODT/XLSX/EPUB document)"
    }
    if has([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return "Microsoft Office (DOC/XLS/PPT) document" }
    if has([0x1F, 0x8B]) { return "gzip archive" }
    if has("BZh"), b.count > 3, b[3] >= 0x31, b[3] <= 0x39 { return "bzip2 archive" }
    if has([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]) { return "xz archive" }
    if has([0x28, 0xB5, 0x2F, 0xFD]) { return "zstd archive" }
    if has([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]) { return "7-Zip archive" }
    if has("Rar!\u{1A}\u{07}") { return "RAR archive" }
    if has("ustar", at: 257) { return "tar archive" }
    if has([0x7F, 0x45, 0x4C, 0x46]) { return "ELF executable" }
    if has("SQLite format 3\u{0}") { return "SQLite database" }
    return nil
  }
}
