import Foundation
import ReviewModel

/// A ``RecordReader`` that cuts a file into drafts on one thread and builds them into records on
/// others, handing the records out in file order.
///
/// Profiles of the line-based readers put two thirds of their time or more in building records
/// and the rest in cutting them, so building on every core but one's worth of cutting is what
/// lets a reader keep up with the disk. Records, warnings and errors come out exactly as they
/// would one at a time: a draft carries the warnings found before it, a batch is handed out only
/// after every batch before it, and an error is thrown after the records before it.
///
/// With `builderCount` 0 everything runs on the caller's thread, one record at a time; the fuzz
/// harness reads that way, and tests compare the two.
final class DraftPipeline<Cutter: DraftCutter>: RecordReader {
  private(set) var diagnostics: [Diagnostic] = []

  private var stage: Stage
  /// The batch being handed out, and where in it; each record is moved out when handed out,
  /// leaving nil, so that its many fields are not copied and released twice.
  private var current: [BuiltRecord?] = []
  private var currentIndex = 0

  private enum Stage {
    /// Cutting and building on the caller's thread.
    case inline(Cutter)
    /// Threads not started yet: they start at the first `next()`, so that a reader opened and
    /// never read costs none.
    case waiting(Cutter, builderCount: Int)
    case threaded(DraftBatches<Cutter.Draft>)
    case finished
  }

  /// Reads the drafts `cutter` cuts, building them on `builderCount` threads (0: inline).
  init(_ cutter: Cutter, builderCount: Int) {
    stage = builderCount > 0 ? .waiting(cutter, builderCount: builderCount) : .inline(cutter)
  }

  /// A pipeline with as many builders as the options and the machine allow.
  convenience init(_ cutter: Cutter, options: ReaderOptions) {
    self.init(cutter, builderCount: options.buildsInParallel ? Self.defaultBuilderCount : 0)
  }

  /// One builder a core, up to four: beyond that the cutting thread is the limit.
  static var defaultBuilderCount: Int {
    min(max(ProcessInfo.processInfo.activeProcessorCount, 1), 4)
  }

  deinit {
    if case .threaded(let batches) = stage { batches.cancel() }
  }

  func next() throws(IngestError) -> Record? {
    if currentIndex < current.count { return hand(currentIndex) }
    switch stage {
    case .finished:
      return nil
    case .inline(var cutter):
      // Out of `stage` while it cuts, so that its buffers have one owner and are not copied; an
      // error leaves the pipeline finished.
      stage = .finished
      guard let draft = try cutter.nextDraft() else {
        diagnostics += cutter.takeTrailingDiagnostics()
        return nil
      }
      stage = .inline(cutter)
      let built = draft.build()
      diagnostics += built.diagnostics
      return built.record
    case .waiting(let cutter, let builderCount):
      // Out of `stage` before the cutting thread starts, so that the thread is its one owner.
      stage = .finished
      let batches = DraftBatches(consume cutter, builderCount: builderCount)
      stage = .threaded(batches)
      return try take(from: batches)
    case .threaded(let batches):
      return try take(from: batches)
    }
  }

  /// The first record of the next batch the threads built, or how the file ended.
  private func take(from batches: DraftBatches<Cutter.Draft>) throws(IngestError) -> Record? {
    switch batches.take() {
    case .records(let batch):
      current = batch
      return hand(0)
    case .ended(let trailing):
      stage = .finished
      diagnostics += trailing
      return nil
    case .failed(let error):
      stage = .finished
      throw error
    }
  }

  /// Hands out the record at `index` of the current batch, with its warnings.
  private func hand(_ index: Int) -> Record {
    currentIndex = index + 1
    guard var built = current[index].take() else {
      preconditionFailure("a record of the batch was handed out twice")
    }
    diagnostics += built.diagnostics
    // Swapped out: `return built.record` copied every record (a retain of each of its strings
    // and lists, and their releases), a tenth of the consumer's time.
    var record = Record()
    swap(&record, &built.record)
    return record
  }
}

@available(*, unavailable)
extension DraftPipeline: Sendable {}

/// The threads of a ``DraftPipeline`` and what passes between them: one cutter, some builders,
/// and the consumer, under one lock.
///
/// Sendable by hand: the cutter is touched only by the cutting thread once it starts, drafts and
/// records are Sendable, and everything else is under `condition`.
final class DraftBatches<Draft: RecordDraft>: @unchecked Sendable {
  /// What the consumer takes next.
  enum Handover {
    /// A batch, every record present.
    case records([BuiltRecord?])
    case ended(trailingDiagnostics: [Diagnostic])
    case failed(IngestError)
  }

  /// Drafts a batch: large enough that the lock is taken rarely, small enough that the first
  /// records come soon and a batch's memory is small (some 64 records of a few kilobytes).
  private static var batchSize: Int { 64 }

  private let condition = NSCondition()
  /// Batches cut and waiting for a builder, with their sequence numbers.
  private var cut: [(sequence: Int, drafts: [Draft])] = []
  /// Batches built and waiting for the consumer, by sequence number.
  private var built: [Int: [BuiltRecord?]] = [:]
  /// How the cutting ended, and the sequence number it comes at: after every batch.
  private var ending: (sequence: Int, handover: Handover)?
  private var batchesCut = 0
  private var batchesTaken = 0
  /// How many batches may be cut and not yet taken: this bounds the memory.
  private let batchesInFlight: Int
  private var isCancelled = false
  private var runningThreads = 0

  init<Cutter: DraftCutter>(_ cutter: consuming Cutter, builderCount: Int)
  where Cutter.Draft == Draft {
    batchesInFlight = 2 * builderCount + 2
    runningThreads = 1 + builderCount
    let box = CutterBox(cutter)
    start("litrev-cut") { [self] in cutAll(box) }
    for _ in 0..<builderCount {
      start("litrev-build") { [self] in buildAll() }
    }
  }

  /// The next batch in file order, or how the file ended once every batch is taken.
  func take() -> Handover {
    condition.lock()
    defer { condition.unlock() }
    while true {
      if let batch = built.removeValue(forKey: batchesTaken) {
        batchesTaken += 1
        condition.broadcast()
        return .records(batch)
      }
      if let ending, ending.sequence == batchesTaken { return ending.handover }
      condition.wait()
    }
  }

  /// Stops every thread and waits until they have ended.
  func cancel() {
    condition.lock()
    isCancelled = true
    condition.broadcast()
    while runningThreads > 0 { condition.wait() }
    condition.unlock()
  }

  private func start(_ name: String, _ body: @escaping @Sendable () -> Void) {
    let thread = Thread { [self] in
      body()
      condition.lock()
      runningThreads -= 1
      condition.broadcast()
      condition.unlock()
    }
    thread.name = name
    thread.start()
  }

  /// The cutting thread: cuts batches until the end, an error or a cancellation.
  private func cutAll<Cutter: DraftCutter>(_ box: CutterBox<Cutter>) where Cutter.Draft == Draft {
    guard var cutter = box.take() else { return }
    while true {
      var drafts: [Draft] = []
      drafts.reserveCapacity(Self.batchSize)
      var end: Handover?
      do {
        while drafts.count < Self.batchSize {
          guard let draft = try cutter.nextDraft() else {
            end = .ended(trailingDiagnostics: cutter.takeTrailingDiagnostics())
            break
          }
          drafts.append(draft)
        }
      } catch {
        // The drafts before the error are still handed out, as a reader one record at a time
        // would return them before it throws.
        end = .failed(error)
      }
      condition.lock()
      defer { condition.unlock() }
      while batchesCut - batchesTaken >= batchesInFlight && !isCancelled { condition.wait() }
      guard !isCancelled else { return }
      if !drafts.isEmpty {
        cut.append((batchesCut, drafts))
        batchesCut += 1
      }
      if let end { ending = (batchesCut, end) }
      condition.broadcast()
      if end != nil { return }
    }
  }

  /// A building thread: builds the batches cut, oldest first, until there are no more.
  private func buildAll() {
    while true {
      condition.lock()
      while cut.isEmpty && ending == nil && !isCancelled { condition.wait() }
      guard !isCancelled, !cut.isEmpty else {
        condition.unlock()
        return
      }
      let (sequence, drafts) = cut.removeFirst()
      condition.unlock()

      var records: [BuiltRecord?] = []
      records.reserveCapacity(drafts.count)
      for draft in drafts { records.append(draft.build()) }

      condition.lock()
      built[sequence] = records
      condition.broadcast()
      condition.unlock()
    }
  }
}

/// Carries a cutter, which is not Sendable, to the one thread that will use it, and lets go of
/// it there: a copy left in the box would share the cutter's buffers, and the first record cut
/// would copy them.
private final class CutterBox<Cutter>: @unchecked Sendable {
  private var cutter: Cutter?

  init(_ cutter: consuming Cutter) { self.cutter = cutter }

  /// The cutter, which the box no longer holds.
  func take() -> Cutter? { cutter.take() }
}
