// swift-tools-version: 6.0
import PackageDescription

/// libFuzzer targets for StakeholderGraph's input readers. Built and run by `run.sh` (see README.md):
///
///     swift build -Xswiftc -sanitize=fuzzer -Xswiftc -parse-as-library --product FuzzDocumentReader
///
/// Kept out of the main package so that its normal builds and tests never need the fuzzer runtime.
let package = Package(
  name: "StakeholderFuzz",
  dependencies: [.package(name: "StakeholderGraph", path: "../..")],
  targets: [
    .executableTarget(
      name: "FuzzDocumentReader",
      dependencies: [.product(name: "StakeholderGraph", package: "StakeholderGraph")]),
    .executableTarget(
      name: "FuzzGraphReaders",
      dependencies: [.product(name: "StakeholderGraph", package: "StakeholderGraph")]),
  ]
)
