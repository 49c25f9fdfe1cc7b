/// The evidence table as a self-contained HTML page.
///
/// Every piece of text from the project is escaped (`&`, `<`, `>`, `"`, `'`), so a title or a
/// finding holding markup shows as text and never runs; the page loads nothing from elsewhere.
public enum EvidenceHTML {
  /// The HTML page of `table`.
  public static func text(_ table: EvidenceTable) -> String {
    var html = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <title>Evidence table: \(escaped(table.title))</title>
      <style>
      body { font-family: system-ui, sans-serif; margin: 2em; }
      table { border-collapse: collapse; font-size: 0.9em; }
      th, td { border: 1px solid #bbb; padding: 0.3em 0.5em; vertical-align: top; text-align: left; }
      th { background: #eee; }
      td.number { text-align: right; }
      </style>
      </head>
      <body>
      <h1>Evidence table: \(escaped(table.title))</h1>
      <table>
      <thead>
      <tr>
      """
    html += "\n"
    for column in table.columns {
      html += "<th scope=\"col\">\(escaped(column.label))</th>\n"
    }
    html += "</tr>\n</thead>\n<tbody>\n"
    for row in table.rows {
      html += "<tr>\n"
      for (column, cell) in zip(table.columns, row) {
        let numeric = column.kind == .integer || column.kind == .number
        html += (numeric ? "<td class=\"number\">" : "<td>") + escaped(cell.text) + "</td>\n"
      }
      html += "</tr>\n"
    }
    html += "</tbody>\n</table>\n</body>\n</html>\n"
    return html
  }

  /// `text` with every character that means something in HTML written as an entity.
  public static func escaped(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.append(character)
      }
    }
    return result
  }
}
