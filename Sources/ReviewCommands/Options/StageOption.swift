import ArgumentParser
import ReviewModel
import TerminalUI

extension ScreeningStage: ExpressibleByArgument {
  /// `title-abstract` or `full-text` (the stored `title_abstract` and `full_text` work too).
  public init?(argument: String) {
    self.init(name: argument)
  }

  public static var allValueStrings: [String] { allCases.map(\.commandLineName) }

  public var defaultValueDescription: String { commandLineName }
}

extension Verdict: ExpressibleByArgument {
  /// `include`, `exclude`, `maybe` or `not-retrieved`.
  public init?(argument: String) {
    self.init(name: argument)
  }

  public static var allValueStrings: [String] { allCases.map(\.commandLineName) }
}

extension ColorMode: ExpressibleByArgument {}
