import Foundation
import ReviewModel
import ReviewStore
import ReviewTestSupport
import Testing

/// Later migrations carry the data of a database that an older litrev left forward.
struct MigrationTests {
  private static let v1 = "v1: sources, import batches, records, event log"

  /// A project file at v1 holding one RIS batch of one record, and its path.
  private func projectAtV1(in folder: TemporaryFolder) throws -> String {
    let path = folder.path(ProjectStore.databaseFileName)
    try ProjectStore.prepareForTesting(
      path: path, migratedUpTo: Self.v1,
      sql: """
        INSERT INTO source (id, name) VALUES (1, 'Embase');
        INSERT INTO import_batch VALUES (7, 'b7', 1, 'embase.ris', 'ab12', 'ris', '2024-05-14',
          'social media', 1, 0, '2024-05-14T09:46:40.000Z', 'ana');
        INSERT INTO record (batch_id, position, title, authors, keywords, mesh_headings, languages,
          publication_types, urls, notes, other_fields)
          VALUES (7, 1, 'Podcasts in core surgical training', '[]', '[]', '[]', '[]', '[]', '[]',
          '[]', '[]');
        """)
    return path
  }

  @Test func v2KeepsBatchesAndTheirRecords() throws {
    let folder = try TemporaryFolder()
    let store = try ProjectStore(path: try projectAtV1(in: folder))
    #expect(try store.appliedMigrations().count == 12)
    let batches = try store.batches()
    #expect(batches.map(\.id) == [7])
    #expect(batches.first?.format == .ris)
    #expect(batches.first?.source == "Embase")
    var stored: [StoredRecord] = []
    try store.forEachRecord { stored.append($0) }
    #expect(stored.map(\.batchID) == [7])
    #expect(stored.first?.record.title == "Podcasts in core surgical training")
  }

  @Test func v2StoresBatchesOfNewFormatsAndKeepsTheGuards() throws {
    let folder = try TemporaryFolder()
    let store = try ProjectStore(path: try projectAtV1(in: folder))
    var records = [Record(pmid: "31000001", title: "Twitter journal clubs")].makeIterator()
    let batch = try store.importRecords(
      ImportRequest(source: "PubMed", fileName: "pubmed.nbib", format: .medline, importedBy: "ana"),
      from: { records.next() }, finish: { ("cd34", 1, nil) })
    #expect(try store.batches().map(\.format) == [.ris, .medline])
    #expect(batch.recordCount == 1)
    // The rebuilt table keeps its triggers, its constraint and the references to it.
    #expect(throws: StoreError.self) { try store.executeForTesting("DELETE FROM import_batch") }
    #expect(throws: StoreError.self) {
      try store.executeForTesting("UPDATE import_batch SET file_name = 'x'")
    }
    #expect(throws: StoreError.self) {
      try store.executeForTesting(
        """
        INSERT INTO import_batch VALUES (9, 'b9', 1, 'x.ris', 'ef', 'Not A Format', NULL, NULL,
          0, 0, '2024-05-14T09:46:40.000Z', 'ana')
        """)
    }
    #expect(throws: StoreError.self) {
      try store.executeForTesting(
        """
        INSERT INTO record (batch_id, position, authors, keywords, mesh_headings, languages,
          publication_types, urls, notes, other_fields)
          VALUES (99, 1, '[]', '[]', '[]', '[]', '[]', '[]', '[]', '[]')
        """)
    }
  }

  @Test func v5KeepsTheDecisionsAndItsGuards() throws {
    let folder = try TemporaryFolder()
    let path = folder.path(ProjectStore.databaseFileName)
    try ProjectStore.prepareForTesting(
      path: path, migratedUpTo: "v4: duplicate groups, distinct pairs, duplicate review queue",
      sql: """
        INSERT INTO source (id, name) VALUES (1, 'Embase');
        INSERT INTO import_batch VALUES (7, 'b7', 1, 'embase.ris', 'ab12', 'ris', NULL, NULL, 1,
          0, '2024-05-14T09:46:40.000Z', 'ana');
        INSERT INTO record (id, batch_id, position, title, authors, keywords, mesh_headings,
          languages, publication_types, urls, notes, other_fields)
          VALUES (1, 7, 1, 'Podcasts', '[]', '[]', '[]', '[]', '[]', '[]', '[]', '[]');
        INSERT INTO event (id, uuid, kind, actor, method, record_id, payload, created_at)
          VALUES (5, 'e5', 'screening_decision', 'ana', 'manual', 1, '{}',
          '2024-05-14T09:46:40.000Z');
        INSERT INTO screening_decision VALUES (5, 1, 'title_abstract', 'exclude',
          'not_postgraduate', 'students', 'manual');
        """)
    let store = try ProjectStore(path: path)
    let decisions = try store.decisions()
    #expect(decisions.map(\.eventID) == [5])
    #expect(decisions.first?.reason == "not_postgraduate")
    #expect(decisions.first?.note == "students")
    #expect(throws: StoreError.self) {
      try store.executeForTesting("UPDATE screening_decision SET verdict = 'include'")
    }
    #expect(throws: StoreError.self) {
      try store.executeForTesting("DELETE FROM screening_decision")
    }
    let resolution = try store.recordDecision(
      DecisionDraft(
        recordID: 1, stage: .titleAbstract, verdict: .include, reviewer: "ben",
        method: .resolution))
    #expect(try store.decisions().last == resolution)
  }
}
