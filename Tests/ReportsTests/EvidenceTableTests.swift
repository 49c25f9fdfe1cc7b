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

  @Test func textSortsIgnoringCase() throws {
    #expect(
      try Self.table.sorted(by: "country").rows.map { $0[0] } == [
        .number(1), .number(3), .number(2),
      ])
  }
}
