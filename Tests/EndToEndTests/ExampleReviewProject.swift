import Foundation
import ReviewTestSupport
import Testing

/// A new project holding both searches of the example review in `Corpus/`, as imported by
/// `litrev import`, for the tests that work on the whole example.
func importedExampleReview() throws -> TemporaryFolder {
  let folder = try TemporaryFolder()
  #expect(try LitrevBinary.run(["init", "."], in: folder.url).status == 0)
  for (file, source) in [
    ("pubmed-2024-05-14.xml", "PubMed"), ("embase-2024-05-14.ris", "Embase"),
  ] {
    let imported = try LitrevBinary.run(
      ["import", TestFiles.corpus("searches/\(file)"), "--source", source], in: folder.url)
    #expect(imported.status == 0, "\(imported.standardError)")
  }
  return folder
}
