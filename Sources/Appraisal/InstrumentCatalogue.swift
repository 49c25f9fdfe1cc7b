import Foundation

/// The instruments a project can use: those bundled with litrev and the project's own
/// `instruments/*.yaml` files.
///
/// A project file whose id is that of a bundled instrument takes its place, so that a team can
/// adapt a checklist (and the adapted file travels with the project, where it is reproducible).
public struct InstrumentCatalogue: Sendable {
  /// By id, in a stable order: bundled ones first, then the project's, each sorted by id.
  public var instruments: [Instrument]

  /// The name of the folder, inside a project, that holds its own instrument files.
  public static let projectFolderName = "instruments"

  public init(instruments: [Instrument]) {
    self.instruments = instruments
  }

  /// The bundled instruments and, when `projectFolder` is given, that project's own.
  ///
  /// - Throws: ``InstrumentError`` when a file is not a valid instrument, or two project files
  ///   share an id.
  public static func load(projectFolder: String?) throws(InstrumentError) -> InstrumentCatalogue {
    var byID: [String: Instrument] = [:]
    for instrument in try bundled() { byID[instrument.id] = instrument }
    var projectPaths: [String: String] = [:]
    if let projectFolder {
      let folder = (projectFolder as NSString).appendingPathComponent(projectFolderName)
      for path in yamlFiles(in: folder) {
        let instrument = try InstrumentLoader().load(path: path, origin: .project(path: path))
        if let earlier = projectPaths[instrument.id] {
          throw .duplicateInstrument(id: instrument.id, paths: [earlier, path])
        }
        projectPaths[instrument.id] = path
        byID[instrument.id] = instrument
      }
    }
    let ordered = byID.values.sorted { left, right in
      let leftIsBundled = left.origin == .bundled
      let rightIsBundled = right.origin == .bundled
      return leftIsBundled != rightIsBundled ? leftIsBundled : left.id < right.id
    }
    return InstrumentCatalogue(instruments: ordered)
  }

  /// The instruments shipped with litrev, read from the target's resources.
  public static func bundled() throws(InstrumentError) -> [Instrument] {
    guard let folder = bundledFolder else {
      throw .unreadable(
        path: bundledFolderCandidates.first ?? "Instruments",
        reason:
          "litrev's bundled instruments are missing: install \(resourceBundleName) beside the "
          + "litrev executable")
    }
    var instruments: [Instrument] = []
    for path in yamlFiles(in: folder) {
      instruments.append(try InstrumentLoader().load(path: path, origin: .bundled))
    }
    return instruments.sorted { $0.id < $1.id }
  }

  /// The folder of bundled instrument files, when it is where litrev looks for it.
  ///
  /// Looked up here rather than through SwiftPM's `Bundle.module`, whose accessor stops the
  /// program with a fatal error when the resources are missing (a binary copied without the
  /// folder beside it): litrev should say what is missing and go on with the rest.
  public static var bundledFolder: String? {
    bundledFolderCandidates.first { path in
      var isFolder: ObjCBool = false
      return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        && isFolder.boolValue
    }
  }

  /// SwiftPM copies the target's resources into this folder beside the built executable.
  static let resourceBundleName = "LitReview_Appraisal.resources"

  /// Where the bundled instruments may be: beside the running executable (as SwiftPM builds
  /// and as an installed litrev ships them), or beside the main bundle when that differs.
  private static var bundledFolderCandidates: [String] {
    let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "")
      .resolvingSymlinksInPath().deletingLastPathComponent()
    let bases = [
      Bundle.main.executableURL?.deletingLastPathComponent(), executable, Bundle.main.bundleURL,
    ]
    var seen: Set<String> = []
    return bases.compactMap { base -> String? in
      guard let base else { return nil }
      let path = base.appendingPathComponent(resourceBundleName).appendingPathComponent(
        "Instruments"
      ).path
      return seen.insert(path).inserted ? path : nil
    }
  }

  /// The instrument with this id.
  ///
  /// - Throws: ``InstrumentError/unknownInstrument(_:known:)`` listing the ids there are.
  public func instrument(_ id: String) throws(InstrumentError) -> Instrument {
    guard let instrument = instruments.first(where: { $0.id == id }) else {
      throw .unknownInstrument(id, known: instruments.map(\.id))
    }
    return instrument
  }

  private static func yamlFiles(in folder: String) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map {
      (folder as NSString).appendingPathComponent($0)
    }
  }
}
