import Foundation
import ReviewTestSupport
import Testing

/// Inputs that must be refused with a clear error, an exit code of 65 or 66, and nothing stored.
struct ImportBadInputTests {
  /// A project with nothing imported yet.
  private func emptyProject() throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    let made = try LitrevBinary.run(["init"], in: folder.url)
    #expect(made.status == 0, "\(made.standardError)")
    return folder
  }

  private func expectNothingStored(_ folder: TemporaryFolder) throws {
    let listed = try LitrevBinary.run(["records", "--json"], in: folder.url)
    #expect(listed.status == 0)
    #expect(listed.standardOutput == "[]\n")
  }

  private func importFile(_ path: String, in folder: TemporaryFolder) throws -> CLIResult {
    try LitrevBinary.run(["import", path, "--source", "Embase"], in: folder.url)
  }

  @Test func aMissingFileIsExit66() throws {
    let folder = try emptyProject()
    let result = try importFile(folder.path("nowhere.ris"), in: folder)
    #expect(result.status == 66)
    #expect(result.standardError.contains("nowhere.ris: no such file"))
    try expectNothingStored(folder)
  }

  @Test func anEmptyFileIsRefused() throws {
    let folder = try emptyProject()
    let path = try folder.write("\n  \n", to: "empty.ris")
    let result = try importFile(path, in: folder)
    #expect(result.status == 65)
    #expect(result.standardError.contains("empty.ris: the file is empty"))
    try expectNothingStored(folder)
  }

  @Test func binaryDataIsRefused() throws {
    let folder = try emptyProject()
    let path = try folder.write(
      bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], to: "figure.ris")
    let result = try importFile(path, in: folder)
    #expect(result.status == 65)
    #expect(result.standardError.contains("figure.ris: binary data"))
    try expectNothingStored(folder)
  }

  @Test func aFileInNoKnownFormatIsRefused() throws {
    let folder = try emptyProject()
    let path = try folder.write("Search notes\nNothing here is a record.\n", to: "export.ris")
    let result = try importFile(path, in: folder)
    #expect(result.status == 65)
    #expect(result.standardError.contains("export.ris: not a format litrev reads"))
    try expectNothingStored(folder)
  }

  @Test func aFormatThatContradictsTheContentIsRefused() throws {
    let folder = try emptyProject()
    let path = try folder.write("TY  - JOUR\nTI  - A title\nER  - \n", to: "a.xml")
    let result = try LitrevBinary.run(
      ["import", path, "--source", "PubMed", "--format", "pubmed-xml"], in: folder.url)
    #expect(result.status == 65)
    #expect(result.standardError.contains("asked to read it as PubMed XML, but it holds RIS"))
    try expectNothingStored(folder)
  }

  @Test func aFolderIsNotAFile() throws {
    let folder = try emptyProject()
    let result = try importFile(folder.url.path, in: folder)
    #expect(result.status == 65)
    #expect(result.standardError.contains("it is a folder"))
  }
}
