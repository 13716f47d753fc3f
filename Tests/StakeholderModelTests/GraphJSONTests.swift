import Foundation
import Testing
@testable import StakeholderModel

@Suite("Graph JSON")
struct GraphJSONTests {
  static let sample = StakeholderGraph(
    documents: [Document(id: "002.txt", language: "pl", title: "Oddział e-Izby", date: "2017-06-01")],
    entities: [
      Entity(kind: .person, name: "Piotr Kuczera", aliases: ["Piotra Kuczerę"], sector: .localGovernment,
             sectorReason: "role 'prezydent'", role: "prezydent Rybnika",
             mentions: [Mention(document: "002.txt", start: 812, end: 826)]),
      Entity(kind: .place, name: "Rybnik", aliases: ["Rybniku", "Rybnika"]),
      Entity(kind: .organization, name: "Izba Gospodarki Elektronicznej", aliases: ["e-Izba"], sector: .business),
    ],
    relations: [
      Relation(source: "person:piotr-kuczera", target: "place:rybnik", type: .affiliatedWith,
               evidence: [Evidence(document: "002.txt", start: 790, end: 900, text: "… prezydenta Rybnika …")])
    ])

  @Test("round-trips through JSON unchanged (after normalisation)")
  func roundTrip() throws {
    let data = try Self.sample.jsonData()
    let back = try StakeholderGraph.decode(json: data, source: "mem")
    #expect(back == Self.sample.normalized())
    #expect(try back.jsonData() == data)
  }

  @Test("writes the schema's keys: sector null where it does not apply, snake_case types")
  func schemaKeys() throws {
    let text = String(decoding: try Self.sample.jsonData(), as: UTF8.self)
    #expect(text.contains("\"type\" : \"affiliated_with\""))
    #expect(text.contains("\"sector\" : null"))
    #expect(text.contains("\"sector\" : \"local_government\""))
    #expect(text.contains("Piotra Kuczerę"))
  }

  @Test("ids are readable slugs with Polish letters folded")
  func slugs() {
    #expect(EntityID.make(kind: .place, name: "Bielsko-Biała") == "place:bielsko-biala")
    #expect(EntityID.make(kind: .organization, name: "Urząd Marszałkowski Województwa Śląskiego")
      == "organization:urzad-marszalkowski-wojewodztwa-slaskiego")
    #expect(EntityID.slug("„Łódź”") == "lodz")
  }

  @Test("slugs join runs of separators into one hyphen, drop them at both ends, and spell other letters by code point")
  func slugSeparatorsAndOtherLetters() {
    #expect(EntityID.slug("  --Forum 2023 (III)--  ") == "forum-2023-iii")
    #expect(EntityID.slug("Æsir & Ōsaka") == "aesir-u14dsaka")
    #expect(EntityID.slug("Straße №5") == "strasse-5")
    #expect(EntityID.slug("!!") == "unnamed")
    #expect(EntityID.slug("") == "unnamed")
  }

  @Test("slugs lower-case upper-case Polish letters before folding them, and other scripts through the Unicode tables")
  func slugUpperCase() {
    #expect(EntityID.slug("ŁÓDŹ KALISKA") == "lodz-kaliska")
    #expect(EntityID.slug("ŻÓŁĆ Ęą") == "zolc-ea")
    #expect(EntityID.slug("ΣΟΦΙΑ") == "u3c3u3bfu3c6u3b9u3b1")
    #expect(SimpleCase.lowercase(0x141) == 0x142)
    #expect(SimpleCase.lowercase(0x130) == nil)
    for v in UInt32(0)...0x17F {
      guard let l = SimpleCase.lowercase(v), let c = Unicode.Scalar(v) else { continue }
      #expect(String(Character(c)).lowercased() == String(Character(Unicode.Scalar(l)!)), "U+\(String(v, radix: 16))")
    }
  }

  @Test("a relation to an unknown entity is rejected with its number")
  func unknownEntity() throws {
    var g = Self.sample
    g.relations.append(Relation(source: "place:rybnik", target: "place:nowhere", type: .partnerOf))
    let data = try JSONEncoder().encode(g)
    #expect(throws: GraphFileError(file: "g.json", line: 1,
                                   message: "relation #2 names unknown entity id 'place:nowhere'")) {
      try StakeholderGraph.decode(json: data, source: "g.json")
    }
  }

  @Test("a wrong kind is reported with its path")
  func wrongKind() {
    let json = #"{"entities":[{"id":"x","kind":"robot","name":"X","aliases":[]}],"relations":[]}"#
    do {
      _ = try StakeholderGraph.decode(json: Data(json.utf8), source: "bad.json")
      Issue.record("decoding should fail")
    } catch let e as GraphFileError {
      #expect(e.file == "bad.json")
      #expect(e.message.contains("entities[0].kind"))
    } catch { Issue.record("unexpected \(error)") }
  }

  @Test("symmetric relations merge whichever way they were written")
  func symmetricMerge() {
    let g = StakeholderGraph(
      entities: [Entity(kind: .organization, name: "A"), Entity(kind: .organization, name: "B")],
      relations: [
        Relation(source: "organization:a", target: "organization:b", type: .partnerOf,
                 evidence: [Evidence(document: "d", start: 0, end: 1, text: "x")]),
        Relation(source: "organization:b", target: "organization:a", type: .partnerOf,
                 evidence: [Evidence(document: "d", start: 5, end: 6, text: "y")]),
      ])
    let n = g.normalized()
    #expect(n.relations.count == 1)
    #expect(n.relations[0].evidence.count == 2)
  }
}
