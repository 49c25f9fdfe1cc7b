import Foundation
import ReviewModel
import ReviewStore
import ReviewTestSupport
import Testing

/// The kind of each source (database, register, other methods), which puts its records in a
/// column of the PRISMA diagram.
struct SourceKindTests {
  private func importOne(
    _ store: ProjectStore, source: String, kind: SourceKind?, sha256: String
  ) throws -> ImportBatch {
    var records = [Record(title: "WhatsApp groups for registrars", year: 2020)].makeIterator()
    return try store.importRecords(
      ImportRequest(
        source: source, sourceKind: kind, fileName: "\(sha256).ris", format: .ris,
        importedBy: "ana"),
      from: { records.next() }, finish: { (sha256, 0, nil) })
  }

  @Test func aNewSourceIsADatabaseUnlessTheImportSaysOtherwise() throws {
    let store = try ProjectStore()
    #expect(try importOne(store, source: "PubMed", kind: nil, sha256: "a1").sourceKind == .database)
    #expect(
      try importOne(store, source: "Reference lists", kind: .citation, sha256: "b2").sourceKind
        == .citation)
    #expect(try store.batches().map(\.sourceKind) == [.database, .citation])
  }

  @Test func aLaterImportKeepsTheSourcesKind() throws {
    let store = try ProjectStore()
    _ = try importOne(store, source: "ClinicalTrials.gov", kind: .register, sha256: "a1")
    #expect(
      try importOne(store, source: "clinicaltrials.gov", kind: nil, sha256: "b2").sourceKind
        == .register)
  }

  @Test func anotherKindForAKnownSourceIsRefusedAndNothingIsStored() throws {
    let store = try ProjectStore()
    _ = try importOne(store, source: "Embase", kind: .database, sha256: "a1")
    #expect(
      throws: StoreError.sourceKindMismatch(
        source: "Embase", stored: .database, requested: .website)
    ) {
      try importOne(store, source: "Embase", kind: .website, sha256: "b2")
    }
    #expect(try store.batches().count == 1)
    #expect(try store.recordCount() == 1)
  }

  @Test func v6MakesEverySourceImportedBeforeItADatabase() throws {
    let folder = try TemporaryFolder()
    let path = folder.path(ProjectStore.databaseFileName)
    try ProjectStore.prepareForTesting(
      path: path, migratedUpTo: "v5: resolutions in the decision log",
      sql: """
        INSERT INTO source (id, name) VALUES (1, 'Embase');
        INSERT INTO import_batch VALUES (7, 'b7', 1, 'embase.ris', 'ab12', 'ris', '2024-05-14',
          'social media', 0, 0, '2024-05-14T09:46:40.000Z', 'ana');
        """)
    let store = try ProjectStore(path: path)
    #expect(try store.batches().map(\.sourceKind) == [.database])
    #expect(throws: StoreError.self) {
      try store.executeForTesting("UPDATE source SET kind = 'blog'")
    }
  }

  @Test func recordBatchIDsNamesEachRecordsBatch() throws {
    let store = try ProjectStore()
    let first = try importOne(store, source: "PubMed", kind: nil, sha256: "a1")
    let second = try importOne(store, source: "Embase", kind: nil, sha256: "b2")
    #expect(try store.recordBatchIDs() == [1: first.id, 2: second.id])
  }
}
