using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Metrics;
using DanVan.Feedback.Core.Scoring;
using DanVan.Feedback.Core.Scoring.Export;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace DanVan.Feedback.Core.Tests.Scoring.Export;

public sealed class ScoringWorkbookTests
{
    [Fact]
    public void Write_ExampleRun_HasTheSummaryThenOneSheetPerCriterion()
    {
        using var workbook = Written(ExportRun.Export());

        Assert.Equal(
            ["Tổng hợp", "DUNG-HAN", "THOI-GIAN", "HAI-LONG-TRA-LOI", "HAI-LONG-DICH-VU", "CONG-KHAI", "TON-DONG", "THANH-TRA", "DAN-VAN-KHEO", "DOI-THOAI"],
            workbook.SheetNames);
    }

    [Fact]
    public void Write_RunWithDrillDowns_IsValidSpreadsheetMlThatExcelOpens()
    {
        var answered = new MetricCaseRow(
            7, "ABCD2345", CaseKind.Complaint, "dat-dai", new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.FromHours(7)),
            new DateTimeOffset(2026, 3, 20, 16, 0, 0, TimeSpan.FromHours(7)), null, 14);
        var export = ExportRun.Export() with
        {
            DrillDowns =
            [
                new("DUNG-HAN", AgencyMetric.OnTimeRate, MetricFigure.Answered, [new("SXD", [answered], 1), new("STC", [], 0)]),
                new("HAI-LONG-DICH-VU", AgencyMetric.ServiceSatisfactionRate, null, []),
            ],
        };
        var stream = new MemoryStream();

        ScoringWorkbook.Write(stream, export);

        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.Equal(["Hồ sơ DUNG-HAN", "Hồ sơ HAI-LONG-DICH-VU"], document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(n => n.Name!.Value).TakeLast(2));
    }

    [Fact]
    public void Write_Summary_ListsAgenciesInRankOrderWithNumericTotalsAndVietnameseClasses()
    {
        using var workbook = Written(ExportRun.Export());

        var (header, rows) = workbook.Table("Tổng hợp", "Hạng");

        Assert.Equal(["Hạng", "Mã cơ quan", "Tên cơ quan"], header.Take(3));
        Assert.Equal(["Tổng điểm", "Xếp loại", "Điểm thành phần CCHC (tối đa 100)", "Tiêu chí chưa có dữ liệu"], header.TakeLast(4));
        var total = header.IndexOf("Tổng điểm");
        var summary = rows.Select(r => (
            Rank: WorkbookReader.Number(r[0]), Code: WorkbookReader.Text(r[1]), Total: WorkbookReader.Number(r[total]), Class: WorkbookReader.Text(r[total + 1])))
            .ToList();
        Assert.Equal(
            [(1m, "SXD", 99.5m, "Xuất sắc"), (2m, "STC", 75m, "Tốt"), (3m, "SNV", 61m, "Khá"), (4m, "UBND-11311", 22.5m, "Yếu")],
            summary);
        var onTime = header.IndexOf("DUNG-HAN (tối đa 30)");
        Assert.Equal([30m, 18m, 25m, 10m], rows.Select(r => WorkbookReader.Number(r[onTime])));
        Assert.True(
            WorkbookReader.Text(rows[3][header.IndexOf("HAI-LONG-DICH-VU (tối đa 15)")]) is null,
            "UBND phường Hồng Bàng had no service ratings: its cell is empty, not a zero.");
        Assert.Equal("HAI-LONG-DICH-VU, CONG-KHAI, TON-DONG, THANH-TRA, DAN-VAN-KHEO, DOI-THOAI", WorkbookReader.Text(rows[3][^1]));
    }

    [Fact]
    public void Write_Summary_SaysWhatWasScoredAndThatTheRubricIsAnExample()
    {
        using var workbook = Written(ExportRun.Export());

        Assert.Equal(ExportRun.Result.Fingerprint, workbook.Labelled("Tổng hợp", "Dấu vân tay dữ liệu (SHA-256)"));
        Assert.Equal("Năm 2026", workbook.Labelled("Tổng hợp", "Kỳ đánh giá"));
        Assert.Equal(ExportRun.Rubric.Name, workbook.Labelled("Tổng hợp", "Bộ tiêu chí"));
        Assert.Equal("Chấm điểm năm 2026 – lần 1", workbook.Labelled("Tổng hợp", "Đợt chấm"));
        Assert.Contains("không phải bộ tiêu chí chính thức", workbook.Labelled("Tổng hợp", "Ví dụ"), StringComparison.Ordinal);
        var period = workbook.Rows("Tổng hợp").Single(r => WorkbookReader.Text(WorkbookReader.Cell(r, 1)) == "Kỳ đánh giá");
        var first = WorkbookReader.Cell(period, 3)!;
        Assert.Equal(new DateTime(2026, 1, 1), DateTime.FromOADate((double)WorkbookReader.Number(first)));
        Assert.Equal("dd/mm/yyyy", workbook.NumberFormat(first));
    }

    [Fact]
    public void Write_OfficialRubric_CarriesNoExampleLabel()
    {
        var rubric = ExportRun.Rubric with { IsExample = false, Name = "Bộ tiêu chí năm 2026" };

        using var workbook = Written(ExportRun.Export() with { Rubric = rubric, Result = ScoringCalculator.Score(rubric, ExportRun.Inputs) });

        Assert.Null(workbook.Labelled("Tổng hợp", "Ví dụ"));
    }

    [Fact]
    public void Write_Summary_FreezesTheRowsDownToTheHeader()
    {
        using var workbook = Written(ExportRun.Export());

        var header = workbook.Rows("Tổng hợp").Single(r => WorkbookReader.Text(WorkbookReader.Cell(r, 1)) == "Hạng");
        var pane = workbook.Worksheet("Tổng hợp").Descendants<Pane>().Single();
        Assert.Equal(header.RowIndex!.Value, (uint)pane.VerticalSplit!.Value);
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
    }

    [Fact]
    public void Write_MetricCriterionSheet_ShowsEachAgencysValuePointsAndMaximum()
    {
        using var workbook = Written(ExportRun.Export());

        var (header, rows) = workbook.Table("THOI-GIAN", "Hạng");

        Assert.Equal(["Hạng", "Mã cơ quan", "Tên cơ quan", "Giá trị (ngày làm việc)", "Điểm", "Tối đa", "Ghi chú"], header);
        Assert.Equal(
            [("SXD", 5m, 10m), ("STC", 7.5m, 9m), ("SNV", 10m, 8m), ("UBND-11311", 17.5m, 5m)],
            rows.Select(r => (WorkbookReader.Text(r[1]), WorkbookReader.Number(r[3]), WorkbookReader.Number(r[4]))));
        Assert.All(rows, r => Assert.Equal(10m, WorkbookReader.Number(r[5])));
        Assert.Contains("Tuyến tính: 0 điểm tại 30 ngày làm việc, tối đa tại 5 ngày làm việc", workbook.Labelled("THOI-GIAN", "Cách tính"), StringComparison.Ordinal);

        var (_, services) = workbook.Table("HAI-LONG-DICH-VU", "Hạng");
        Assert.Equal("Không có dữ liệu trong kỳ", WorkbookReader.Text(services[3][6]));
        Assert.Null(WorkbookReader.Text(services[3][4]));
    }

    [Fact]
    public void Write_ManualCriterionSheet_ShowsEvidenceAndNotesWithFormulasNeutralised()
    {
        using var workbook = Written(ExportRun.Export());

        var (header, rows) = workbook.Table("DAN-VAN-KHEO", "Hạng");

        Assert.Equal(["Hạng", "Mã cơ quan", "Tên cơ quan", "Điểm", "Tối đa", "Minh chứng", "Ghi chú"], header);
        var best = rows[0];
        Assert.Equal(3m, WorkbookReader.Number(best[3]));
        Assert.True(
            WorkbookReader.Text(best[5]) == "'" + ExportRun.HyperlinkEvidence,
            $"Evidence typed as a formula must reach Excel as text with a leading apostrophe; got {WorkbookReader.Text(best[5])}.");
        Assert.Equal(CellValues.InlineString, best[5]!.DataType!.Value);
        Assert.Equal("Chưa chấm", WorkbookReader.Text(rows[2][6]));
        var (_, dialogue) = workbook.Table("DOI-THOAI", "Hạng");
        Assert.Equal("'+1 buổi chưa có biên bản", WorkbookReader.Text(dialogue[0][6]));
        Assert.DoesNotContain(workbook.AllCells(), c => c.CellFormula is not null);
    }

    [Fact]
    public void Write_CchcComponent_IsScaledToTheConfiguredMaximum()
    {
        using var workbook = Written(ExportRun.Export(cchcMaxPoints: 20));

        var (header, rows) = workbook.Table("Tổng hợp", "Hạng");

        var cchc = header.IndexOf("Điểm thành phần CCHC (tối đa 20)");
        Assert.True(cchc > 0, "The summary has the CCHC component column with its maximum.");
        Assert.Equal([19.9m, 15m, 12.2m, 4.5m], rows.Select(r => WorkbookReader.Number(r[cchc])));
    }

    [Fact]
    public void Write_CriterionCodesExcelCannotName_AreSanitisedAndKeptApart()
    {
        var rubric = new Rubric
        {
            Name = "Bộ tiêu chí thử tên trang",
            TotalPoints = 10,
            Criteria =
            [
                new() { Code = "A/B:C*?", Name = "Một", MaxPoints = 4, Method = ScoringMethod.Manual },
                new() { Code = "A[B]C??", Name = "Hai", MaxPoints = 3, Method = ScoringMethod.Manual },
                new() { Code = "TIEU-CHI-CO-MA-RAT-DAI-VUOT-QUA-BA-MUOI-MOT-KY-TU", Name = "Ba", MaxPoints = 2, Method = ScoringMethod.Manual },
                new() { Code = "tổng hợp", Name = "Bốn", MaxPoints = 1, Method = ScoringMethod.Manual },
            ],
            ClassThresholds = [new(ScoreClass.Excellent, 9)],
        };
        var result = ScoringCalculator.Score(rubric, [new("SXD", "Sở Xây dựng", new Dictionary<AgencyMetric, decimal?>(), new Dictionary<string, ManualScore>())]);

        using var workbook = Written(new ScoringExport { Period = ExportRun.Period, Rubric = rubric, Result = result });

        Assert.Equal(["Tổng hợp", "A-B-C--", "A-B-C-- (2)", "TIEU-CHI-CO-MA-RAT-DAI-VUOT-QUA", "tổng hợp (2)"], workbook.SheetNames);
        Assert.All(workbook.SheetNames, n => Assert.True(n.Length <= 31 && n.IndexOfAny(['[', ']', ':', '*', '?', '/', '\\']) < 0, $"Excel refuses the sheet name \"{n}\"."));
    }

    [Fact]
    public void Write_StreamThatCannotSeek_IsRefusedWithTheAsyncWayOut()
    {
        using var body = new ResponseBodyStream();

        var refused = Assert.Throws<ArgumentException>(() => ScoringWorkbook.Write(body, ExportRun.Export()));

        Assert.Contains("WriteAsync", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_ResponseBody_GetsTheWholeWorkbookWithoutSynchronousWrites()
    {
        using var body = new ResponseBodyStream();

        await ScoringWorkbook.WriteAsync(body, ExportRun.Export(), CancellationToken.None);

        using var workbook = new WorkbookReader(new MemoryStream(body.Written.ToArray()));
        Assert.Equal("Tổng hợp", workbook.SheetNames[0]);
        Assert.Equal("cham-diem-dan-van-20260101-20261231.xlsx", ScoringWorkbook.FileName(ExportRun.Export()));
    }

    private static WorkbookReader Written(ScoringExport export)
    {
        var stream = new MemoryStream();
        ScoringWorkbook.Write(stream, export);
        return new WorkbookReader(stream);
    }
}

/// <summary>Like Kestrel's response body: forward only, and synchronous writes refused (AllowSynchronousIO is off).</summary>
internal sealed class ResponseBodyStream : Stream
{
    public MemoryStream Written { get; } = new();

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous operations are disallowed.");

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) => Written.WriteAsync(buffer, cancellationToken);

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Written.WriteAsync(buffer, offset, count, cancellationToken);
}
