import ArgumentParser
import Foundation
import StakeholderExtraction

/// `stakeholders lemma`: the canonical nominative of Polish name phrases, one per line.
struct LemmaCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lemma",
    abstract: "Print the canonical (nominative) form of Polish name phrases, one per line.",
    discussion: """
      Each argument is one phrase. People are read with one gender and case for all
      their words; places and institutions keep their genitive complements,
      prepositional tails and quotations. With --bench, prints the lexicon load time
      and lemmatisations per second instead.

      Examples:
        stakeholders lemma --kind person "Piotra Kuczerę" "Annie Nowak"
        stakeholders lemma --kind organization "Urzędu Marszałkowskiego Województwa Podlaskiego"
        stakeholders lemma --kind place "w Białymstoku" "Stalowej Woli"
      """)

  @Option(help: "What the phrases name: person, organization, place or other.")
  var kind: String = "other"

  @Option(name: .customLong("attested"), help: "A nominative form seen elsewhere in the corpus (repeatable).")
  var attested: [String] = []

  @Flag(help: "Measure lexicon load time and lemmatisation speed on the given phrases (or a built-in sample).")
  var bench = false

  @Argument(help: "The phrases to lemmatise.")
  var phrases: [String] = []

  func validate() throws {
    guard NameKind(rawValue: kind) != nil else {
      throw ValidationError("unknown kind '\(kind)'; use person, organization, place or other")
    }
    if phrases.isEmpty && !bench { throw ValidationError("give at least one phrase") }
  }

  func run() throws {
    let nameKind = NameKind(rawValue: kind)!
    let start = Date()
    let startCPU = clock()
    let lexicon = PolishLexicon.shared
    let loadSeconds = Date().timeIntervalSince(start)
    let loadCPU = Double(clock() - startCPU) / Double(CLOCKS_PER_SEC)
    if let error = lexicon.loadError { throw CLIError("Polish lexicon: \(error)") }
    if bench {
      try runBench(lexicon: lexicon, loadSeconds: loadSeconds, loadCPU: loadCPU)
      return
    }
    let lemmatizer = PolishLemmatizer(lexicon: lexicon)
    var out = ""
    for phrase in phrases {
      out += lemmatizer.lemma(phrase, kind: nameKind, attested: Set(attested)) + "\n"
    }
    try CLIOutput.write(Data(out.utf8), to: nil)
  }

  private func runBench(lexicon: PolishLexicon, loadSeconds: Double, loadCPU: Double) throws {
    let uncached = PolishLemmatizer.uncached(lexicon: lexicon)
    let sample: [(String, NameKind)] =
      phrases.isEmpty
      ? [("Piotra Kuczerę", .person), ("Stalowej Woli", .place), ("Urzędu Marszałkowskiego Województwa Podlaskiego", .organization),
         ("Białymstoku", .place), ("Patrycję Sass-Staniszewską", .person), ("Politechniki Białostockiej", .organization)]
      : phrases.map { ($0, NameKind(rawValue: kind)!) }
    let words = ["Białymstoku", "Urzędu", "Piotra", "Kowalskiej", "Rozwoju", "spotkanie", "Wrocławia", "Zdroju"]
    var hits = 0
    let lookups = 2_000_000
    let t0 = Date()
    for i in 0..<lookups where lexicon.isPlace(words[i & 7]) || lexicon.isFirstName(words[i & 7]) { hits += 1 }
    let lookupSeconds = Date().timeIntervalSince(t0)
    var readings = 0
    let analysesCount = 500_000
    let t2 = Date()
    for i in 0..<analysesCount { readings += lexicon.analyses(of: words[i & 7]).count }
    let analysesSeconds = Date().timeIntervalSince(t2)
    let rounds = 20_000
    var chars = 0
    let t1 = Date()
    for i in 0..<rounds {
      let (phrase, k) = sample[i % sample.count]
      chars += uncached.lemma(phrase, kind: k).utf8.count
    }
    let phraseSeconds = Date().timeIntervalSince(t1)
    let report = """
      lexicon: \(lexicon.lemmaCount) lemmas, loaded in \(String(format: "%.3f", loadSeconds)) s wall, \(String(format: "%.3f", loadCPU)) s CPU
      lookups (isPlace/isFirstName): \(String(format: "%.2f", Double(lookups) / lookupSeconds / 1e6)) M/s (\(hits) hits)
      analyses(of:): \(String(format: "%.2f", Double(analysesCount) / analysesSeconds / 1e6)) M/s (\(readings) readings)
      phrases: \(String(format: "%.0f", Double(rounds) / phraseSeconds)) lemmatisations/s (no cache) over \(sample.count) phrases (\(chars) bytes out)

      """
    try CLIOutput.write(Data(report.utf8), to: nil)
  }
}
