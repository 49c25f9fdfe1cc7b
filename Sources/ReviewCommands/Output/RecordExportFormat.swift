import ArgumentParser
import Ingest
import ReviewModel

/// `--format` of `litrev export records`: the formats reference managers and ASReview read.
enum RecordExportFormat: String, ExpressibleByArgument, CaseIterable {
  case ris
  case bibtex
  case csv
  case medline
  case asreviewCSV = "asreview-csv"
  case json

  /// The format a record must have been read from for its original text or other fields to be
  /// written as they are: those are in that format's own terms.
  var sourceFormat: SourceFormat? {
    switch self {
    case .ris: .ris
    case .bibtex: .bibtex
    case .medline: .medline
    case .csv, .asreviewCSV, .json: nil
    }
  }
}

/// Turns records into the text of one export format, record by record.
struct RecordExportEncoder {
  let format: RecordExportFormat
  private var json = JSONWriter(capacity: 16 * 1024)
  private var count = 0

  init(format: RecordExportFormat) {
    self.format = format
  }

  /// What the file starts with: a CSV header row, JSON's `[`.
  var header: String {
    switch format {
    case .csv: RecordCSVWriter(includesLabels: false).headerRow
    case .asreviewCSV: RecordCSVWriter(includesLabels: true).headerRow
    case .json: "["
    case .ris, .bibtex, .medline: ""
    }
  }

  /// What the file ends with.
  var footer: String {
    format == .json ? (count == 0 ? "]\n" : "\n]\n") : ""
  }

  /// One record's text.
  ///
  /// - Parameters:
  ///   - stored: the record as the project holds it.
  ///   - readFrom: the format of the file it was imported from: its original text and other
  ///     fields are written only into the same format, where they mean what they say.
  ///   - label: for ASReview, whether it was included (nil: not decided).
  mutating func text(for stored: StoredRecordExport, label: Bool?) -> String {
    var record = stored.record
    let isSameFormat = format.sourceFormat != nil && stored.readFrom == format.sourceFormat
    if !isSameFormat {
      record.originalText = nil
      record.otherFields = []
    }
    count += 1
    switch format {
    case .ris: return RISWriter(lineEnding: "\n").text(for: record)
    case .bibtex:
      return BibTeXWriter().text(for: record, position: count, keepsOtherFields: isSameFormat)
    case .medline: return MEDLINEWriter().text(for: record, keepsOtherFields: isSameFormat)
    case .csv: return RecordCSVWriter(includesLabels: false).row(for: record)
    case .asreviewCSV:
      return RecordCSVWriter(includesLabels: true).row(for: record, id: stored.id, label: label)
    case .json:
      // JSON carries every field, whatever the record was read from; not the original text.
      json.reset()
      stored.record.withoutOriginalText.write(to: &json)
      return (count == 1 ? "\n" : ",\n") + String(decoding: json.bytes, as: UTF8.self)
    }
  }
}

/// A record to export: the record, its id and the format it was read from.
struct StoredRecordExport {
  var id: Int64
  var record: Record
  var readFrom: SourceFormat?
}

extension Record {
  fileprivate var withoutOriginalText: Record {
    var copy = self
    copy.originalText = nil
    return copy
  }
}
