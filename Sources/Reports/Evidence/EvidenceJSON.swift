import ReviewModel

/// The evidence table as JSON, in the shape `Schemas/evidence-table.schema.json` documents.
///
/// `columns` lists the columns in order (name, label, kind); each of `rows` is an object keyed
/// by column name, with numbers as JSON numbers, lists as arrays of strings, and `null` for an
/// empty cell, so that another tool reads typed values rather than spreadsheet text.
public enum EvidenceJSON {
  /// The format's version; a change that breaks readers makes a new one.
  public static let version = 1

  /// The JSON text of `table`.
  public static func text(_ table: EvidenceTable) -> String {
    var json = JSONWriter()
    json.beginObject()
    json.key("version")
    json.int(version)
    json.key("title")
    json.string(table.title)
    json.key("columns")
    json.beginArray()
    for column in table.columns {
      json.beginObject()
      json.key("name")
      json.string(column.name)
      json.key("label")
      json.string(column.label)
      json.key("kind")
      json.string(column.kind.rawValue)
      json.endObject()
    }
    json.endArray()
    json.key("rows")
    json.beginArray()
    for row in table.rows {
      json.beginObject()
      for (column, cell) in zip(table.columns, row) {
        json.key(column.name)
        switch cell {
        case .empty: json.null()
        case .text(let text): json.string(text)
        case .number(let number): json.number(number)
        case .list(let items): json.strings(items)
        }
      }
      json.endObject()
    }
    json.endArray()
    json.endObject()
    return json.text + "\n"
  }
}
