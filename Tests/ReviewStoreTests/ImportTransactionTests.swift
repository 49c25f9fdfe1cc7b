import Foundation
import ReviewModel
import ReviewStore
import ReviewTestSupport
import Testing

struct ImportTransactionTests {
  private struct ReaderFailure: Error {}

  private let fixedClock: @Sendable () -> Date = { Date(timeIntervalSince1970: 1_715_680_000) }

  private func request(_ file: String = "pubmed.xml", again: Bool = false) -> ImportRequest {
    ImportRequest(
      source: "PubMed", fileName: file, format: .pubmedXML, searchedOn: "2024-05-14",
      query: "\"social media\"[tiab]", importedBy: "ana", allowsRepeat: again)
  }

  private func sampleRecords() -> [Record] {
    [
      Record(
        pmid: "31000001", doi: "10.1000/sm.2019.1", title: "Twitter journal clubs for residents",
        authors: [.person(family: "Müller", given: "Anna"), .collective("Trainee Collaborative")],
        year: 2019, keywords: ["social media", "FOAMed"], languages: ["eng"],
        location: SourceLocation(file: "pubmed.xml", line: 3), originalBytes: 120..<136,
        originalText: "<PubmedArticle/>"),
      Record(title: "YouTube and surgical skills", year: 2021),
    ]
  }

  /// Imports `records` as one batch, with the hash `sha256`.
  @discardableResult
  private func importRecords(
    _ records: [Record], into store: ProjectStore, sha256: String = "ab12", again: Bool = false
  ) throws -> ImportBatch {
    var iterator = records.makeIterator()
    return try store.importRecords(
      request(again: again), from: { iterator.next() }, finish: { (sha256, 1, nil) })
  }

  @Test func storesRecordsBatchAndEventTogether() throws {
    let store = try ProjectStore(now: fixedClock)
    let batch = try importRecords(sampleRecords(), into: store)
    #expect(batch.recordCount == 2)
    #expect(batch.importedAt == "2024-05-14T09:46:40.000Z")
    #expect(try store.batches() == [batch])
    var stored: [StoredRecord] = []
    try store.forEachRecord(ProjectStore.RecordFilter(includesOriginalText: true)) {
      stored.append($0)
    }
    #expect(stored.map(\.position) == [1, 2])
    #expect(stored[0].record == sampleRecords()[0])
    var withoutText: [StoredRecord] = []
    try store.forEachRecord { withoutText.append($0) }
    var expected = sampleRecords()[0]
    expected.originalText = nil
    #expect(withoutText[0].record == expected, "listing leaves the original text out, only that")
    #expect(stored[1].record.title == "YouTube and surgical skills")
    let events = try store.events()
    #expect(events.map(\.kind) == [.recordsImported])
    #expect(events[0].batchID == batch.id)
    #expect(events[0].payload["records"] == "2")
  }

  @Test func aReaderErrorMidFileStoresNothing() throws {
    let store = try ProjectStore()
    var served = 0
    #expect(throws: ReaderFailure.self) {
      try store.importRecords(
        request(),
        from: {
          served += 1
          if served == 2 { throw ReaderFailure() }
          return Record(title: "Record \(served)")
        },
        finish: { ("cd34", 0, nil) })
    }
    #expect(try store.recordCount() == 0)
    #expect(try store.batches().isEmpty)
    #expect(try store.events().isEmpty)
  }

  @Test func theSameBytesAreRefusedUnlessAskedAgain() throws {
    let store = try ProjectStore()
    let first = try importRecords(sampleRecords(), into: store)
    #expect(throws: StoreError.alreadyImported(file: "pubmed.xml", previous: first)) {
      try importRecords(sampleRecords(), into: store)
    }
    #expect(try store.recordCount() == 2)
    let second = try importRecords(sampleRecords(), into: store, again: true)
    #expect(second.id == first.id + 1)
    #expect(try store.recordCount() == 4)
  }

  @Test func sourcesAreMatchedWithoutRegardToCase() throws {
    let store = try ProjectStore()
    try importRecords(sampleRecords(), into: store, sha256: "01")
    var iterator = sampleRecords().makeIterator()
    var lowerCase = request()
    lowerCase.source = "pubmed"
    let batch = try store.importRecords(
      lowerCase, from: { iterator.next() }, finish: { ("02", 0, nil) })
    #expect(batch.recordCount == 2)
    var count = 0
    try store.forEachRecord(.init(source: "PUBMED")) { _ in count += 1 }
    #expect(count == 4)
  }

  @Test func listFieldsKeepEveryCharacterThroughTheStore() throws {
    let store = try ProjectStore()
    let awkward = [
      "quote \" and backslash \\", "tab\tnew line\ncarriage\r", "bell \u{07} unit \u{1F}",
      "Müller – 漢字 😀", "",
    ]
    let record = Record(
      title: "Awkward text", authors: [.person(family: awkward[0], given: awkward[3])],
      keywords: awkward, otherFields: [SourceField(tag: "N1", value: awkward[1])])
    try importRecords([record], into: store)
    let stored = try store.record(id: 1).record
    #expect(stored.keywords == awkward)
    #expect(stored.authors == record.authors)
    #expect(stored.otherFields == record.otherFields)
  }

  /// Every column is bound by hand (see `RecordInsertion`), so every field is checked here:
  /// one record with each filled, one with each empty, one with none.
  @Test func everyFieldOfARecordComesBackAsItWent() throws {
    let store = try ProjectStore()
    let full = Record(
      pmid: "31000002", doi: "10.1000/x", pmcid: "PMC123", title: "Title",
      vernacularTitle: "Titre", abstract: "Abstract.",
      authors: [Author(.person(family: "Okafor", given: "Chidi"), affiliations: ["Leeds"])],
      year: 2020, publicationDate: "2020 Mar", journal: "Medical Education",
      journalAbbreviation: "Med Educ", volume: "54", issue: "3", pages: "201-9",
      issn: "0308-0110", keywords: ["twitter"],
      meshHeadings: [
        MeshHeading(
          descriptor: "Internship and Residency", qualifiers: ["methods"], isMajorTopic: true)
      ],
      languages: ["eng"], publicationTypes: ["Journal Article"], urls: ["https://example.org/a"],
      notes: ["a note"], risType: "JOUR", sourceId: "S1", sourceDatabase: "Embase",
      otherFields: [SourceField(tag: "ZZ", value: "kept")],
      location: SourceLocation(file: "pubmed.xml", line: 41), originalBytes: 7..<99,
      originalText: "TY  - JOUR")
    let empty = Record(
      pmid: "", doi: "", pmcid: "", title: "", vernacularTitle: "", abstract: "", year: 0,
      publicationDate: "", journal: "", journalAbbreviation: "", volume: "", issue: "",
      pages: "", issn: "", keywords: [""], risType: "", sourceId: "", sourceDatabase: "",
      location: SourceLocation(file: "pubmed.xml", line: 0), originalBytes: 0..<0,
      originalText: "")
    let none = Record()
    try importRecords([full, empty, none], into: store)
    var stored: [Record] = []
    try store.forEachRecord(ProjectStore.RecordFilter(includesOriginalText: true)) {
      stored.append($0.record)
    }
    #expect(stored == [full, empty, none])
  }

  @Test func theEventLogAndImportedRecordsCannotBeChanged() throws {
    let store = try ProjectStore()
    try importRecords(sampleRecords(), into: store)
    #expect(throws: StoreError.self) { try store.executeForTesting("DELETE FROM event") }
    #expect(throws: StoreError.self) {
      try store.executeForTesting("UPDATE record SET title = 'x'")
    }
    #expect(throws: StoreError.self) { try store.executeForTesting("DELETE FROM import_batch") }
    #expect(try store.events().count == 1)
  }
}
