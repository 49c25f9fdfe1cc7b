import Foundation
import ReviewStore
import ReviewTestSupport
import Testing

struct StoreSchemaTests {
  private let schemaPath = TestFiles.repositoryRoot.appendingPathComponent("Schemas/store.sql").path

  @Test func migratedSchemaMatchesSchemasStoreSQL() throws {
    let store = try ProjectStore()
    let schema = try store.schemaSQL()
    if ProcessInfo.processInfo.environment["LITREV_RECORD_SCHEMA"] != nil {
      let header =
        "-- The project database's schema after every migration (`make schema` writes it).\n\n"
      try (header + schema).write(toFile: schemaPath, atomically: true, encoding: .utf8)
      Issue.record("Recorded \(schemaPath); run the tests again without LITREV_RECORD_SCHEMA.")
      return
    }
    let expected = try String(contentsOfFile: schemaPath, encoding: .utf8)
    let expectedSQL = expected.split(separator: "\n", omittingEmptySubsequences: false)
      .drop { $0.hasPrefix("--") || $0.isEmpty }.joined(separator: "\n")
    #expect(expectedSQL == schema, "Schemas/store.sql is out of date: run `make schema`")
  }

  @Test func migrationsAreNamedAndApplied() throws {
    let store = try ProjectStore()
    #expect(
      try store.appliedMigrations() == [
        "v1: sources, import batches, records, event log",
        "v2: import batches in any format a reader reads", "v3: screening decisions",
        "v4: duplicate groups, distinct pairs, duplicate review queue",
        "v5: resolutions in the decision log",
        "v6: the kind of each source, for PRISMA's columns",
        "v7: appraisal answers and study designs",
        "v8: extracted values of included studies",
        "v9: survey responses, coding of answers, study-theme links",
        "v10: stopping rules in the decision log",
        "v11: taking back a screening decision",
        "v12: export files kept in the project, records pointing into them",
      ])
  }

  @Test func reopeningAFileDatabaseKeepsItsData() throws {
    let folder = try TemporaryFolder()
    let path = folder.path("review.sqlite")
    do {
      let store = try ProjectStore(path: path)
      try store.append(EventDraft(kind: .projectCreated, actor: "ana", method: "manual"))
    }
    let reopened = try ProjectStore(path: path)
    #expect(try reopened.events().map(\.kind) == [.projectCreated])
    #expect(try reopened.appliedMigrations().count == 12)
  }
}
