import ArgumentParser
import ReviewModel

extension SourceKind: ExpressibleByArgument {
  /// `database`, `register`, `citation`, `website` or `organisation`.
  public init?(argument: String) {
    self.init(rawValue: argument.lowercased())
  }
}
