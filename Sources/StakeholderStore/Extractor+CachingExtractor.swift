import StakeholderExtraction

/// The extractor's per-document results are what the project store caches, under ``Extractor/version``.
extension Extractor: CachingExtractor {
  public var cacheVersion: String { Self.version }
}
