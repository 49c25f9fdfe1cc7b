/// A plain-text table with a header row, columns padded to their widest cell.
struct TextTable {
  var headers: [String]
  var rows: [[String]] = []
  /// Columns that hold numbers, aligned right.
  var rightAligned: Set<Int> = []

  /// The table, one line per row, without trailing spaces.
  func render() -> String {
    var widths = headers.map(\.count)
    for row in rows {
      for (index, cell) in row.enumerated() where index < widths.count {
        widths[index] = max(widths[index], cell.count)
      }
    }
    func line(_ cells: [String]) -> String {
      cells.enumerated().map { index, cell in
        let padding = String(repeating: " ", count: max(0, widths[index] - cell.count))
        if rightAligned.contains(index) { return padding + cell }
        return index == cells.count - 1 ? cell : cell + padding
      }.joined(separator: "  ")
    }
    return ([line(headers)] + rows.map(line)).joined(separator: "\n") + "\n"
  }
}

extension String {
  /// The string cut to `length` characters, with `…` where it was cut.
  func truncated(to length: Int) -> String {
    count <= length ? self : String(prefix(length - 1)) + "…"
  }
}
