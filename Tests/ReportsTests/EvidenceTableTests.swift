import Reports
import Testing

/// Choosing and sorting the evidence table's columns.
struct EvidenceTableTests {
  static let table = EvidenceTable(
    title: "A review",
    columns: [
      EvidenceColumn(name: "id", label: "ID", kind: .integer),
      EvidenceColumn(name: "country", label: "Country", kind: .list),
      EvidenceColumn(name: "participants_n", label: "Participants n", kind: .number),
    ],
    rows: [
      [.number(3), .list(["UK"]), .number(120)],
      [.number(1), .list(["ireland", "UK"]), .empty],
      [.number(2), .empty, .number(12.5)],
    ])

  @Test func selectingKeepsTheNamedColumnsInTheOrderNamed() throws {
    let narrow = try Self.table.selecting(["participants_n", "id"])
    #expect(narrow.columns.map(\.name) == ["participants_n", "id"])
    #expect(narrow.rows[0] == [.number(120), .number(3)])
  }

  @Test func anUnknownColumnIsRefusedWithTheColumnsThereAre() {
    #expect(
      throws: EvidenceTableError.unknownColumn(
        "design", available: ["id", "country", "participants_n"])
    ) { try Self.table.selecting(["id", "design"]) }
    #expect(throws: EvidenceTableError.self) { try Self.table.sorted(by: "design") }
  }

  @Test func numbersSortByValueAndEmptyCellsGoLast() throws {
    #expect(
      try Self.table.sorted(by: "participants_n").rows.map { $0[0] } == [
        .number(2), .number(3), .number(1),
      ])
    #expect(
      try Self.table.sorted(by: "id").rows.map { $0[0] } == [.number(1), .number(2), .number(3)])
  }

  @Test func descendingPutsTheLargestFirstAndEmptyCellsStillLast() throws {
    #expect(
      try Self.table.sorted(by: "participants_n", descending: true).rows.map { $0[0] } == [
        .number(3), .number(2), .number(1),
      ])
  }

  @Test func textSortsIgnoringCase() throws {
    #expect(
      try Self.table.sorted(by: "country").rows.map { $0[0] } == [
        .number(1), .number(3), .number(2),
      ])
  }
}

/// A stand-in for the appraisal capability, to show what a registered source adds.
private struct AppraisalStandIn: EvidenceColumnSource {
  var columns: [EvidenceColumn] {
    [
      EvidenceColumn(name: "appraisal_score", label: "Appraisal score", kind: .number),
      EvidenceColumn(name: "appraisal_rating", label: "Appraisal rating", kind: .text),
    ]
  }

  func cells(for recordID: Int64) throws -> [String: EvidenceCell] {
    recordID == 3 ? ["appraisal_score": .number(7), "appraisal_rating": .text("high")] : [:]
  }
}

struct EvidenceColumnSourceTests {
  @Test func aSourcesColumnsAreAddedAndFilledPerStudy() throws {
    let table = try EvidenceTableTests.table.appendingColumns(
      from: AppraisalStandIn(), recordIDs: [3, 1, 2])
    #expect(table.columns.map(\.name).suffix(2) == ["appraisal_score", "appraisal_rating"])
    #expect(table.rows[0].suffix(2) == [.number(7), .text("high")])
    #expect(table.rows[1].suffix(2) == [.empty, .empty])
    #expect(try table.sorted(by: "appraisal_score").rows.first?.first == .number(3))
  }

  @Test func aSourceCannotTakeAColumnNameThatIsThere() {
    struct Clashing: EvidenceColumnSource {
      var columns: [EvidenceColumn] { [EvidenceColumn(name: "id", label: "ID", kind: .text)] }
      func cells(for recordID: Int64) throws -> [String: EvidenceCell] { [:] }
    }
    #expect(throws: EvidenceTableError.duplicateColumn("id")) {
      try EvidenceTableTests.table.appendingColumns(from: Clashing(), recordIDs: [3, 1, 2])
    }
  }
}
