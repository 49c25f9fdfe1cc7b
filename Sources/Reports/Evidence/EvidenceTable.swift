import ReviewModel

/// The evidence table: one row per included study, one column per piece of evidence.
///
/// A plain value that every renderer (CSV, Markdown, HTML, JSON, XLSX) takes as it is, so that
/// choosing and sorting columns happens once, here, and each format only writes.
public struct EvidenceTable: Sendable, Hashable {
  /// The review's title, for the documents that show one.
  public var title: String
  public var columns: [EvidenceColumn]
  /// One row per study; each holds one cell per column, in column order.
  public var rows: [[EvidenceCell]]

  public init(title: String, columns: [EvidenceColumn], rows: [[EvidenceCell]]) {
    self.title = title
    self.columns = columns
    self.rows = rows
  }

  /// The table with only the columns named, in the order named.
  ///
  /// - Parameter names: column names, as ``EvidenceColumn/name`` gives them.
  /// - Returns: the narrower table.
  /// - Throws: ``EvidenceTableError/unknownColumn(_:available:)`` for a name no column has.
  public func selecting(_ names: [String]) throws(EvidenceTableError) -> EvidenceTable {
    var indices: [Int] = []
    for name in names {
      guard let index = columns.firstIndex(where: { $0.name == name }) else {
        throw .unknownColumn(name, available: columns.map(\.name))
      }
      indices.append(index)
    }
    return EvidenceTable(
      title: title, columns: indices.map { columns[$0] },
      rows: rows.map { row in indices.map { row[$0] } })
  }

  /// The table with its rows sorted by one column: numbers by value, text ignoring case, empty
  /// cells last (descending too); rows that tie keep their order.
  ///
  /// - Parameters:
  ///   - name: the column to sort by.
  ///   - descending: largest first.
  /// - Returns: the sorted table.
  /// - Throws: ``EvidenceTableError/unknownColumn(_:available:)`` for a name no column has.
  public func sorted(by name: String, descending: Bool = false) throws(EvidenceTableError)
    -> EvidenceTable
  {
    guard let index = columns.firstIndex(where: { $0.name == name }) else {
      throw .unknownColumn(name, available: columns.map(\.name))
    }
    let ordered = rows.enumerated().sorted { first, second in
      let (a, b) = (first.element[index], second.element[index])
      var order = EvidenceCell.order(a, b)
      if descending, a != .empty, b != .empty {
        order = EvidenceCell.order(b, a)
      }
      return order == .same ? first.offset < second.offset : order == .before
    }
    return EvidenceTable(title: title, columns: columns, rows: ordered.map(\.element))
  }
}

/// Why a table could not be made as asked.
public enum EvidenceTableError: Error, Sendable, Hashable, CustomStringConvertible {
  /// `--columns` or `--sort` named a column the table does not have.
  case unknownColumn(String, available: [String])
  /// A column source named a column the table has already.
  case duplicateColumn(String)

  public var description: String {
    switch self {
    case .unknownColumn(let name, let available):
      "no column '\(name)' in the evidence table; its columns are: "
        + available.joined(separator: ", ")
    case .duplicateColumn(let name):
      "two parts of the review supply a column called '\(name)'"
    }
  }
}

/// One column of the evidence table.
public struct EvidenceColumn: Sendable, Hashable {
  /// What a column holds, for the formats that type their cells (JSON, XLSX).
  public enum Kind: String, Sendable, Hashable {
    case integer, number, text, list
  }

  /// The name `--columns` and `--sort` use, and the key in JSON: snake_case.
  public var name: String
  /// The header people read.
  public var label: String
  public var kind: Kind

  public init(name: String, label: String, kind: Kind) {
    self.name = name
    self.label = label
    self.kind = kind
  }
}

/// One cell of the evidence table.
public enum EvidenceCell: Sendable, Hashable {
  case empty
  case text(String)
  case number(Double)
  case list([String])

  /// The cell as text: a whole number without a decimal point, list items joined by `; `.
  public var text: String {
    switch self {
    case .empty: ""
    case .text(let text): text
    case .number(let number): ExtractionValue.number(number).storedText
    case .list(let items): items.joined(separator: "; ")
    }
  }

  /// The cell of a typed extraction value.
  public init(_ value: ExtractionValue) {
    switch value {
    case .text(let text), .choice(let text): self = .text(text)
    case .number(let number): self = .number(number)
    case .list(let items): self = .list(items)
    }
  }

  enum Order { case before, same, after }

  static func order(_ first: EvidenceCell, _ second: EvidenceCell) -> Order {
    switch (first, second) {
    case (.empty, .empty): return .same
    case (.empty, _): return .after
    case (_, .empty): return .before
    case (.number(let a), .number(let b)): return a < b ? .before : a > b ? .after : .same
    default:
      let a = first.text.lowercased()
      let b = second.text.lowercased()
      return a < b ? .before : a > b ? .after : .same
    }
  }
}
