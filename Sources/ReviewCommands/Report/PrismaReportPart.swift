import Reports
import ReviewStore

/// The PRISMA 2020 part of the report: the diagram, the counts as the R app's CSV, JSON and a
/// Markdown table.
struct PrismaReportPart: ReportPart {
  let title = "PRISMA 2020 flow diagram"

  func files(_ context: ReportContext) throws(CommandFailure) -> [ReportFile] {
    let flow = try PrismaFlowLoader.flow(
      context.store, protocolPath: context.location.protocolPath)
    return [
      ReportFile(
        name: "prisma.svg", description: "the PRISMA 2020 flow diagram",
        contents: PrismaFormat.svg.render(flow), preview: .image),
      ReportFile(
        name: "prisma.md", description: "every box's count, as a Markdown table",
        contents: PrismaFormat.md.render(flow), preview: .text),
      ReportFile(
        name: "prisma.csv",
        description: "the counts in the data template of the PRISMA2020 R package and Shiny app",
        contents: PrismaFormat.csv.render(flow), preview: .linkOnly),
      ReportFile(
        name: "prisma.json", description: "the counts as JSON",
        contents: PrismaFormat.json.render(flow), preview: .linkOnly),
    ]
  }
}
