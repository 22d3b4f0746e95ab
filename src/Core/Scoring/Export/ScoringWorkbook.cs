using System.Globalization;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Metrics;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DanVan.Feedback.Core.Scoring.Export;

/// <summary>
/// A scoring run as an Excel workbook (issue 6, item 4): "Tổng hợp" (ranks, points per criterion, total, class, CCHC
/// component), a sheet per criterion, and a sheet of the cases behind each metric criterion. Numbers are numeric
/// cells; dates are real Excel dates in Hải Phòng's time (UTC+7), shown dd/mm/yyyy or dd/mm/yyyy hh:mm.
/// </summary>
public static class ScoringWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public const string SummarySheetName = "Tổng hợp";

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>
    /// Writes the workbook to a stream that can seek (a <see cref="MemoryStream"/> or a file): the Open XML package is
    /// a zip whose parts are written out of order. For a response body use <see cref="WriteAsync"/>.
    /// </summary>
    public static void Write(Stream stream, ScoringExport export)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(export);
        if (!stream.CanSeek || !stream.CanWrite)
        {
            throw new ArgumentException("The workbook needs a writable stream that can seek; use WriteAsync for a response body.", nameof(stream));
        }

        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles.Create();
        var names = new SheetNames();
        var sheets = new List<Sheet>();

        void AddSheet(string wantedName, Action<WorksheetPart> write)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            write(part);
            sheets.Add(new Sheet { Name = names.Add(wantedName), SheetId = (uint)sheets.Count + 1, Id = workbook.GetIdOfPart(part) });
        }

        AddSheet(SummarySheetName, part => WriteSummary(part, export));
        foreach (var criterion in export.Rubric.Criteria)
        {
            AddSheet(criterion.Code, part => WriteCriterion(part, export, criterion));
        }

        foreach (var drillDown in export.DrillDowns)
        {
            AddSheet($"Hồ sơ {drillDown.CriterionCode}", part => WriteDrillDown(part, export, drillDown));
        }

        workbook.Workbook = new Workbook(new Sheets(sheets));
        workbook.Workbook.Save();
    }

    /// <summary>
    /// Writes the workbook to any stream, e.g. <c>Response.Body</c>: it is built in a temporary file (deleted on close,
    /// so a year of drill-downs does not sit in memory) and then copied asynchronously. The caller need not buffer.
    /// </summary>
    public static async Task WriteAsync(Stream destination, ScoringExport export, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        var path = Path.Combine(Path.GetTempPath(), $"danvan-scoring-{Guid.NewGuid():N}.xlsx");
        await using var buffer = new FileStream(
            path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81_920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        Write(buffer, export);
        buffer.Position = 0;
        await buffer.CopyToAsync(destination, cancellationToken);
    }

    /// <summary>A file name for the download, e.g. <c>cham-diem-dan-van-20260101-20261231.xlsx</c>.</summary>
    public static string FileName(ScoringExport export)
    {
        ArgumentNullException.ThrowIfNull(export);
        return $"cham-diem-dan-van-{export.Period.First:yyyyMMdd}-{export.Period.Last:yyyyMMdd}.xlsx";
    }

    private static void WriteSummary(WorksheetPart part, ScoringExport export)
    {
        var rubric = export.Rubric;
        var about = new List<SheetCell[]>
        {
            Label("Bộ tiêu chí", SheetCell.Text(rubric.Name)),
            Label("Tổng điểm của bộ tiêu chí", SheetCell.Points(rubric.TotalPoints)),
            Label("Kỳ đánh giá", SheetCell.Text(export.Period.Label), SheetCell.Date(export.Period.First), SheetCell.Date(export.Period.Last)),
            Label("Dấu vân tay dữ liệu (SHA-256)", SheetCell.Text(export.Fingerprint)),
        };
        if (export.RunName is { Length: > 0 } runName)
        {
            about.Add(Label("Đợt chấm", SheetCell.Text(runName)));
        }

        if (export.CreatedAt is { } createdAt)
        {
            about.Add(Label("Thời điểm tạo (giờ Hải Phòng)", SheetCell.Moment(createdAt)));
        }

        about.Add(Label("Điểm thành phần CCHC", SheetCell.Text(
            $"Tổng điểm quy đổi tỷ lệ về thang {Format(export.CchcComponentMaxPoints)} điểm, làm tròn 2 chữ số thập phân (nhiệm vụ 4.7).")));
        if (rubric.IsExample)
        {
            about.Add(Label("Ví dụ", SheetCell.Text("Bộ tiêu chí mẫu để điều chỉnh, không phải bộ tiêu chí chính thức của Sở Nội vụ.")));
        }

        var headerRow = (uint)about.Count + 3; // title, the rows above, a blank row
        var criteria = rubric.Criteria;
        var widths = new List<double> { 7, 16, 42 };
        widths.AddRange(criteria.Select(_ => 13d));
        widths.AddRange([11, 12, 16, 28]);
        using var sheet = new SheetWriter(part, widths, headerRow);
        sheet.Row(SheetCell.Header("Kết quả chấm điểm, xếp loại công tác dân vận (nhiệm vụ 3.1)"));
        foreach (var row in about)
        {
            sheet.Row(row);
        }

        sheet.BlankRow();
        sheet.Row([
            SheetCell.Header("Hạng"), SheetCell.Header("Mã cơ quan"), SheetCell.Header("Tên cơ quan"),
            .. criteria.Select(c => SheetCell.Header($"{c.Code} (tối đa {Format(c.MaxPoints)})")),
            SheetCell.Header("Tổng điểm"), SheetCell.Header("Xếp loại"),
            SheetCell.Header($"Điểm thành phần CCHC (tối đa {Format(export.CchcComponentMaxPoints)})"),
            SheetCell.Header("Tiêu chí chưa có dữ liệu"),
        ]);
        var cchc = CchcComponent.For(export.Result, rubric, export.CchcComponentMaxPoints);
        foreach (var (agency, component) in export.Result.Agencies.Zip(cchc))
        {
            sheet.Row([
                SheetCell.Number(agency.Rank), SheetCell.Text(agency.AgencyCode), SheetCell.Text(agency.AgencyName),
                .. criteria.Select(c => SheetCell.Points(Score(agency, c.Code)?.Points)),
                SheetCell.Points(agency.Total), SheetCell.Text(ScoreClassNames.Vietnamese(agency.Class)), SheetCell.Points(component.Points),
                SheetCell.Text(string.Join(", ", agency.MissingCriteria)),
            ]);
        }
    }

    private static void WriteCriterion(WorksheetPart part, ScoringExport export, RubricCriterion criterion)
    {
        var manual = criterion.Method == ScoringMethod.Manual;
        var info = criterion.Metric is { } metric ? AgencyMetricInfo.For(metric) : null;
        var about = new List<SheetCell[]>
        {
            Label("Cách tính", SheetCell.Text(Method(criterion, info))),
            Label("Điểm tối đa", SheetCell.Points(criterion.MaxPoints)),
        };
        if (info is not null)
        {
            about.Add(Label("Chỉ số", SheetCell.Text($"{info.Name} ({info.Unit}; {(info.HigherIsBetter ? "càng cao càng tốt" : "càng thấp càng tốt")})")));
        }

        if (manual && criterion.EvidenceHint is { Length: > 0 } hint)
        {
            about.Add(Label("Minh chứng cần có", SheetCell.Text(hint)));
        }

        var headerRow = (uint)about.Count + 3;
        using var sheet = new SheetWriter(part, manual ? [7, 16, 42, 10, 10, 50, 40] : [7, 16, 42, 14, 10, 10, 30], headerRow);
        sheet.Row(SheetCell.Header($"{criterion.Code} – {criterion.Name}"));
        foreach (var row in about)
        {
            sheet.Row(row);
        }

        sheet.BlankRow();
        if (manual)
        {
            sheet.Row(Headers("Hạng", "Mã cơ quan", "Tên cơ quan", "Điểm", "Tối đa", "Minh chứng", "Ghi chú"));
        }
        else
        {
            sheet.Row(Headers("Hạng", "Mã cơ quan", "Tên cơ quan", $"Giá trị ({info?.Unit})", "Điểm", "Tối đa", "Ghi chú"));
        }

        foreach (var agency in export.Result.Agencies)
        {
            var score = Score(agency, criterion.Code);
            if (manual)
            {
                var entered = export.ManualScore(agency.AgencyCode, criterion.Code);
                var note = score?.Points is null ? "Chưa chấm" : entered?.Note;
                sheet.Row(
                    SheetCell.Number(agency.Rank), SheetCell.Text(agency.AgencyCode), SheetCell.Text(agency.AgencyName),
                    SheetCell.Points(score?.Points), SheetCell.Points(criterion.MaxPoints), SheetCell.Text(entered?.Evidence), SheetCell.Text(note));
            }
            else
            {
                sheet.Row(
                    SheetCell.Number(agency.Rank), SheetCell.Text(agency.AgencyCode), SheetCell.Text(agency.AgencyName),
                    SheetCell.Number(score?.Value), SheetCell.Points(score?.Points), SheetCell.Points(criterion.MaxPoints),
                    SheetCell.Text(score?.Points is null ? "Không có dữ liệu trong kỳ" : null));
            }
        }
    }

    private static void WriteDrillDown(WorksheetPart part, ScoringExport export, CriterionDrillDown drillDown)
    {
        var info = AgencyMetricInfo.For(drillDown.Metric);
        var about = new List<SheetCell[]>
        {
            Label("Kỳ đánh giá", SheetCell.Text(export.Period.Label)),
            Label("Chỉ số", SheetCell.Text(info.Name)),
        };
        if (drillDown.Figure is not { } figure)
        {
            about.Add(Label("Không có danh sách hồ sơ", SheetCell.Text(drillDown.NoListReason)));
            using var empty = new SheetWriter(part, [28, 90], 0);
            empty.Row(SheetCell.Header($"Hồ sơ sau tiêu chí {drillDown.CriterionCode}"));
            foreach (var row in about)
            {
                empty.Row(row);
            }

            return;
        }

        about.Add(Label("Danh sách", SheetCell.Text(Describe(figure))));
        about.Add(Label("Ngày giờ", SheetCell.Text("Giờ Hải Phòng (UTC+7), ô ngày tháng của Excel.")));
        foreach (var capped in drillDown.Agencies.Where(a => a.IsCapped))
        {
            about.Add(Label("Danh sách bị cắt", SheetCell.Text(
                $"{capped.AgencyCode}: hiện {capped.Rows.Count.ToString("N0", Vietnamese)} trên {capped.Total.ToString("N0", Vietnamese)} hồ sơ.")));
        }

        // Excel stops at 1,048,576 rows: say so above the table rather than lose rows silently.
        var rows = drillDown.Agencies.Sum(a => (long)a.Rows.Count);
        var room = SheetWriter.MaxRows - (about.Count + 4);
        if (rows > room)
        {
            about.Add(Label("Trang tính đầy", SheetCell.Text(
                $"Chỉ hiện {room.ToString("N0", Vietnamese)} trên {rows.ToString("N0", Vietnamese)} dòng (giới hạn số dòng của Excel).")));
        }

        var headerRow = (uint)about.Count + 3;
        using var sheet = new SheetWriter(part, [16, 14, 14, 24, 17, 17, 12, 10, 10], headerRow);
        sheet.Row(SheetCell.Header($"Hồ sơ sau tiêu chí {drillDown.CriterionCode} – {info.Name}"));
        foreach (var row in about)
        {
            sheet.Row(row);
        }

        sheet.BlankRow();
        sheet.Row(Headers("Mã cơ quan", "Mã hồ sơ", "Loại", "Lĩnh vực", "Ngày tiếp nhận", EventLabel(figure), "Hạn xử lý", "Số ngày làm việc", "Đúng hạn"));
        foreach (var list in drillDown.Agencies)
        {
            foreach (var row in list.Rows)
            {
                if (sheet.RowNumber >= SheetWriter.MaxRows)
                {
                    return;
                }

                var onTime = figure == MetricFigure.Answered && row.DueOn is { } due
                    ? (AgencyMetricsService.IsOnTime(row.At, due) ? "Có" : "Không")
                    : null;
                sheet.Row(
                    SheetCell.Text(list.AgencyCode), SheetCell.Text(CaseCode(row.TrackingCode)), SheetCell.Text(KindName(row.Kind)),
                    SheetCell.Text(row.TopicCode), SheetCell.Moment(row.ReceivedAt), SheetCell.Moment(row.At), SheetCell.Date(row.DueOn),
                    SheetCell.Number(row.WorkingDays), SheetCell.Text(onTime));
            }
        }
    }

    private static SheetCell[] Label(string label, params SheetCell[] values) => [SheetCell.Header(label), .. values];

    private static SheetCell[] Headers(params string[] labels) => [.. labels.Select(SheetCell.Header)];

    private static CriterionScore? Score(AgencyScore agency, string criterionCode) =>
        agency.Criteria.FirstOrDefault(c => string.Equals(c.CriterionCode, criterionCode, StringComparison.OrdinalIgnoreCase));

    private static string Method(RubricCriterion criterion, AgencyMetricInfo? info) => criterion.Method switch
    {
        ScoringMethod.Bands => "Theo khung: " + string.Join("; ", criterion.Bands.OrderBy(b => b.From).Select(b => b.To is { } to
            ? $"từ {Format(b.From)} đến dưới {Format(to)} {info?.Unit}: {Format(b.Points)} điểm"
            : $"từ {Format(b.From)} {info?.Unit} trở lên: {Format(b.Points)} điểm")),
        ScoringMethod.Linear => $"Tuyến tính: 0 điểm tại {Format(criterion.ZeroPointsAt ?? 0)} {info?.Unit}, tối đa tại {Format(criterion.FullPointsAt ?? 0)} {info?.Unit}.",
        _ => "Chấm tay, có minh chứng.",
    };

    private static string Describe(MetricFigure figure) => figure switch
    {
        MetricFigure.Answered => "Các câu trả lời gửi trong kỳ (hồ sơ trả lời lại được tính mỗi lần). Đúng hạn: ngày trả lời theo giờ Hải Phòng không sau hạn xử lý; tỷ lệ đúng hạn tính trên các câu trả lời có hạn xử lý.",
        MetricFigure.Published => "Các câu trả lời được công khai trên Cổng trong kỳ.",
        MetricFigure.Escalated => "Các hồ sơ được đưa vào danh sách rà soát của Thanh tra thành phố trong kỳ (mỗi hồ sơ một lần).",
        MetricFigure.Reopened => "Các câu trả lời được mở lại theo đề nghị của người gửi trong kỳ.",
        _ => figure.ToString(),
    };

    private static string EventLabel(MetricFigure figure) => figure switch
    {
        MetricFigure.Answered => "Ngày trả lời",
        MetricFigure.Published => "Ngày công khai",
        MetricFigure.Escalated => "Ngày chuyển Thanh tra",
        MetricFigure.Reopened => "Ngày mở lại",
        _ => "Ngày sự kiện",
    };

    private static string KindName(CaseKind kind) => kind switch
    {
        CaseKind.Feedback => "Phản ánh",
        CaseKind.Recommendation => "Kiến nghị",
        CaseKind.Complaint => "Khiếu nại",
        CaseKind.Denunciation => "Tố cáo",
        _ => kind.ToString(),
    };

    private static string CaseCode(string stored) => TrackingCode.TryParse(stored, out var code) ? code.ToString() : stored;

    private static string Format(decimal value) => value.ToString("0.##", Vietnamese);
}
