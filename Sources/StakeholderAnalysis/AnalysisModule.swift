import StakeholderModel

/// Version of the analysis algorithms; bump when results change so cached metrics are recomputed.
public let analysisVersion = 1
