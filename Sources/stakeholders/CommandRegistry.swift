import ArgumentParser

/// Every subcommand, in the order `--help` lists them. Add a new subcommand here.
enum CommandRegistry {
  static let all: [any ParsableCommand.Type] = [
    AnalyzeCommand.self,
    ExtractCommand.self,
    EvaluateCommand.self,
    RenderCommand.self,
    MetricsCommand.self,
    BrokersCommand.self,
    ExportCommand.self,
    LemmaCommand.self,
    BenchCommand.self,
  ]
}
