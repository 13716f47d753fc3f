/// Wraps long names onto several lines at spaces, so nodes stay compact.
///
///     LabelWrap.wrap("Urząd Marszałkowski Województwa Podlaskiego")
///     // ["Urząd Marszałkowski", "Województwa", "Podlaskiego"]
enum LabelWrap {
  /// Lines of at most about `width` characters (a longer word gets its own line, cut to `width`);
  /// at most `maxLines`, the last ending in "…" when text is left over.
  /// - Complexity: O(length of text).
  static func wrap(_ text: String, width: Int = 20, maxLines: Int = 4) -> [String] {
    let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init)
    var lines: [String] = []
    var current = ""
    var truncated = false
    for var word in words {
      if word.count > width { word = String(word.prefix(width - 1)) + "…" }
      if current.isEmpty {
        current = word
      } else if current.count + 1 + word.count <= width {
        current += " " + word
      } else {
        lines.append(current)
        current = word
        if lines.count == maxLines { truncated = true; break }
      }
    }
    if !truncated && !current.isEmpty { lines.append(current) }
    if truncated, var last = lines.popLast() {
      if !last.hasSuffix("…") { last = String(last.prefix(width - 1)) + "…" }
      lines.append(last)
    }
    return lines.isEmpty ? [""] : lines
  }
}
