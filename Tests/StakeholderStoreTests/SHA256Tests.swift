import Testing
@testable import StakeholderStore

/// FIPS 180-4 / NIST CAVP example vectors, plus lengths around the padding boundary checked with Python's hashlib.
@Suite("SHA-256")
struct SHA256Tests {
  @Test(arguments: [
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
     "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
     "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
    ("Łódź, Urząd Marszałkowski Województwa Łódzkiego",
     "47c4df8b619532d2868d6f53275059eeeb642416494d4d899b578f4b4d55c530"),
  ])
  func knownVectors(input: String, expected: String) {
    #expect(SHA256.hex(of: input) == expected)
  }

  @Test("one million 'a' (FIPS 180-4 long message)")
  func millionA() {
    let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
    #expect(SHA256.hex(SHA256.digest(bytes)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  @Test("lengths 55, 56, 63, 64, 65 bytes cross the padding boundary", arguments: [55, 56, 63, 64, 65])
  func paddingBoundary(length: Int) {
    let text = String(repeating: "x", count: length)
    #expect(SHA256.hex(of: text) == Self.pythonDigests[length])
  }

  static let pythonDigests: [Int: String] = [
    55: "d5e285683cd4efc02d021a5c62014694958901005d6f71e89e0989fac77e4072",
    56: "04c26261370ee7541549d16dee320c723e3fd14671e66a099afe0a377c16888e",
    63: "75220b47218278e656f2013bb8f0c455a25eaf01e86c64924e9d48d89776d6f2",
    64: "7ce100971f64e7001e8fe5a51973ecdfe1ced42befe7ee8d5fd6219506b5393c",
    65: "9537c5fdf120482f7d58d25e9ed583f52c02b4e304ea814db1633ad565aed7e9",
  ]
}
