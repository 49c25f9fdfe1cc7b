import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The export files a project keeps, in its `exports` folder, each named by its SHA-256.
///
/// A record's original text is read from here, by the byte range the record points at; so an
/// import copies its file in, as it reads it, and gives the copy its lasting name just before
/// the import commits. Named by content, a copy is the same whichever import kept it: importing
/// the same bytes again (`--again`) reuses it, and a copy left by an import that was killed
/// before it committed is simply taken over by the next import of that file.
public struct ExportArchive: Sendable {
  /// The name of the folder inside the project.
  public static let folderName = "exports"

  public let projectFolder: URL

  public init(_ location: ProjectLocation) {
    projectFolder = location.folder
  }

  /// Starts a copy of a file being imported, under a temporary name until it is kept.
  ///
  /// - Throws: ``StoreError/database(_:)`` when the folder or the file cannot be made.
  public func startCopy() throws(StoreError) -> ExportCopy {
    let folder = projectFolder.appendingPathComponent(Self.folderName)
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw .database("cannot make \(folder.path): \(error.localizedDescription)")
    }
    removeAbandonedCopies(in: folder)
    let temporary = folder.appendingPathComponent(
      Self.temporaryPrefix + UUID().uuidString.lowercased())
    let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      throw .database("cannot write \(temporary.path): \(String(cString: strerror(errno)))")
    }
    return ExportCopy(
      descriptor: descriptor, temporaryURL: temporary, archive: self)
  }

  private static let temporaryPrefix = ".importing-"

  /// Deletes the copies of imports that were killed before they finished: a copy still being
  /// written was written to within the hour, as an import writes all the time.
  private func removeAbandonedCopies(in folder: URL) {
    let files = FileManager.default
    guard let names = try? files.contentsOfDirectory(atPath: folder.path) else { return }
    let hourAgo = Date(timeIntervalSinceNow: -3600)
    for name in names where name.hasPrefix(Self.temporaryPrefix) {
      let path = folder.appendingPathComponent(name).path
      if let modified = try? files.attributesOfItem(atPath: path)[.modificationDate] as? Date,
        modified < hourAgo
      {
        try? files.removeItem(atPath: path)
      }
    }
  }

  /// The kept file at `relativePath` (as stored in ``ImportBatch/exportFile``).
  public func url(of relativePath: String) -> URL {
    projectFolder.appendingPathComponent(relativePath)
  }

  /// The path, relative to the project folder, of the copy of a file with this hash and suffix.
  func relativePath(sha256: String, suffix: String) -> String {
    "\(Self.folderName)/\(sha256)\(suffix)"
  }
}

/// A copy of an export file being written while it is imported.
///
/// Dropped without ``keep(sha256:suffix:)`` (the import failed, or found the file imported
/// already), the copy is deleted.
///
/// While the copy is written, a thread of its own flushes it to disk every half second, so
/// that the flush before the commit has only the last part left: flushing a 275 MB copy in one
/// go at the end took half a second that nothing else overlapped.
public final class ExportCopy: @unchecked Sendable {
  // Sendable by hand: the reader thread writes through `descriptor`; the flushing thread only
  // calls fdatasync on it; the importing thread calls `keep` only after the reader thread has
  // finished, and `keep` stops the flushing thread before it closes the descriptor.

  /// Where the bytes of the file go, as they are read.
  public let descriptor: Int32
  private let temporaryURL: URL
  private let archive: ExportArchive
  private var isClosed = false
  private var isKept = false

  private let flusher: Flusher

  init(descriptor: Int32, temporaryURL: URL, archive: ExportArchive) {
    self.descriptor = descriptor
    self.temporaryURL = temporaryURL
    self.archive = archive
    flusher = Flusher(descriptor: descriptor)
  }

  deinit {
    flusher.stop()
    if !isClosed { close(descriptor) }
    if !isKept { unlink(temporaryURL.path) }
  }

  /// Flushes the copy to disk and gives it its lasting name.
  ///
  /// Call it inside the import's transaction, before it commits: a batch in the database then
  /// always has its file.
  ///
  /// - Parameters:
  ///   - sha256: the file's hash, which names it.
  ///   - suffix: what follows the hash in the name (`.pubmed-xml.gz`), for people who look.
  /// - Returns: the copy's path relative to the project folder.
  public func keep(sha256: String, suffix: String) throws(StoreError) -> String {
    let relative = archive.relativePath(sha256: sha256, suffix: suffix)
    let destination = archive.url(of: relative)
    flusher.stop()
    guard fsync(descriptor) == 0 else {
      throw .database("cannot write \(temporaryURL.path): \(String(cString: strerror(errno)))")
    }
    close(descriptor)
    isClosed = true
    guard rename(temporaryURL.path, destination.path) == 0 else {
      throw .database(
        "cannot keep \(destination.path): \(String(cString: strerror(errno)))")
    }
    isKept = true
    return relative
  }
}

/// Flushes a file being written to disk every half second, on a thread of its own, until
/// stopped.
///
/// Its own object, not the copy's, so that the thread does not keep the copy alive.
private final class Flusher: @unchecked Sendable {
  // Sendable by hand: the flag is read and written under `condition` only.
  private let descriptor: Int32
  private let condition = NSCondition()
  private var isStopped = false
  private var hasEnded = false

  init(descriptor: Int32) {
    self.descriptor = descriptor
    let thread = Thread { [self] in run() }
    thread.name = "litrev-export-flush"
    thread.start()
  }

  /// Stops the thread and waits for it to end; does nothing the second time.
  func stop() {
    condition.lock()
    isStopped = true
    condition.broadcast()
    while !hasEnded { condition.wait() }
    condition.unlock()
  }

  private func run() {
    condition.lock()
    while !isStopped {
      if !condition.wait(until: Date(timeIntervalSinceNow: 0.5)) && !isStopped {
        condition.unlock()
        fdatasync(descriptor)
        condition.lock()
      }
    }
    hasEnded = true
    condition.broadcast()
    condition.unlock()
  }
}
