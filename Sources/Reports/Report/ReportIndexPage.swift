/// The `index.html` of a report folder: one section per part, linking its files and showing
/// those that can be shown.
public enum ReportIndexPage {
  /// One part's section.
  public struct Section: Sendable, Hashable {
    public var title: String
    public var files: [ReportFile]

    public init(title: String, files: [ReportFile]) {
      self.title = title
      self.files = files
    }
  }

  /// The page, linking and showing every section's files; every text is escaped.
  ///
  /// - Parameters:
  ///   - title: the review's title.
  ///   - sections: the parts, in order.
  /// - Returns: an HTML5 document.
  public static func render(title: String, sections: [Section]) -> String {
    var html = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <title>\(MarkupText.escaped(title))</title>
      <style>
      body { font-family: Arial, Helvetica, sans-serif; margin: 2em auto; max-width: 80em; }
      img { max-width: 100%; height: auto; border: 1px solid #ccc; }
      pre { background: #f6f6f6; padding: 1em; overflow-x: auto; }
      </style>
      </head>
      <body>
      <h1>\(MarkupText.escaped(title))</h1>

      """
    for section in sections {
      html += "<section>\n<h2>\(MarkupText.escaped(section.title))</h2>\n<ul>\n"
      for file in section.files {
        let name = MarkupText.escaped(file.name)
        html += "<li><a href=\"\(name)\">\(name)</a> \(MarkupText.escaped(file.description))</li>\n"
      }
      html += "</ul>\n"
      for file in section.files {
        let name = MarkupText.escaped(file.name)
        switch file.preview {
        case .image:
          html += "<figure><img src=\"\(name)\" alt=\"\(MarkupText.escaped(file.description))\">"
          html += "</figure>\n"
        case .text:
          html += "<pre>\(MarkupText.escaped(file.contents))</pre>\n"
        case .linkOnly:
          break
        }
      }
      html += "</section>\n"
    }
    html += "</body>\n</html>\n"
    return html
  }
}

/// One file a report part writes into the report folder.
public struct ReportFile: Sendable, Hashable {
  /// How the index page shows the file, beside its link.
  public enum Preview: Sendable, Hashable {
    /// As an image (SVG, PNG).
    case image
    /// Its text, preformatted.
    case text
    /// Only the link.
    case linkOnly
  }

  /// The file's name inside the folder.
  public var name: String
  /// What it is, for people (`the PRISMA 2020 flow diagram`).
  public var description: String
  public var contents: String
  public var preview: Preview

  public init(name: String, description: String, contents: String, preview: Preview) {
    self.name = name
    self.description = description
    self.contents = contents
    self.preview = preview
  }
}
