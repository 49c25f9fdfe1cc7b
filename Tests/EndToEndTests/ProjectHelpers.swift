import Foundation
import ReviewTestSupport
import Testing

/// A new project with nothing imported yet, made by the built binary.
func emptyProject() throws -> TemporaryFolder {
  let folder = try TemporaryFolder()
  let made = try LitrevBinary.run(["init"], in: folder.url)
  #expect(made.status == 0, "\(made.standardError)")
  return folder
}

/// The records `litrev records --json` lists in the project at `folder`.
func storedRecords(in folder: TemporaryFolder) throws -> [[String: Any]] {
  let listed = try LitrevBinary.run(["records", "--json"], in: folder.url)
  #expect(listed.status == 0, "\(listed.standardError)")
  let data = Data(listed.standardOutput.utf8)
  return try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
}

/// The path of a fixture of the reader tests.
func ingestFixture(_ name: String) -> String {
  TestFiles.fixture(name, in: "IngestTests")
}
