import Foundation
import Testing
@testable import StakeholderExtraction
import StakeholderModel

/// Articles copied from web pages and PDFs arrive in many forms of the same text: hard-wrapped (the seeds are: a
/// line ends wherever the next word did not fit, so a name, a quoted title or a dash can start the next line), or
/// typed on a plain keyboard (`"…"` for „…”, ` - ` for ` – `), with paragraphs one line break apart, with words
/// divided at line ends. None of that may change what is extracted. The
/// held-out articles are rewritten here in those forms and must give the same entities, roles, sectors and
/// relations, with names written as the rewritten text writes them.
@Suite("Text variants: hard-wrapped, plain-keyboard, tight paragraphs")
struct TextVariantsTests {
  /// `text` with every line longer than `width` broken greedily at spaces.
  static func wrap(_ text: String, width: Int) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
      guard line.count > width else { return String(line) }
      var lines: [String] = []
      var current = ""
      for word in line.split(separator: " ") {
        if !current.isEmpty, current.count + 1 + word.count > width {
          lines.append(current)
          current = String(word)
        } else {
          current += current.isEmpty ? String(word) : " " + word
        }
      }
      if !current.isEmpty { lines.append(current) }
      return lines.joined(separator: "\n")
    }.joined(separator: "\n")
  }

  /// What a graph says, without offsets: each entity's kind, name and sector, and each relation by names.
  static func content(_ g: StakeholderGraph) -> [String] {
    let names = Dictionary(uniqueKeysWithValues: g.entities.map { ($0.id, $0.name) })
    let entities = g.entities.map { "\($0.kind.rawValue) \($0.name) \($0.sector?.rawValue ?? "-") \($0.role ?? "-")" }
    let relations = g.relations.map { "\(names[$0.source] ?? $0.source) \($0.type.rawValue) \(names[$0.target] ?? $0.target)" }
    return (entities + relations).sorted()
  }

  static let documents: [SourceDocument] = {
    let folders = ["heldout-f", "heldout-g"].map { ExtractionFixtures.root.appendingPathComponent("Tests/Fixtures/\($0)").path }
    return ((try? CorpusReader().read(paths: folders).documents) ?? []).filter { $0.id.hasSuffix(".txt") }
  }()

  @Test("wrapping the held-out articles at 55 and 75 columns changes no entity, role, sector or relation", arguments: [55, 75])
  func wrappedLikeUnwrapped(width: Int) {
    #expect(Self.documents.count == 16)
    for doc in Self.documents {
      let wrapped = SourceDocument(id: doc.id, text: Self.wrap(doc.text, width: width))
      #expect(wrapped.text != doc.text, "\(doc.id) was not wrapped")
      let plain = Self.content(Extractor().extract([doc]).graph)
      let folded = Self.content(Extractor().extract([wrapped]).graph)
      #expect(plain == folded, "\(doc.id) at \(width) columns: \(Set(plain).symmetricDifference(folded).sorted())")
    }
  }

  @Test("paragraphs separated by one line break instead of a blank line give the same graph")
  func singleLineBreaks() {
    for doc in Self.documents {
      var text = doc.text
      while text.contains("\n\n") { text = text.replacingOccurrences(of: "\n\n", with: "\n") }
      let joined = SourceDocument(id: doc.id, text: text)
      let plain = Self.content(Extractor().extract([doc]).graph)
      let tight = Self.content(Extractor().extract([joined]).graph)
      #expect(plain == tight, "\(doc.id): \(Set(plain).symmetricDifference(tight).sorted())")
    }
  }

  /// `text` typed on a plain keyboard: straight quotation marks, hyphens for dashes between words.
  static func plainKeyboard(_ text: String) -> String {
    text.replacingOccurrences(of: "„", with: "\"").replacingOccurrences(of: "”", with: "\"")
      .replacingOccurrences(of: "“", with: "\"").replacingOccurrences(of: " – ", with: " - ")
      .replacingOccurrences(of: "\n– ", with: "\n- ")
  }

  @Test("typing the held-out articles with plain quotation marks and hyphens changes nothing but how names are written")
  func plainKeyboardLikeTypographic() {
    // Most articles quote a name or put a dash between words; the others must simply not change.
    #expect(Self.documents.filter { Self.plainKeyboard($0.text) != $0.text }.count >= 12)
    for doc in Self.documents {
      let plain = SourceDocument(id: doc.id, text: Self.plainKeyboard(doc.text))
      let typographic = Self.content(Extractor().extract([doc]).graph).map(Self.plainKeyboard)
      let typed = Self.content(Extractor().extract([plain]).graph)
      #expect(typographic == typed, "\(doc.id): \(Set(typographic).symmetricDifference(typed).sorted())")
    }
  }

  @Test("plain quotation marks and lone hyphens are read typographically by position, and names keep them")
  func typographicReading() {
    let text = "Stowarzyszenie \"Dolina Lotnicza\" - klaster; e-usługi, 2021-2027."
    let tokens = Tokenizer.tokenize(text)
    #expect(tokens.map(\.text) == ["Stowarzyszenie", "„", "Dolina", "Lotnicza", "”", "–", "klaster", ";", "e-usługi", ",", "2021-2027", "."])
    #expect(tokens.map(\.writtenText).joined() == "Stowarzyszenie\"DolinaLotnicza\"-klaster;e-usługi,2021-2027.")
    let typography = WrittenTypography(tokens)
    #expect(typography.asWritten("Stowarzyszenie „Dolina Lotnicza” – PIB") == "Stowarzyszenie \"Dolina Lotnicza\" - PIB")
    // A document that writes „…” and – keeps them.
    #expect(WrittenTypography(Tokenizer.tokenize("Fundacja „Wspólna Ziemia” – Kraków")).asWritten("Fundacja „X” – Y") == "Fundacja „X” – Y")
  }

  @Test("a word divided at a line end is read whole; names and prefixes keep their hyphen")
  func dividedWords() {
    let tokens = Tokenizer.tokenize("programu Fundusze Euro-\npejskie, Sass-\nStaniszewska i e-\nusługi")
    #expect(tokens.map(\.text) == ["programu", "Fundusze", "Europejskie", ",", "Sass-Staniszewska", "i", "e-usługi"])
    // Offsets stay those of the text as written: evidence quotes it.
    #expect(tokens[2].start == 18 && tokens[2].end == 31)
    #expect(tokens[4].casing == .capitalized)
  }

  @Test("a short line before a capitalised line is still a heading, and a bullet list still splits")
  func headingsAndBullets() {
    let text = """
      Forum Wodorowe w Rzeszowie
      Ponad 120 samorządowców, naukowców i przedsiębiorców przyjechało w czwartek do
      Jasionki pod Rzeszowem na forum. Gospodarzem wydarzenia był Urząd Marszałkowski
      Województwa Podkarpackiego, a współorganizatorem Podkarpacki Klaster Energii
      Odnawialnej. Wśród prelegentów byli:
      – Jan Nowak, prezes klastra,
      – Anna Kowalska, dyrektor departamentu.
      """
    let tokens = Tokenizer.tokenize(text)
    let sentences = SentenceSplitter.split(tokens)
    let texts = sentences.map { s in s.tokens.map { tokens[$0].text }.joined(separator: " ") }
    #expect(texts.first == "Forum Wodorowe w Rzeszowie")
    #expect(texts.contains { $0.hasPrefix("Gospodarzem wydarzenia był Urząd Marszałkowski Województwa Podkarpackiego") })
    #expect(texts.contains { $0.hasPrefix("Jan Nowak") } && texts.contains { $0.hasPrefix("Anna Kowalska") })
  }

  @Test("a dash that the wrap put first on a line continues a quoted title or a name")
  func dashesContinue() {
    let text = """
      Konferencję „Innowacyjna firma na Warmii i Mazurach w latach przyszłych i obecnych
      – finansowanie rozwoju” zorganizowała agencja wraz z Głównym Instytutem Górnictwa
      – Państwowym Instytutem Badawczym oraz uczelnią. Uczestnicy dyskutowali o tym, jak
      finansować rozwój małych firm z regionu, które chcą wprowadzać nowe produkty, i o
      tym, jak uczelnie mogą im w tym pomagać w najbliższych latach, także przez wspólne
      projekty badawcze.
      """
    let tokens = Tokenizer.tokenize(text)
    let sentences = SentenceSplitter.split(tokens)
    #expect(sentences.count == 2)
    #expect(sentences.first.map { tokens[$0.tokens.lowerBound].text } == "Konferencję")
  }
}

/// Titles some sites store in capitals: their words take the case the rest of the article writes them in.
@Suite("Shouted titles")
struct ShoutedTitleTests {
  static let text = """
    ZA NAMI V FORUM GOSPODARCZE POWIATU. NAGRODY DLA FIRM Z GMINY KOŃSKOWOLA

    W czwartek w Puławach odbyło się V Forum Gospodarcze Powiatu, które przygotowało Starostwo Powiatowe w \
    Puławach wraz z Lubelską Fundacją Rozwoju (LFR). Forum otworzył starosta Jan Nowak. Nagrody odebrały firmy z \
    gminy Końskowola. Kolejne forum odbędzie się za rok.
    """

  @Test("a shouted title is written as the article writes its words; function words and unknown words go lower case")
  func recased() {
    var tokens = Tokenizer.tokenize(Self.text)
    Truecaser.recase(&tokens, names: .shared)
    let title = tokens.prefix(while: { $0.newlinesBefore < 2 || $0.start == 0 }).prefix(15).map(\.text)
    #expect(title == ["Za", "nami", "V", "Forum", "Gospodarcze", "Powiatu", ".", "Nagrody", "dla", "firm", "z", "gminy", "Końskowola"])
    // The body is left as written.
    #expect(tokens.contains { $0.text == "Starostwo" } && tokens.contains { $0.text == "LFR" })
  }

  @Test("a shouted title yields no name in capitals and keeps the event's name")
  func extraction() {
    let g = ExtractionFixtures.extract(Self.text, id: "shouted.txt")
    #expect(g.entities.contains { $0.kind == .event && $0.name == "V Forum Gospodarcze Powiatu" })
    #expect(!g.entities.contains { e in e.name.split(separator: " ").filter { $0.count > 2 && $0.uppercased() == $0 }.count >= 2 })
  }

  @Test("a text with no shouted line is left as it is")
  func untouched() {
    let tokens = Tokenizer.tokenize("Spotkanie UMWP i PARP w Rzeszowie\n\nMarszałek otworzył forum.")
    var recased = tokens
    Truecaser.recase(&recased, names: .shared)
    #expect(recased.map(\.text) == tokens.map(\.text))
  }
}

/// A web page saved whole: its page title, menu, headline and dateline come before the article and must not push
/// the article's lead (where the report names its meeting) out of reach.
@Suite("Saved web pages")
struct SavedWebPageTests {
  static let page = """
    <!DOCTYPE html><html lang="pl"><head><meta charset="utf-8">
    <title>Przedsiębiorcy z całego powiatu spotkali się w Puławach na dorocznym forum - Portal Powiatu</title></head>
    <body><nav><ul><li><a href="/">Start</a></li><li><a href="/a">Aktualności</a></li><li><a href="/g">Gospodarka</a></li>
    <li><a href="/e">Edukacja</a></li></ul></nav>
    <main><article><h1>Przedsiębiorcy z całego powiatu spotkali się w Puławach na dorocznym forum</h1>
    <p>12.10.2024, 14:05 | Gospodarka</p>
    <p>Ponad 200 przedsiębiorców, samorządowców i naukowców wzięło w czwartek udział w V Forum Gospodarczym Powiatu \
    Puławskiego. Wydarzenie zorganizowało Starostwo Powiatowe w Puławach.</p>
    <p>Obrady otworzył starosta Jan Nowak. O inwestycjach mówiła prezes Lubelskiej Fundacji Rozwoju Anna Kowalska.</p>
    </article></main><footer><p>Wszelkie prawa zastrzeżone</p></footer></body></html>
    """

  @Test("the meeting named in the article's lead gets its participants, after a page title, a menu and a dateline")
  func leadAfterMenu() throws {
    let read = CorpusReader().readDocument(bytes: Array(Self.page.utf8), name: "forum.html")
    let doc = try #require(read.documents.first)
    let g = Extractor().extract([doc]).graph
    let event = "V Forum Gospodarcze Powiatu Puławskiego"
    #expect(g.entities.contains { $0.kind == .event && $0.name == event })
    #expect(ExtractionFixtures.hasRelation("Jan Nowak", .participatesIn, event, in: g))
    // Only quoted on a topic ("O inwestycjach mówiła …"), with nothing of the meeting in her sentence: no stated part.
    #expect(ExtractionFixtures.hasRelation("Anna Kowalska", .affiliatedWith, "Lubelska Fundacja Rozwoju", in: g))
  }
}
