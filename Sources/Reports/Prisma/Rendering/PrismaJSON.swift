import ReviewModel

/// The counts as JSON, in the keys other tools read (`identified`, `duplicatesRemoved`, …,
/// `reportsIncluded`, and `otherMethods` with the same keys when that column is used).
public enum PrismaJSON {
  /// The JSON text of `flow`, ending in a newline.
  ///
  /// - Parameter flow: the counts.
  /// - Returns: one JSON object.
  public static func render(_ flow: PrismaFlow) -> String {
    var writer = JSONWriter()
    writer.beginObject()
    writeColumn(flow.databasesAndRegisters, &writer)
    if let other = flow.otherMethods {
      writer.key("otherMethods")
      writer.beginObject()
      writeColumn(other, &writer)
      writer.endObject()
      writer.key("totalStudiesIncluded")
      writer.int(flow.totalStudiesIncluded)
      writer.key("totalReportsIncluded")
      writer.int(flow.totalReportsIncluded)
    }
    writer.endObject()
    return writer.text + "\n"
  }

  private static func writeColumn(_ column: PrismaColumn, _ writer: inout JSONWriter) {
    writer.key("identified")
    writer.beginObject()
    for source in column.identified {
      writer.key(source.name)
      writer.int(source.identified)
    }
    writer.endObject()
    let counts: KeyValuePairs<String, Int> = [
      "duplicatesRemoved": column.duplicatesRemoved,
      "automationExcluded": column.automationExcluded,
      "otherRemoved": column.otherRemoved,
      "screened": column.screened,
      "screenExcluded": column.screenExcluded,
      "stoppingRuleExcluded": column.stoppingRuleExcluded,
      "awaitingScreening": column.awaitingScreening,
      "soughtForRetrieval": column.soughtForRetrieval,
      "notRetrieved": column.notRetrieved,
      "awaitingFullText": column.awaitingFullText,
      "assessed": column.assessed,
    ]
    for (key, count) in counts {
      writer.key(key)
      writer.int(count)
    }
    writer.key("reportsExcluded")
    writer.beginObject()
    for reason in column.reportsExcluded {
      writer.key(reason.id)
      writer.int(reason.count)
    }
    writer.endObject()
    writer.key("studiesIncluded")
    writer.int(column.studiesIncluded)
    writer.key("reportsIncluded")
    writer.int(column.reportsIncluded)
  }
}
