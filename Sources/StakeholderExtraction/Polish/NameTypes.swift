import Foundation
import StakeholderModel

/// What kind of name a phrase is, which decides how it inflects.
///
///     PolishLemmatizer().lemma("Stalowej Woli", kind: .place)   // "Stalowa Wola"
public enum NameKind: String, Sendable, CaseIterable, CaseHashable {
  case person, organization, place, other
}

/// Grammatical gender of a first name / noun.
public enum NameGender: String, Sendable {
  case masculine, feminine, neuter, unknown
}

/// The dictionary class of one analysis of a word form.
public enum WordCategory: String, Sendable, CaseIterable {
  /// A first name (SGJP "imię").
  case firstName
  /// A surname (SGJP "nazwisko").
  case surname
  /// A geographical name (SGJP "nazwa_geograficzna").
  case place
  /// A word that is only part of a geographical name (SGJP "człon_nazwy_geograficznej"): Zdrój, Sącz.
  case placePart
  /// The name of an organization or firm.
  case organization
  /// A common noun from the institution head table: urząd, politechnika, klaster.
  case noun
  /// An adjective, recognised by the suffix rules and the SGJP adjective list.
  case adjective

  /// Position in the order analyses are listed.
  var order: Int {
    switch self {
    case .firstName: 0
    case .surname: 1
    case .place: 2
    case .placePart: 3
    case .organization: 4
    case .noun: 5
    case .adjective: 6
    }
  }
}

/// A set of the six Polish cases a form can stand in (the vocative is not tracked).
public struct PolishCases: OptionSet, Sendable, Hashable {
  public let rawValue: UInt8
  public init(rawValue: UInt8) { self.rawValue = rawValue }
  public static let nominative = PolishCases(rawValue: 1 << 0)
  public static let genitive = PolishCases(rawValue: 1 << 1)
  public static let dative = PolishCases(rawValue: 1 << 2)
  public static let accusative = PolishCases(rawValue: 1 << 3)
  public static let instrumental = PolishCases(rawValue: 1 << 4)
  public static let locative = PolishCases(rawValue: 1 << 5)
  /// Every case: indeclinable words.
  public static let all: PolishCases = [.nominative, .genitive, .dative, .accusative, .instrumental, .locative]

  /// Parses the lexicon's case letters `n g d a i l`.
  init(letters: some Sequence<UInt8>) {
    var raw: UInt8 = 0
    for byte in letters {
      switch byte {
      case UInt8(ascii: "n"): raw |= 1 << 0
      case UInt8(ascii: "g"): raw |= 1 << 1
      case UInt8(ascii: "d"): raw |= 1 << 2
      case UInt8(ascii: "a"): raw |= 1 << 3
      case UInt8(ascii: "i"): raw |= 1 << 4
      case UInt8(ascii: "l"): raw |= 1 << 5
      default: break
      }
    }
    rawValue = raw
  }
}

/// SGJP gender: masculine personal, animal, inanimate; feminine; neuter.
enum GrammaticalGender: UInt8, Sendable, CaseIterable {
  case m1, m2, m3, f, n

  init?(code: Substring) {
    switch code {
    case "m1": self = .m1
    case "m2": self = .m2
    case "m3": self = .m3
    case "f": self = .f
    case "n": self = .n
    default: return nil
    }
  }

  /// The coarse gender callers see.
  var nameGender: NameGender {
    switch self {
    case .m1, .m2, .m3: .masculine
    case .f: .feminine
    case .n: .neuter
    }
  }

  var isMasculine: Bool { self == .m1 || self == .m2 || self == .m3 }
}

/// One reading of a word form: its lemma, dictionary class, cases and gender.
///
///     PolishLexicon.shared.analyses(of: "Białymstoku")
///     // [WordAnalysis(lemma: "Białystok", category: .place, cases: [.locative], gender: .masculine, …)]
public struct WordAnalysis: Sendable, Hashable {
  /// The nominative singular (nominative plural for plural-only names such as Kielce).
  public var lemma: String
  /// The dictionary class of this reading.
  public var category: WordCategory
  /// The cases the form stands in under this reading.
  public var cases: PolishCases
  /// The coarse gender of the lemma.
  public var gender: NameGender
  /// True for names used only in the plural (Kielce, Suwałki, Tychy).
  public var isPluralOnly: Bool
  /// Frequency rank of the lemma in its category (1 = most frequent), or nil when unranked.
  public var rank: Int?
  /// SGJP gender, finer than `gender`.
  var grammaticalGender: GrammaticalGender
}
