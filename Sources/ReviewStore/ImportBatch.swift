import ReviewModel

/// One imported file: where it came from and what it held.
public struct ImportBatch: Sendable, Hashable, Codable {
  public var id: Int64
  public var uuid: String
  /// The database or register searched (`PubMed`, `Embase`).
  public var source: String
  /// Whether the source is a database, a register or another method (PRISMA's columns).
  public var sourceKind: SourceKind
  public var fileName: String
  /// SHA-256 of the file's bytes, in hex.
  public var sha256: String
  public var format: SourceFormat
  /// The day the search was run, `YYYY-MM-DD`, where the user gave it.
  public var searchedOn: String?
  /// The search strategy as run, where the user gave it.
  public var query: String?
  public var recordCount: Int
  public var warningCount: Int
  /// When the import happened, ISO 8601 in UTC.
  public var importedAt: String
  public var importedBy: String
  /// Where the project keeps the file, relative to the project folder (see ``ExportArchive``);
  /// nil for files imported before projects kept them.
  public var exportFile: String?
}

/// What an import says about its file before its records are read.
public struct ImportRequest: Sendable, Hashable {
  public var source: String
  /// The source's kind; nil keeps the kind it was first imported with (a new source is a
  /// database).
  public var sourceKind: SourceKind?
  public var fileName: String
  public var format: SourceFormat
  public var searchedOn: String?
  public var query: String?
  public var importedBy: String
  /// Import even when the same bytes were imported before.
  public var allowsRepeat: Bool

  public init(
    source: String, sourceKind: SourceKind? = nil, fileName: String, format: SourceFormat,
    searchedOn: String? = nil, query: String? = nil, importedBy: String,
    allowsRepeat: Bool = false
  ) {
    self.source = source
    self.sourceKind = sourceKind
    self.fileName = fileName
    self.format = format
    self.searchedOn = searchedOn
    self.query = query
    self.importedBy = importedBy
    self.allowsRepeat = allowsRepeat
  }
}

/// A record as the project holds it: the record, its id and the batch it came in.
public struct StoredRecord: Sendable, Hashable {
  public var id: Int64
  public var batchID: Int64
  /// Its place in the file, from 1.
  public var position: Int
  public var source: String
  public var record: ReviewModel.Record
}
