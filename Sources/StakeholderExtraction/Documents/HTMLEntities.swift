/// HTML character references: `&#233;`, `&#xE9;` and the named ones met in Polish and English news pages.
///
///     HTMLEntities.decode(Array("&oacute;".utf8).withUnsafeBufferPointer { $0 }, at: 0)   // (0xF3, 8)
///
/// Numeric references follow the HTML standard's rules: 0, surrogates and values above U+10FFFF become U+FFFD,
/// and 0x80–0x9F are read as Windows-1252 (as browsers do: `&#150;` is an en dash). Named references need their
/// `;`, except the five legacy ones (`&amp &lt &gt &quot &nbsp`). Unknown names are left as text.
enum HTMLEntities {
  /// The scalar the reference at `i` (an `&`) stands for, and the index just past it; nil when it is not one.
  static func decode(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int)? {
    let n = b.count
    var j = i + 1
    guard j < n else { return nil }
    if b[j] == UInt8(ascii: "#") {
      j += 1
      let hex = j < n && (b[j] | 0x20) == UInt8(ascii: "x")
      if hex { j += 1 }
      var value: UInt32 = 0
      var digits = 0
      while j < n {
        let x = b[j]
        let d: UInt32
        if x >= 0x30 && x <= 0x39 { d = UInt32(x - 0x30) }
        else if hex, (x | 0x20) >= 0x61, (x | 0x20) <= 0x66 { d = UInt32((x | 0x20) - 0x61 + 10) }
        else { break }
        if value <= 0x10FFFF { value = value * (hex ? 16 : 10) + d }
        digits += 1
        j += 1
      }
      guard digits > 0 else { return nil }
      if j < n, b[j] == UInt8(ascii: ";") { j += 1 }
      return (numeric(value), j)
    }
    var name: [UInt8] = []
    while j < n, name.count <= 10, HTMLText.isLetter(b[j]) || (b[j] >= 0x30 && b[j] <= 0x39) {
      name.append(b[j])
      j += 1
    }
    let key = String(decoding: name, as: UTF8.self)
    if j < n, b[j] == UInt8(ascii: ";"), let v = named[key] { return (v, j + 1) }
    if let v = legacy[key] { return (v, j) }
    return nil
  }

  /// A numeric reference's scalar, as the HTML standard maps it.
  static func numeric(_ v: UInt32) -> UInt32 {
    if v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF) { return 0xFFFD }
    if v >= 0x80 && v <= 0x9F {
      let w = windows1252C1[Int(v - 0x80)]
      return w == 0 ? v : UInt32(w)
    }
    return v
  }

  /// Windows-1252's printable characters at 0x80–0x9F (0 where it has none).
  static let windows1252C1: [UInt16] = [
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
  ]

  static let legacy: [String: UInt32] = ["amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "nbsp": 0xA0]

  /// Named references (HTML standard names): markup, spaces, punctuation, quotes and dashes, symbols, and the
  /// Latin letters of Polish and its neighbours.
  static let named: [String: UInt32] = [
    "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27, "nbsp": 0xA0,
    "ensp": 0x2002, "emsp": 0x2003, "thinsp": 0x2009, "zwnj": 0x200C, "zwj": 0x200D, "lrm": 0x200E,
    "rlm": 0x200F, "shy": 0xAD,
    "ndash": 0x2013, "mdash": 0x2014, "hellip": 0x2026, "lsquo": 0x2018, "rsquo": 0x2019, "sbquo": 0x201A,
    "ldquo": 0x201C, "rdquo": 0x201D, "bdquo": 0x201E, "laquo": 0xAB, "raquo": 0xBB, "lsaquo": 0x2039,
    "rsaquo": 0x203A, "prime": 0x2032, "Prime": 0x2033, "bull": 0x2022, "middot": 0xB7, "dagger": 0x2020,
    "Dagger": 0x2021, "permil": 0x2030, "iexcl": 0xA1, "iquest": 0xBF,
    "copy": 0xA9, "reg": 0xAE, "trade": 0x2122, "deg": 0xB0, "plusmn": 0xB1, "times": 0xD7, "divide": 0xF7,
    "sect": 0xA7, "para": 0xB6, "euro": 0x20AC, "pound": 0xA3, "yen": 0xA5, "cent": 0xA2, "curren": 0xA4,
    "micro": 0xB5, "frac12": 0xBD, "frac14": 0xBC, "frac34": 0xBE, "sup1": 0xB9, "sup2": 0xB2, "sup3": 0xB3,
    "ordf": 0xAA, "ordm": 0xBA, "not": 0xAC, "brvbar": 0xA6, "uml": 0xA8, "acute": 0xB4, "cedil": 0xB8,
    "macr": 0xAF, "larr": 0x2190, "rarr": 0x2192, "uarr": 0x2191, "darr": 0x2193, "harr": 0x2194,
    "minus": 0x2212, "le": 0x2264, "ge": 0x2265, "ne": 0x2260, "asymp": 0x2248, "infin": 0x221E,
    // Polish letters
    "Aogon": 0x104, "aogon": 0x105, "Cacute": 0x106, "cacute": 0x107, "Eogon": 0x118, "eogon": 0x119,
    "Lstrok": 0x141, "lstrok": 0x142, "Nacute": 0x143, "nacute": 0x144, "Oacute": 0xD3, "oacute": 0xF3,
    "Sacute": 0x15A, "sacute": 0x15B, "Zacute": 0x179, "zacute": 0x17A, "Zdot": 0x17B, "zdot": 0x17C,
    // Other Latin letters common in European names
    "Aacute": 0xC1, "aacute": 0xE1, "Agrave": 0xC0, "agrave": 0xE0, "Acirc": 0xC2, "acirc": 0xE2,
    "Auml": 0xC4, "auml": 0xE4, "Aring": 0xC5, "aring": 0xE5, "AElig": 0xC6, "aelig": 0xE6, "Ccedil": 0xC7,
    "ccedil": 0xE7, "Ccaron": 0x10C, "ccaron": 0x10D, "Eacute": 0xC9, "eacute": 0xE9, "Egrave": 0xC8,
    "egrave": 0xE8, "Ecirc": 0xCA, "ecirc": 0xEA, "Euml": 0xCB, "euml": 0xEB, "Ecaron": 0x11A, "ecaron": 0x11B,
    "Iacute": 0xCD, "iacute": 0xED, "Icirc": 0xCE, "icirc": 0xEE, "Iuml": 0xCF, "iuml": 0xEF, "Ntilde": 0xD1,
    "ntilde": 0xF1, "Ncaron": 0x147, "ncaron": 0x148, "Ocirc": 0xD4, "ocirc": 0xF4, "Ouml": 0xD6, "ouml": 0xF6,
    "Oslash": 0xD8, "oslash": 0xF8, "Rcaron": 0x158, "rcaron": 0x159, "Scaron": 0x160, "scaron": 0x161,
    "szlig": 0xDF, "Uacute": 0xDA, "uacute": 0xFA, "Uuml": 0xDC, "uuml": 0xFC, "Uring": 0x16E, "uring": 0x16F,
    "Yacute": 0xDD, "yacute": 0xFD, "Zcaron": 0x17D, "zcaron": 0x17E,
  ]
}
