import Testing

@testable import StakeholderExtraction

@Suite("ParallelMap")
struct ParallelMapTests {
  @Test("same result as a sequential map for any worker count", arguments: [1, 2, 3, 8, 64])
  func matchesSequential(workers: Int) async {
    let items = Array(0..<1_003)
    let expected = items.map { $0 &* 2_654_435_761 % 1_000 }
    let got = await ParallelMap.map(items, workers: workers) { $0 &* 2_654_435_761 % 1_000 }
    #expect(got == expected)
  }

  @Test("empty and single inputs")
  func edges() async {
    #expect(await ParallelMap.map([Int](), workers: 4) { $0 }.isEmpty)
    #expect(await ParallelMap.map([7], workers: 4) { $0 + 1 } == [8])
  }
}
