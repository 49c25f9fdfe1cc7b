/// A sentence pattern with named slots, `We surveyed {invited} {population} in {country}.`,
/// parsed once so that filling it in is only appends.
///
/// A slot whose name starts with a capital letter (`{Population}`) is filled with its value's first
/// letter capitalised, for the start of a sentence.
struct Template: Sendable {
  private enum Segment: Sendable {
    case literal(String)
    case slot(Slot, capitalized: Bool)
  }

  private let segments: [Segment]

  /// Parses `pattern`; braces around an unknown name stay as they are, so a typo shows in output.
  ///
  /// - Parameters:
  ///   - pattern: The text with `{slot}` names.
  ///   - literals: A conversion applied to the text between slots (never to slot names).
  init(_ pattern: String, literals: (String) -> String = { $0 }) {
    var segments: [Segment] = []
    var literal = ""
    var rest = Substring(pattern)
    while let open = rest.firstIndex(of: "{") {
      literal += rest[..<open]
      guard let close = rest[open...].firstIndex(of: "}") else { break }
      let name = rest[rest.index(after: open)..<close]
      let capitalized = name.first?.isUppercase ?? false
      let key = capitalized ? name.prefix(1).lowercased() + name.dropFirst() : String(name)
      if let slot = Slot.byName[key] {
        if !literal.isEmpty { segments.append(.literal(literals(literal))) }
        literal = ""
        segments.append(.slot(slot, capitalized: capitalized))
      } else {
        literal += rest[open...close]
      }
      rest = rest[rest.index(after: close)...]
    }
    literal += rest
    if !literal.isEmpty { segments.append(.literal(literals(literal))) }
    self.segments = segments
  }

  /// The pattern with every slot filled from `values`.
  func render(_ values: SlotValues) -> String {
    var text = ""
    text.reserveCapacity(160)
    for segment in segments {
      switch segment {
      case .literal(let literal):
        text += literal
      case .slot(let slot, let capitalized):
        let value = values[slot]
        text += capitalized ? value.capitalizingFirstLetter() : value
      }
    }
    return text
  }
}

extension String {
  /// The text with its first letter upper-cased (`twitter` → `Twitter`); the rest is untouched.
  func capitalizingFirstLetter() -> String {
    guard let first = first, first.isLowercase else { return self }
    return first.uppercased() + dropFirst()
  }
}
