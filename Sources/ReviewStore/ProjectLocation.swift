import Foundation

/// Where a review project lives on disk: a folder holding `review.sqlite` and `protocol.yaml`.
public struct ProjectLocation: Sendable, Hashable {
  /// The project folder.
  public var folder: URL

  public init(folder: URL) {
    self.folder = folder.standardizedFileURL
  }

  public var databasePath: String {
    folder.appendingPathComponent(ProjectStore.databaseFileName).path
  }

  public var protocolPath: String {
    folder.appendingPathComponent("protocol.yaml").path
  }

  /// The project at `start` or the nearest folder above it that holds one.
  ///
  /// - Throws: ``StoreError/noProject(searchedFrom:)`` when no folder up to the root has one.
  public static func find(from start: URL) throws(StoreError) -> ProjectLocation {
    var folder = start.standardizedFileURL
    while true {
      let candidate = ProjectLocation(folder: folder)
      if FileManager.default.fileExists(atPath: candidate.databasePath) {
        return candidate
      }
      let parent = folder.deletingLastPathComponent()
      if parent.path == folder.path { break }
      folder = parent
    }
    throw .noProject(searchedFrom: start.path)
  }
}
