import ArgumentParser
import Foundation

/// The `stakeholders` command: articles in, stakeholder graph, analysis, diagrams and reports out.
@main
struct Stakeholders: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stakeholders",
    abstract: "Build, analyse and draw the stakeholder network of regional-development articles.",
    discussion: """
      Reads reports of regional development meetings (Polish and English), extracts
      people, organizations, places, projects and events with their ties, analyses
      who brokers between local government, science and business, and renders
      diagrams and reports.

      Exit codes: 0 success, 1 runtime error (bad input, failed render), 2 usage
      error. Diagnostics go to standard error; data to standard output or files.

      Example:
        stakeholders analyze seeds --out output
      """,
    subcommands: CommandRegistry.all)

  /// Runs the command and maps outcomes to the documented exit codes (0, 1, 2).
  static func main() async {
    let code: Int32
    do {
      var command = try parseAsRoot()
      if var asyncCommand = command as? any AsyncParsableCommand {
        try await asyncCommand.run()
      } else {
        try command.run()
      }
      code = 0
    } catch {
      code = ExitStatus.report(error)
    }
    Foundation.exit(code)
  }
}

/// Turns an error into its message on stderr (or help on stdout) and the documented exit code.
enum ExitStatus {
  static func report(_ error: any Error) -> Int32 {
    if let cliError = error as? CLIError {
      Log.error(cliError.description)
      return 1
    }
    let parserCode = Stakeholders.exitCode(for: error)
    if parserCode == .success {
      // --help, --version: ArgumentParser prints them as its own message.
      print(Stakeholders.fullMessage(for: error))
      return 0
    }
    let message = Stakeholders.fullMessage(for: error)
    if parserCode == .validationFailure {
      FileHandle.standardError.write(Data((message + "\n").utf8))
      return 2
    }
    if !message.isEmpty { Log.error(message) }
    return parserCode == .success ? 0 : 1
  }
}
