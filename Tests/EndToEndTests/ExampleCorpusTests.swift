import Foundation
import ReviewTestSupport
import Testing

/// The example review in `Corpus/` is what `corpus-gen` writes, byte for byte, and it imports.
struct ExampleCorpusTests {
  private let generatedFiles = [
    "searches/pubmed-2024-05-14.xml", "searches/embase-2024-05-14.ris",
    "searches/pubmed-2024-05-14.query.txt", "searches/embase-2024-05-14.query.txt",
    "truth/duplicates.json", "survey/survey.yaml", "survey/responses.csv",
    "survey/codebook.yaml", "truth/theme-links.json",
  ]

  @Test func theCommittedCorpusIsWhatTheGeneratorWrites() throws {
    let folder = try TemporaryFolder()
    let generated = try LitrevBinary.run(
      ["example", "--output-dir", folder.url.path, "--seed", "20240514"],
      executable: "corpus-gen")
    #expect(generated.status == 0, "\(generated.standardError)")
    for file in generatedFiles {
      let committed = try Data(contentsOf: URL(fileURLWithPath: TestFiles.corpus(file)))
      let written = try Data(contentsOf: folder.url.appendingPathComponent(file))
      #expect(committed == written, "Corpus/\(file) differs from what corpus-gen writes")
    }
  }

  @Test func theExampleSearchesImportWithoutWarnings() throws {
    let folder = try TemporaryFolder()
    #expect(try LitrevBinary.run(["init"], in: folder.url).status == 0)
    let searches = [
      ("pubmed-2024-05-14.xml", "PubMed", 220), ("embase-2024-05-14.ris", "Embase", 160),
    ]
    for (file, source, count) in searches {
      let result = try LitrevBinary.run(
        ["import", TestFiles.corpus("searches/\(file)"), "--source", source, "--strict"],
        in: folder.url)
      #expect(result.status == 0, "\(result.standardError)")
      #expect(result.standardOutput.contains("imported \(count) records from \(source)"))
      #expect(result.standardOutput.contains("0 warnings"))
    }
  }
}
