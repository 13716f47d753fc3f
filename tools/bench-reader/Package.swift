// swift-tools-version: 6.0
import PackageDescription

/// Benchmark of `CorpusReader` on the sizes issue 6 names: one 200 MB file, 100,000 tiny files, and a
/// 10,000-document corpus. Run with `tools/bench-reader/run.sh` (release build).
let package = Package(
  name: "ReaderBench",
  dependencies: [.package(name: "StakeholderGraph", path: "../..")],
  targets: [
    .executableTarget(
      name: "ReaderBench",
      dependencies: [.product(name: "StakeholderGraph", package: "StakeholderGraph")]),
  ]
)
