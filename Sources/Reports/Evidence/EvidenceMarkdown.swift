/// The evidence table as a Markdown (GitHub-flavoured) table.
///
/// Markdown passes HTML through, so the characters HTML gives meaning to are written as
/// entities (as the HTML page writes them), and the `|` that would end a cell is escaped; line
/// breaks inside a cell become `<br>`, the only break a table cell can hold.
public enum EvidenceMarkdown {
  /// The Markdown text of `table`: a heading, then the table.
  public static func text(_ table: EvidenceTable) -> String {
    var text = "# Evidence table: \(escaped(table.title))\n\n"
    text += "| " + table.columns.map { escaped($0.label) }.joined(separator: " | ") + " |\n"
    text +=
      "|"
      + table.columns.map { $0.kind == .text || $0.kind == .list ? " --- |" : " ---: |" }
      .joined() + "\n"
    for row in table.rows {
      text += "| " + row.map { escaped($0.text) }.joined(separator: " | ") + " |\n"
    }
    return text
  }

  /// `text` made safe inside a Markdown table cell.
  static func escaped(_ text: String) -> String {
    var result = ""
    for character in EvidenceHTML.escaped(text) {
      switch character {
      case "|": result += "\\|"
      case "\\": result += "\\\\"
      case "\r\n", "\n", "\r": result += "<br>"
      default: result.append(character)
      }
    }
    return result
  }
}
