import ArgumentParser

/// The `stakeholders` command: articles in, stakeholder graph, analysis, diagrams and reports out.
@main
struct Stakeholders: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stakeholders",
    abstract: "Build, analyse and draw the stakeholder network of regional-development articles.",
    discussion: """
      Reads reports of regional development meetings (Polish and English), extracts people,
      organizations, places, projects and events with their ties, analyses who brokers between
      local government, science and business, and renders diagrams and reports.

      Exit codes: 0 success, 1 runtime error (bad input, failed render), 2 usage error.

      Example:
        stakeholders analyze seeds --out output
      """,
    subcommands: CommandRegistry.all)
}
