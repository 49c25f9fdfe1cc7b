import Foundation

/// Paths to the files tests read: fixtures beside the test targets and the example review in
/// `Corpus/`.
///
/// Found from this source file's own path, so tests read the files in the checkout rather than
/// copies bundled as resources.
public enum TestFiles {
  /// The root of the repository.
  public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // ReviewTestSupport
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()

  /// `Tests/<target>/Fixtures/<relativePath>`.
  public static func fixture(_ relativePath: String, in target: String) -> String {
    repositoryRoot.appendingPathComponent("Tests/\(target)/Fixtures/\(relativePath)").path
  }

  /// `Corpus/<relativePath>`.
  public static func corpus(_ relativePath: String) -> String {
    repositoryRoot.appendingPathComponent("Corpus/\(relativePath)").path
  }
}
