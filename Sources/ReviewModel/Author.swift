/// An author of a record: a person or a collective (a group or consortium).
public struct Author: Sendable, Hashable, Codable {
  /// How the author is named.
  public enum Name: Sendable, Hashable {
    /// A person: family name and, where known, given names or initials.
    case person(family: String, given: String?)
    /// A group author such as `COVID-19 Trainee Collaborative`.
    case collective(String)
  }

  public var name: Name
  /// The author's affiliations as written, in order.
  public var affiliations: [String]

  public init(_ name: Name, affiliations: [String] = []) {
    self.name = name
    self.affiliations = affiliations
  }

  /// A person called `family`, with given names or initials `given`.
  public static func person(family: String, given: String? = nil) -> Author {
    Author(.person(family: family, given: given))
  }

  /// A group author.
  public static func collective(_ name: String) -> Author {
    Author(.collective(name))
  }

  /// The family name of a person, or the name of a collective.
  public var familyOrCollective: String {
    switch name {
    case .person(let family, _): family
    case .collective(let name): name
    }
  }

  /// `Family, Given` for a person, the name for a collective: how reference lists show it.
  public var displayName: String {
    switch name {
    case .person(let family, let given?) where !given.isEmpty: "\(family), \(given)"
    case .person(let family, _): family
    case .collective(let name): name
    }
  }

  private enum CodingKeys: String, CodingKey {
    case family, given, collective, affiliations
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    affiliations = try container.decodeIfPresent([String].self, forKey: .affiliations) ?? []
    if let collective = try container.decodeIfPresent(String.self, forKey: .collective) {
      name = .collective(collective)
    } else {
      name = .person(
        family: try container.decode(String.self, forKey: .family),
        given: try container.decodeIfPresent(String.self, forKey: .given))
    }
  }

  /// Encodes `{"family", "given"}` for a person and `{"collective"}` for a group, as
  /// `Schemas/record.schema.json` says; affiliations only where there are any.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    switch name {
    case .person(let family, let given):
      try container.encode(family, forKey: .family)
      try container.encode(given, forKey: .given)
    case .collective(let name):
      try container.encode(name, forKey: .collective)
    }
    if !affiliations.isEmpty {
      try container.encode(affiliations, forKey: .affiliations)
    }
  }
}
