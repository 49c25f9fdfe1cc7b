import ReviewModel

/// What a protocol says about appraisal: which instrument each study design is appraised with,
/// and rating bands that replace an instrument's defaults.
///
/// ```yaml
/// designs:
///   cross-sectional: axis
///   qualitative: casp-qualitative
///   mixed: mmat
/// appraisal:
///   bands:
///     mersqi:
///       - {rating: low, from: 5, to: 10}
///       - {rating: high, from: 10, to: 18}
/// ```
public struct AppraisalSettings: Sendable, Hashable {
  /// Design → instrument id, in the protocol's order.
  public var designs: [(design: String, instrument: String)]
  /// Instrument id → the bands the protocol sets for it.
  public var bands: [String: RatingBands]

  public init(
    designs: [(design: String, instrument: String)] = [], bands: [String: RatingBands] = [:]
  ) {
    self.designs = designs
    self.bands = bands
  }

  /// The instrument the protocol names for `design`.
  public func instrumentID(forDesign design: String) -> String? {
    designs.first { $0.design == design }?.instrument
  }

  /// The bands in force for an instrument: the protocol's, or the instrument's own.
  public func bands(for instrument: Instrument) -> RatingBands {
    bands[instrument.id] ?? instrument.bands
  }

  public static func == (left: AppraisalSettings, right: AppraisalSettings) -> Bool {
    left.designs.map { [$0.design, $0.instrument] }
      == right.designs.map { [$0.design, $0.instrument] }
      && left.bands == right.bands
  }

  public func hash(into hasher: inout Hasher) {
    for entry in designs {
      hasher.combine(entry.design)
      hasher.combine(entry.instrument)
    }
    hasher.combine(bands)
  }

  /// Reads the `designs:` and `appraisal:` sections of a protocol file.
  ///
  /// The rest of the file is the protocol loader's to check. Instruments are looked up in
  /// `catalogue`.
  ///
  /// - Throws: ``InstrumentError`` naming the file, line and key of a mistake: an instrument
  ///   that does not exist, an unknown key, bands that do not tile the instrument's scale.
  public static func load(protocolPath: String, catalogue: InstrumentCatalogue)
    throws(InstrumentError) -> AppraisalSettings
  {
    try decode(
      try InstrumentLoader.text(at: protocolPath), file: protocolPath, catalogue: catalogue)
  }

  /// Decodes the appraisal sections of protocol text; `file` names it in messages.
  public static func decode(_ text: String, file: String, catalogue: InstrumentCatalogue)
    throws(InstrumentError) -> AppraisalSettings
  {
    let root = try YAMLCursor.root(of: text, file: file)
    var settings = AppraisalSettings()
    let sections = Dictionary(
      uniqueKeysWithValues: try root.namedEntries().map { ($0.name, $0.value) })
    func instrument(at cursor: YAMLCursor) throws(InstrumentError) -> Instrument {
      let id = try cursor.identifier()
      guard let found = catalogue.instruments.first(where: { $0.id == id }) else {
        throw cursor.failure(
          "no instrument '\(id)'; the instruments are: "
            + catalogue.instruments.map(\.id).joined(separator: ", "))
      }
      return found
    }
    if let designs = sections["designs"] {
      for (design, value) in try designs.namedEntries() {
        settings.designs.append((design, try instrument(at: value).id))
      }
    }
    if let appraisal = sections["appraisal"] {
      let fields = try appraisal.fields(allowed: ["bands"])
      for (name, value) in try fields["bands"]?.namedEntries() ?? [] {
        guard let found = catalogue.instruments.first(where: { $0.id == name }) else {
          throw value.failure(
            "no instrument '\(name)' to set bands for; the instruments are: "
              + catalogue.instruments.map(\.id).joined(separator: ", "))
        }
        settings.bands[found.id] = try InstrumentLoader.decodeBands(value, scale: found.scale)
      }
    }
    return settings
  }
}
