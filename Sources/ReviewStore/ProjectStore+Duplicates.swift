import Foundation
import GRDB

/// A current group of duplicate records: one study, several records.
public struct DuplicateGroup: Sendable, Hashable {
  public var id: Int64
  public var uuid: String
  /// The records' ids, ascending.
  public var recordIDs: [Int64]
  /// Who merged them and how (`manual`, `rule:dedupe-score`, `rule:dedupe-identifier`).
  public var actor: String
  public var method: String
  /// The score of the pair that decided the merge, where a rule decided it.
  public var score: Double?
  /// ISO 8601, UTC.
  public var mergedAt: String
}

/// A merge about to be stored.
public struct DuplicateMerge: Sendable, Hashable {
  public var recordIDs: [Int64]
  public var actor: String
  public var method: String
  public var score: Double?
  /// The fields that agreed, for the log.
  public var matched: [String]

  public init(
    recordIDs: [Int64], actor: String, method: String, score: Double? = nil,
    matched: [String] = []
  ) {
    self.recordIDs = recordIDs
    self.actor = actor
    self.method = method
    self.score = score
    self.matched = matched
  }
}

/// An uncertain pair waiting for a person.
public struct QueuedDuplicatePair: Sendable, Hashable {
  /// The lower record id.
  public var first: Int64
  public var second: Int64
  public var score: Double
  public var matched: [String]
  /// Why the pair was held back whatever its score (`conference-abstract`), if it was.
  public var flag: String?

  public init(first: Int64, second: Int64, score: Double, matched: [String], flag: String? = nil) {
    self.first = min(first, second)
    self.second = max(first, second)
    self.score = score
    self.matched = matched
    self.flag = flag
  }
}

extension ProjectStore {
  /// The records removed as duplicates: every record of a current group but its first, which
  /// stands for the study in screening and in the PRISMA counts.
  public func recordsRemovedAsDuplicates() throws(StoreError) -> Set<Int64> {
    var removed: Set<Int64> = []
    for group in try duplicateGroups() {
      guard let first = group.recordIDs.min() else { continue }
      removed.formUnion(group.recordIDs.filter { $0 != first })
    }
    return removed
  }

  /// The current duplicate groups, in order of their first record: what PRISMA counts as
  /// duplicates removed (each group's records beyond the first).
  public func duplicateGroups() throws(StoreError) -> [DuplicateGroup] {
    try read { db in try Self.currentGroups(db) }
  }

  /// The current group `id`.
  ///
  /// - Throws: ``StoreError/noSuchDuplicateGroup(id:)`` when there is none (or it has ended).
  public func duplicateGroup(id: Int64) throws(StoreError) -> DuplicateGroup {
    let found = try read { db in try Self.currentGroups(db, id: id).first }
    guard let found else { throw .noSuchDuplicateGroup(id: id) }
    return found
  }

  /// Merges records into one group, in one transaction: the event, the group and its members
  /// are stored together or not at all.
  ///
  /// Current groups that hold any of the records are ended and taken into the new group, so a
  /// record is in one current group at most.
  ///
  /// - Returns: the new group.
  /// - Throws: ``StoreError/invalidDuplicateGroup(_:)`` for fewer than two records or unknown
  ///   ones.
  @discardableResult
  public func mergeDuplicates(_ merge: DuplicateMerge) throws(StoreError) -> DuplicateGroup {
    let createdAt = timestamp()
    return try write { db in try mergeDuplicates(merge, at: createdAt, db) }
  }

  /// Splits the current group `id` into its records, in one transaction, and remembers every
  /// pair of them as different studies, so that a later run does not merge them again.
  ///
  /// - Returns: the group as it was.
  @discardableResult
  public func splitDuplicateGroup(id: Int64, actor: String) throws(StoreError) -> DuplicateGroup {
    let createdAt = timestamp()
    return try write { db in
      guard let group = try Self.currentGroups(db, id: id).first else {
        throw StoreError.noSuchDuplicateGroup(id: id)
      }
      let event = try appendEvent(
        EventDraft(
          kind: .duplicatesSplit, actor: actor, method: "manual",
          payload: ["group": group.uuid, "records": Self.idList(group.recordIDs)]),
        at: createdAt, db)
      try db.execute(
        sql: "UPDATE duplicate_group SET ended_by = ? WHERE id = ?", arguments: [event.id, id])
      for (offset, first) in group.recordIDs.enumerated() {
        for second in group.recordIDs[(offset + 1)...] {
          try insertDistinct(first, second, event: event.id, db)
        }
      }
      return group
    }
  }

  /// Records that `a` and `b` are different studies, in one transaction, and takes the pair
  /// off the review queue.
  public func markDistinctDuplicates(_ a: Int64, _ b: Int64, actor: String, method: String)
    throws(StoreError)
  {
    let createdAt = timestamp()
    try write { db in
      let event = try appendEvent(
        EventDraft(
          kind: .duplicatesDistinct, actor: actor, method: method,
          payload: ["records": Self.idList([min(a, b), max(a, b)])]),
        at: createdAt, db)
      try insertDistinct(min(a, b), max(a, b), event: event.id, db)
      try db.execute(
        sql: "DELETE FROM duplicate_queue WHERE first_record = ? AND second_record = ?",
        arguments: [min(a, b), max(a, b)])
    }
  }

  /// The pairs people judged different, lower id first.
  public func distinctDuplicatePairs() throws(StoreError) -> [(Int64, Int64)] {
    try read { db in
      try Row.fetchAll(
        db, sql: "SELECT first_record, second_record FROM duplicate_distinct_pair ORDER BY 1, 2"
      ).map { ($0[0], $0[1]) }
    }
  }

  /// Replaces the review queue with `pairs`, in one transaction with its event.
  public func replaceDuplicateQueue(_ pairs: [QueuedDuplicatePair], actor: String)
    throws(StoreError)
  {
    let createdAt = timestamp()
    try write { db in
      let event = try appendEvent(
        EventDraft(
          kind: .duplicatesQueued, actor: actor, method: "rule:dedupe-score",
          payload: ["pairs": String(pairs.count)]),
        at: createdAt, db)
      try db.execute(sql: "DELETE FROM duplicate_queue")
      let insert = try db.makeStatement(
        sql: """
          INSERT INTO duplicate_queue (first_record, second_record, score, matched, flag, queued_by)
          VALUES (?, ?, ?, ?, ?, ?)
          """)
      for pair in pairs {
        try insert.execute(arguments: [
          pair.first, pair.second, pair.score, JSONColumn.strings(pair.matched), pair.flag,
          event.id,
        ])
      }
    }
  }

  /// The pairs waiting for review, best score first.
  public func duplicateQueue() throws(StoreError) -> [QueuedDuplicatePair] {
    try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT first_record, second_record, score, matched, flag FROM duplicate_queue
          ORDER BY score DESC, first_record, second_record
          """
      ).map { row in
        QueuedDuplicatePair(
          first: row[0], second: row[1], score: row[2],
          matched: try JSONColumn.decodeStrings(row[3]), flag: row[4])
      }
    }
  }

  /// Each record in a current group, with its group's id.
  public func duplicateGroupIDsByRecord() throws(StoreError) -> [Int64: Int64] {
    try read { db in
      var result: [Int64: Int64] = [:]
      for row in try Row.fetchAll(
        db,
        sql: """
          SELECT m.record_id, m.group_id FROM duplicate_member m
          JOIN duplicate_group g ON g.id = m.group_id WHERE g.ended_by IS NULL
          """)
      {
        result[row[0]] = row[1]
      }
      return result
    }
  }

  private func mergeDuplicates(_ merge: DuplicateMerge, at createdAt: String, _ db: Database)
    throws -> DuplicateGroup
  {
    let ids = Array(Set(merge.recordIDs)).sorted()
    guard ids.count >= 2 else {
      throw StoreError.invalidDuplicateGroup("a group needs at least two records")
    }
    let known =
      try Int.fetchOne(
        db,
        sql: "SELECT count(*) FROM record WHERE id IN (\(Self.placeholders(ids.count)))",
        arguments: StatementArguments(ids)) ?? 0
    guard known == ids.count else {
      throw StoreError.invalidDuplicateGroup("the project has no record with some of these ids")
    }
    let superseded = try Int64.fetchAll(
      db,
      sql: """
        SELECT DISTINCT g.id FROM duplicate_group g JOIN duplicate_member m ON m.group_id = g.id
        WHERE g.ended_by IS NULL AND m.record_id IN (\(Self.placeholders(ids.count)))
        ORDER BY g.id
        """,
      arguments: StatementArguments(ids))
    var members = Set(ids)
    var supersededUUIDs: [String] = []
    for groupID in superseded {
      members.formUnion(
        try Int64.fetchAll(
          db, sql: "SELECT record_id FROM duplicate_member WHERE group_id = ?",
          arguments: [groupID]))
      supersededUUIDs += try String.fetchAll(
        db, sql: "SELECT uuid FROM duplicate_group WHERE id = ?", arguments: [groupID])
    }
    let recordIDs = members.sorted()
    let uuid = UUID().uuidString.lowercased()
    var payload = [
      "group": uuid, "records": Self.idList(recordIDs),
      "matched": merge.matched.joined(separator: ","),
    ]
    if let score = merge.score { payload["score"] = String(format: "%.4f", score) }
    if !supersededUUIDs.isEmpty { payload["supersedes"] = supersededUUIDs.joined(separator: ",") }
    let event = try appendEvent(
      EventDraft(
        kind: .duplicatesMerged, actor: merge.actor, method: merge.method, payload: payload),
      at: createdAt, db)
    for groupID in superseded {
      try db.execute(
        sql: "UPDATE duplicate_group SET ended_by = ? WHERE id = ?",
        arguments: [event.id, groupID])
    }
    try db.execute(
      sql: "INSERT INTO duplicate_group (uuid, merged_by) VALUES (?, ?)",
      arguments: [uuid, event.id])
    let groupID = db.lastInsertedRowID
    let insert = try db.makeStatement(
      sql: "INSERT INTO duplicate_member (group_id, record_id) VALUES (?, ?)")
    for id in recordIDs {
      try insert.execute(arguments: [groupID, id])
    }
    try db.execute(
      sql: """
        DELETE FROM duplicate_queue
        WHERE first_record IN (\(Self.placeholders(recordIDs.count)))
          AND second_record IN (\(Self.placeholders(recordIDs.count)))
        """,
      arguments: StatementArguments(recordIDs + recordIDs))
    return DuplicateGroup(
      id: groupID, uuid: uuid, recordIDs: recordIDs, actor: merge.actor, method: merge.method,
      score: merge.score, mergedAt: createdAt)
  }

  private func insertDistinct(_ first: Int64, _ second: Int64, event: Int64, _ db: Database)
    throws
  {
    try db.execute(
      sql: """
        INSERT OR IGNORE INTO duplicate_distinct_pair (first_record, second_record, decided_by)
        VALUES (?, ?, ?)
        """,
      arguments: [first, second, event])
  }

  private static func currentGroups(_ db: Database, id: Int64? = nil) throws -> [DuplicateGroup] {
    var sql = """
      SELECT g.id, g.uuid, e.actor, e.method, e.payload, e.created_at,
        (SELECT group_concat(record_id) FROM
          (SELECT record_id FROM duplicate_member WHERE group_id = g.id ORDER BY record_id))
      FROM duplicate_group g JOIN event e ON e.id = g.merged_by
      WHERE g.ended_by IS NULL
      """
    var arguments: StatementArguments = []
    if let id {
      sql += " AND g.id = ?"
      arguments += [id]
    }
    return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
      let payload = try JSONColumn.decode([String: String].self, from: row[4])
      let members: String = row[6]
      return DuplicateGroup(
        id: row[0], uuid: row[1],
        recordIDs: members.split(separator: ",").compactMap { Int64($0) }.sorted(),
        actor: row[2], method: row[3], score: payload["score"].flatMap(Double.init),
        mergedAt: row[5])
    }.sorted { ($0.recordIDs.first ?? 0) < ($1.recordIDs.first ?? 0) }
  }

  private static func placeholders(_ count: Int) -> String {
    Array(repeating: "?", count: count).joined(separator: ", ")
  }

  private static func idList(_ ids: [Int64]) -> String {
    ids.map(String.init).joined(separator: ",")
  }
}
