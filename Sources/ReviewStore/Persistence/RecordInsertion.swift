import GRDB
import GRDBSQLite
import ReviewModel

/// The prepared `INSERT` of an import's records, binding each record's values straight into
/// SQLite.
///
/// GRDB's `StatementArguments` boxes each of a record's 31 values and turns every string into a
/// C string before SQLite copies it again; at 30,000 records that was a third of the store
/// thread's time, and the store thread is the slowest stage of an XML import. Here each string
/// is bound from its own UTF-8 and the list columns are written into one reused JSON buffer;
/// SQLite copies each value once (`SQLITE_TRANSIENT`). It is still one statement prepared by
/// GRDB, with bound parameters only, run inside GRDB's transaction.
struct RecordInsertion: ~Copyable {
  private let database: Database
  private let statement: Statement
  /// The JSON of one list column at a time; SQLite has its own copy once the column is bound.
  private var json = JSONWriter(capacity: 4096)

  init(_ database: Database) throws {
    self.database = database
    statement = try database.makeStatement(sql: RecordRow.insertSQL)
  }

  /// Inserts `record` as the `position`th record of batch `batchID`.
  ///
  /// - Throws: `DatabaseError` when SQLite refuses the row.
  mutating func insert(_ record: ReviewModel.Record, batchID: Int64, position: Int) throws {
    let handle = statement.sqliteStatement
    try check(sqlite3_reset(handle))
    var parameters = Parameters(handle: handle)
    parameters.bind(Int(batchID))
    parameters.bind(position)
    // From here on, the order of `RecordRow.columns`.
    parameters.bind(record.location?.line)
    parameters.bind(record.pmid)
    parameters.bind(record.doi)
    parameters.bind(record.pmcid)
    parameters.bind(record.title)
    parameters.bind(record.vernacularTitle)
    parameters.bind(record.abstract)
    parameters.bind(record.year)
    parameters.bind(record.publicationDate)
    parameters.bind(record.journal)
    parameters.bind(record.journalAbbreviation)
    parameters.bind(record.volume)
    parameters.bind(record.issue)
    parameters.bind(record.pages)
    parameters.bind(record.issn)
    parameters.bind(record.risType)
    parameters.bind(record.sourceId)
    parameters.bind(record.sourceDatabase)
    Author.write(record.authors, to: &json)
    bindJSON(&parameters)
    bindJSON(record.keywords, &parameters)
    json.beginArray()
    for heading in record.meshHeadings { json.string(heading.medlineText) }
    json.endArray()
    bindJSON(&parameters)
    bindJSON(record.languages, &parameters)
    bindJSON(record.publicationTypes, &parameters)
    bindJSON(record.urls, &parameters)
    bindJSON(record.notes, &parameters)
    SourceField.write(record.otherFields, to: &json)
    bindJSON(&parameters)
    parameters.bind(record.originalText)
    parameters.bind(record.originalBytes?.lowerBound)
    parameters.bind(record.originalBytes?.upperBound)
    try check(parameters.firstFailure)
    precondition(
      parameters.count == RecordRow.columns.count + 2, "every column of the record is bound")
    let code = sqlite3_step(handle)
    guard code == SQLITE_DONE else { return try check(code) }
  }

  private mutating func bindJSON(_ strings: [String], _ parameters: inout Parameters) {
    json.strings(strings)
    bindJSON(&parameters)
  }

  private mutating func bindJSON(_ parameters: inout Parameters) {
    parameters.bind(json.bytes)
    json.reset()
  }

  /// Throws SQLite's error for `code`, unless it is a success.
  private func check(_ code: CInt) throws {
    guard code != SQLITE_OK && code != SQLITE_DONE else { return }
    let message = sqlite3_errmsg(database.sqliteConnection).map { String(cString: $0) }
    throw DatabaseError(
      resultCode: ResultCode(rawValue: code), message: message, sql: RecordRow.insertSQL)
  }
}

/// The next parameter of a statement to bind, counting from 1 as SQLite does.
private struct Parameters {
  let handle: SQLiteStatement
  /// How many were bound.
  private(set) var count: CInt = 0
  /// The first code other than `SQLITE_OK` that a bind returned.
  private(set) var firstFailure: CInt = SQLITE_OK

  init(handle: SQLiteStatement) {
    self.handle = handle
  }

  mutating func bind(_ value: Int?) {
    count += 1
    record(value.map { sqlite3_bind_int64(handle, count, Int64($0)) } ?? bindNull())
  }

  mutating func bind(_ text: String?) {
    count += 1
    guard var text else { return record(bindNull()) }
    record(text.withUTF8 { bindText($0) })
  }

  /// Binds UTF-8 bytes as text.
  mutating func bind(_ utf8: [UInt8]) {
    count += 1
    record(utf8.withUnsafeBufferPointer { bindText($0) })
  }

  private func bindText(_ utf8: UnsafeBufferPointer<UInt8>) -> CInt {
    // An empty buffer may have no address, and a null pointer would bind NULL, not "".
    guard let base = utf8.baseAddress, !utf8.isEmpty else {
      return sqlite3_bind_text(handle, count, "", 0, Self.transient)
    }
    return base.withMemoryRebound(to: CChar.self, capacity: utf8.count) { characters in
      sqlite3_bind_text(handle, count, characters, CInt(utf8.count), Self.transient)
    }
  }

  private func bindNull() -> CInt { sqlite3_bind_null(handle, count) }

  private mutating func record(_ code: CInt) {
    if firstFailure == SQLITE_OK { firstFailure = code }
  }

  /// SQLite's `SQLITE_TRANSIENT`, a C macro Swift does not import: SQLite copies the value.
  private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
