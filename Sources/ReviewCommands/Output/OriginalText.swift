import Foundation
import Ingest
import ReviewModel
import ReviewStore

/// Reads records' original text back from the export files the project keeps.
struct OriginalText {
  private let archive: ExportArchive
  private let exportFiles: [Int64: String]

  init(store: ProjectStore, location: ProjectLocation) throws(CommandFailure) {
    archive = ExportArchive(location)
    do {
      exportFiles = Dictionary(
        uniqueKeysWithValues: try store.batches().compactMap { batch in
          batch.exportFile.map { (batch.id, $0) }
        })
    } catch {
      throw CommandFailure(error)
    }
  }

  /// The record's bytes exactly as its file had them; nil when there are none to give (a
  /// record merged from several, say).
  func bytes(of stored: StoredRecord) throws(CommandFailure) -> [UInt8]? {
    if let text = stored.record.originalText { return Array(text.utf8) }
    guard let range = stored.record.originalBytes, let file = exportFiles[stored.batchID]
    else { return nil }
    do {
      return try RecordBytes.read(range, from: archive.url(of: file).path)
    } catch {
      throw CommandFailure(error)
    }
  }

  /// The record's original text, decoded as its reader decoded the file.
  func text(of stored: StoredRecord) throws(CommandFailure) -> String? {
    if let text = stored.record.originalText { return text }
    return try bytes(of: stored).map(RecordBytes.text)
  }
}
