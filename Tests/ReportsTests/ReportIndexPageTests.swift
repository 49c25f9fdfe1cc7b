import Testing

@testable import Reports

struct ReportIndexPageTests {
  @Test func thePageLinksEveryFileShowsImagesAndEscapesText() {
    let page = ReportIndexPage.render(
      title: "Social media & <training>",
      sections: [
        ReportIndexPage.Section(
          title: "PRISMA 2020 flow diagram",
          files: [
            ReportFile(
              name: "prisma.svg", description: "the diagram", contents: "<svg/>", preview: .image),
            ReportFile(
              name: "prisma.md", description: "counts", contents: "| a<b | 1 |", preview: .text),
            ReportFile(
              name: "prisma.csv", description: "the app's template", contents: "x",
              preview: .linkOnly),
          ])
      ])
    #expect(page.hasPrefix("<!DOCTYPE html>"))
    #expect(page.contains("<title>Social media &amp; &lt;training&gt;</title>"))
    #expect(page.contains("<a href=\"prisma.svg\">prisma.svg</a>"))
    #expect(page.contains("<a href=\"prisma.csv\">prisma.csv</a> the app&#39;s template"))
    #expect(page.contains("<img src=\"prisma.svg\" alt=\"the diagram\">"))
    #expect(page.contains("<pre>| a&lt;b | 1 |</pre>"))
    #expect(!page.contains("<svg/>"))
  }
}
