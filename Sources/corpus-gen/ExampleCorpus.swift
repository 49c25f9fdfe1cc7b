/// A record in one of the example's exports: the source and its identifier there.
struct RecordReference: Sendable {
  /// `pubmed` or `embase`.
  var source: String
  /// The PMID for PubMed, the accession number for Embase.
  var id: String

  static func pubmed(_ study: Study) -> RecordReference {
    RecordReference(source: "pubmed", id: String(study.pmid))
  }

  static func embase(_ record: EmbaseRecord) -> RecordReference {
    RecordReference(source: "embase", id: record.accession)
  }
}

/// An Embase record that is the same study as a PubMed record, and how its copy differs.
struct SameStudyPair: Sendable {
  var pmid: Int
  var accession: String
  var doi: String?
  var differences: [String]
}

/// Two records that look alike but are different works and must not be merged.
struct NearDuplicatePair: Sendable {
  var kind: String
  var first: RecordReference
  var second: RecordReference
  var note: String
}

/// The example review's two exports and the truth about their overlap, ready to write.
struct ExampleCorpus: Sendable {
  /// PubMed records in the order the export lists them (newest PMID first).
  var pubmed: [Study]
  /// PMIDs withdrawn by NLM, listed in the export's `DeleteCitation` block.
  var deletedPMIDs: [Int]
  /// Embase records in export order.
  var embase: [EmbaseRecord]
  var sameStudy: [SameStudyPair]
  var nearDuplicates: [NearDuplicatePair]
}
