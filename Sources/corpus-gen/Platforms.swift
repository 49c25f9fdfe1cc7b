/// A social media platform or online channel, with the year it became usable for the purposes
/// records describe, so that no 2004 study is about TikTok.
struct Platform: Sendable {
  let name: String
  /// The name before a noun: `podcast` in `podcast episodes`, `YouTube` in `YouTube videos`.
  let attributive: String
  /// What is posted on it: `tweets`, `videos`, `episodes`.
  let content: String
  let since: Int
  let mesh: MeshConcept?
  let emtree: String
}

/// The platforms records are about.
enum Platforms {
  static let all: [Platform] = [
    Platform(
      name: "Twitter", attributive: "Twitter", content: "posts", since: 2008, mesh: nil,
      emtree: "Twitter"),
    Platform(
      name: "YouTube", attributive: "YouTube", content: "videos", since: 2007,
      mesh: MeshVocabulary.videoRecording,
      emtree: "YouTube"),
    Platform(
      name: "Facebook", attributive: "Facebook", content: "posts", since: 2007, mesh: nil,
      emtree: "Facebook"),
    Platform(
      name: "WhatsApp", attributive: "WhatsApp", content: "messages", since: 2012, mesh: nil,
      emtree: "WhatsApp"),
    Platform(
      name: "podcasts", attributive: "podcast", content: "episodes", since: 2006,
      mesh: MeshVocabulary.webcasts,
      emtree: "podcast"),
    Platform(
      name: "blogs", attributive: "blog", content: "posts", since: 2005,
      mesh: MeshVocabulary.blogging,
      emtree: "blogging"),
    Platform(
      name: "Instagram", attributive: "Instagram", content: "posts", since: 2012, mesh: nil,
      emtree: "Instagram"),
    Platform(
      name: "TikTok", attributive: "TikTok", content: "videos", since: 2019, mesh: nil,
      emtree: "TikTok"),
    Platform(
      name: "Reddit", attributive: "Reddit", content: "threads", since: 2012, mesh: nil,
      emtree: "Reddit"),
    Platform(
      name: "LinkedIn", attributive: "LinkedIn", content: "posts", since: 2010, mesh: nil,
      emtree: "LinkedIn"),
    Platform(
      name: "FOAMed websites", attributive: "FOAMed", content: "posts", since: 2012,
      mesh: MeshVocabulary.internet,
      emtree: "e-learning"),
    Platform(
      name: "electronic mailing lists", attributive: "mailing list", content: "messages",
      since: 1998,
      mesh: MeshVocabulary.internet, emtree: "electronic mail"),
    Platform(
      name: "web-based discussion forums", attributive: "forum", content: "threads", since: 1998,
      mesh: MeshVocabulary.internet, emtree: "Internet"),
    Platform(
      name: "WeChat", attributive: "WeChat", content: "messages", since: 2013, mesh: nil,
      emtree: "WeChat"),
  ]

  /// The platform called `name`, or the first one when there is none.
  static func named(_ name: String) -> Platform {
    all.first { $0.name == name } ?? all[0]
  }

  /// The display name in a given year: Twitter became X in 2023.
  static func displayName(_ platform: Platform, year: Int) -> String {
    platform.name == "Twitter" && year >= 2024 ? "X (formerly Twitter)" : platform.name
  }

  /// The attributive name in a given year: `X` from 2024.
  static func attributive(_ platform: Platform, year: Int) -> String {
    platform.name == "Twitter" && year >= 2024 ? "X" : platform.attributive
  }
}
