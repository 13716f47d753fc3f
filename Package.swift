// swift-tools-version: 6.0
import PackageDescription

/// StakeholderGraph: regional-development articles → typed stakeholder graph → analysis → diagrams and reports.
///
/// Dependencies point one way: Model at the bottom; Extraction and Analysis on Model;
/// Export on Model and Analysis; Rendering on CGraphviz only (it takes DOT text); the CLI on all.
let package = Package(
  name: "StakeholderGraph",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "stakeholders", targets: ["stakeholders"]),
    .library(
      name: "StakeholderGraph",
      targets: ["StakeholderModel", "StakeholderExtraction", "StakeholderAnalysis", "StakeholderExport", "StakeholderRendering"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
  ],
  targets: [
    .target(name: "StakeholderModel"),
    .target(
      name: "StakeholderExtraction",
      dependencies: ["StakeholderModel", .product(name: "Yams", package: "Yams")],
      resources: [.copy("Resources")]),
    .target(
      name: "StakeholderStore",
      dependencies: ["StakeholderModel", "StakeholderExtraction", .product(name: "GRDB", package: "GRDB.swift")]),
    .target(name: "StakeholderAnalysis", dependencies: ["StakeholderModel"], exclude: ["README.md"]),
    .target(name: "StakeholderExport", dependencies: ["StakeholderModel", "StakeholderAnalysis"]),
    .systemLibrary(
      name: "CGraphviz",
      pkgConfig: "libgvc",
      providers: [.apt(["libgraphviz-dev"])]),
    .target(name: "StakeholderRendering", dependencies: ["CGraphviz"]),
    .executableTarget(
      name: "stakeholders",
      dependencies: [
        "StakeholderModel", "StakeholderExtraction", "StakeholderAnalysis", "StakeholderExport",
        "StakeholderRendering", "StakeholderStore",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    .testTarget(name: "StakeholderModelTests", dependencies: ["StakeholderModel"]),
    .testTarget(
      name: "StakeholderExtractionTests", dependencies: ["StakeholderExtraction", "TestSupport"], resources: [.copy("Fixtures")]),
    // What several test targets share: a small XML reader and a seeded generator (not a product).
    .target(name: "TestSupport", path: "Tests/TestSupport"),
    .testTarget(
      name: "StakeholderExportTests", dependencies: ["StakeholderExport", "StakeholderModel", "TestSupport"],
      exclude: ["Snapshots"]),
    // Renders Export's DOT through Graphviz end to end; the Rendering module itself stays on CGraphviz only.
    .testTarget(name: "StakeholderRenderingTests", dependencies: ["StakeholderRendering", "StakeholderExport", "TestSupport"]),
    .testTarget(name: "StakeholderStoreTests", dependencies: ["StakeholderStore", "StakeholderModel", "StakeholderExtraction"]),
    .testTarget(
      name: "StakeholderAnalysisTests",
      dependencies: ["StakeholderAnalysis", "StakeholderModel", "TestSupport"],
      resources: [.copy("Fixtures"), .copy("Snapshots")]),
    .testTarget(
      name: "StakeholdersCLITests",
      dependencies: ["stakeholders", "StakeholderModel"],
      resources: []),
  ]
)
