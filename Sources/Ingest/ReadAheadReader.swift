import Foundation
import ReviewModel

/// Reads an export file on a thread of its own, a few batches of records ahead of whoever
/// consumes them.
///
/// An import is two jobs of about the same size: parsing the file and writing its records into
/// SQLite. Run one after the other they take the sum of the two; run on two cores, about the
/// larger. The reader thread parses, hashes the file and finishes it; the caller's thread takes
/// the records in order with ``next()`` and, after the last, ``finish()``. At most
/// `bufferedBatches` batches wait between the two, so memory stays flat whichever side is faster.
///
/// Call ``cancel()`` when the consumer stops early (an error while storing): the reader thread
/// then stops at its next batch, and `cancel()` returns once it has let go of the file.
public final class ReadAheadReader: @unchecked Sendable {
  // Sendable by hand: the consumer's state is touched by the caller's thread only, and the
  // reader and the file by the reader thread only (see `BatchReader`).

  /// What the reader thread hands over.
  fileprivate enum Handover: Sendable {
    /// A batch, every record present.
    case records([Record?])
    case finished(sha256: String, diagnostics: [Diagnostic])
    case failed(IngestError)
  }

  private let thread: ProducerThread<Handover>

  /// The batch being handed out by ``next()``, and where in it; each record is moved out when
  /// handed out, leaving nil, so that its many fields are not copied and released twice.
  private var current: [Record?] = []
  private var currentIndex = 0
  private var ending: Handover?

  /// Starts reading `reader`, which reads `file`, on a thread of its own.
  ///
  /// - Parameters:
  ///   - batchSize: how many records are handed over at a time; large enough that the lock is
  ///     taken rarely, small enough that the consumer starts soon.
  ///   - bufferedBatches: how many batches may wait for the consumer.
  public init(
    _ reader: any RecordReader, of file: ExportFile, batchSize: Int = 128,
    bufferedBatches: Int = 8
  ) {
    let batches = BatchReader(reader, of: file, batchSize: max(batchSize, 1))
    thread = ProducerThread(name: "litrev-read-ahead", capacity: bufferedBatches) {
      batches.next()
    }
  }

  /// The next record, in file order, or nil after the last.
  ///
  /// - Throws: the reader's ``IngestError``.
  public func next() throws(IngestError) -> Record? {
    while currentIndex == current.count {
      if let ending {
        if case .failed(let error) = ending { throw error }
        return nil
      }
      switch thread.take() {
      case .records(let batch):
        current = batch
        currentIndex = 0
      case let other:
        ending = other
      }
    }
    defer { currentIndex += 1 }
    guard let record = current[currentIndex].take() else {
      preconditionFailure("a record of the batch was handed out twice")
    }
    return record
  }

  /// The file's SHA-256 and the reader's warnings, after ``next()`` has returned nil.
  public func finish() throws(IngestError) -> (sha256: String, diagnostics: [Diagnostic]) {
    while try next() != nil {}
    guard case .finished(let sha256, let diagnostics) = ending else {
      preconditionFailure("next() returned nil without the reader finishing")
    }
    return (sha256, diagnostics)
  }

  /// Stops the reader thread and waits until it has ended.
  public func cancel() {
    thread.cancel()
  }
}

/// The reader thread's side: batches of records, then the file's hash and the warnings.
///
/// Sendable by hand: only the reader thread uses it, once it has started.
private final class BatchReader: @unchecked Sendable {
  private let reader: any RecordReader
  private let file: ExportFile
  private let batchSize: Int
  /// True once a short batch has shown that the file has no more records.
  private var isFinishing = false

  init(_ reader: any RecordReader, of file: ExportFile, batchSize: Int) {
    self.reader = reader
    self.file = file
    self.batchSize = batchSize
  }

  /// The next hand-over, and whether it is the last.
  func next() -> (item: ReadAheadReader.Handover, isLast: Bool) {
    do {
      if isFinishing {
        return (.finished(sha256: try file.finishSHA256(), diagnostics: reader.diagnostics), true)
      }
      var batch: [Record?] = []
      batch.reserveCapacity(batchSize)
      while batch.count < batchSize, let record = try reader.next() {
        batch.append(record)
      }
      isFinishing = batch.count < batchSize
      return (.records(batch), false)
    } catch {
      // The file as a whole is unreadable: the records before the error are worth nothing.
      return (.failed(error), true)
    }
  }
}
