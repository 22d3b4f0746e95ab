using System.Globalization;
using System.Text;

namespace DanVan.Feedback.Core.Scoring.Export;

/// <summary>
/// A scoring run's summary table, and the CCHC component alone, as CSV (RFC 4180): comma-separated, CRLF, fields
/// quoted when they hold a comma, a quote or a line break. UTF-8 with a byte-order mark so Excel reads Vietnamese.
/// Numbers use a full stop for decimals (invariant culture): the file is for exchange; the workbook is for reading.
/// </summary>
public static class ScoringCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    private const char ByteOrderMark = '\uFEFF';

    /// <summary>
    /// Writes the summary: rank, agency, points per criterion, total, class, CCHC component. The byte-order mark is
    /// written as the first character, so give a writer whose encoding adds none (as <c>new StreamWriter(stream)</c>).
    /// </summary>
    public static void Write(TextWriter writer, ScoringExport export)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(export);
        var criteria = export.Rubric.Criteria;
        writer.Write(ByteOrderMark);
        WriteRecord(writer, [
            "Hạng", "Mã cơ quan", "Tên cơ quan",
            .. criteria.Select(c => $"{c.Code} (tối đa {Number(c.MaxPoints)})"),
            "Tổng điểm", "Xếp loại", $"Điểm thành phần CCHC (tối đa {Number(export.CchcComponentMaxPoints)})", "Tiêu chí chưa có dữ liệu",
        ]);
        var cchc = CchcComponent.For(export.Result, export.Rubric, export.CchcComponentMaxPoints);
        foreach (var (agency, component) in export.Result.Agencies.Zip(cchc))
        {
            WriteRecord(writer, [
                agency.Rank.ToString(CultureInfo.InvariantCulture), Text(agency.AgencyCode), Text(agency.AgencyName),
                .. criteria.Select(c => Number(agency.Criteria.FirstOrDefault(s => string.Equals(s.CriterionCode, c.Code, StringComparison.OrdinalIgnoreCase))?.Points)),
                Number(agency.Total), ScoreClassNames.Vietnamese(agency.Class), Number(component.Points), Text(string.Join(", ", agency.MissingCriteria)),
            ]);
        }
    }

    /// <summary>The figure the CCHC assessment takes (task 4.7): agency code, name and component points, in rank order.</summary>
    public static void WriteCchcComponent(TextWriter writer, ScoringExport export)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(export);
        writer.Write(ByteOrderMark);
        WriteRecord(writer, ["Mã cơ quan", "Tên cơ quan", $"Điểm thành phần CCHC (tối đa {Number(export.CchcComponentMaxPoints)})"]);
        foreach (var component in CchcComponent.For(export.Result, export.Rubric, export.CchcComponentMaxPoints))
        {
            WriteRecord(writer, [Text(component.AgencyCode), Text(component.AgencyName), Number(component.Points)]);
        }
    }

    /// <summary>The summary to any stream, e.g. <c>Response.Body</c>: built in memory (a row per agency) and copied asynchronously.</summary>
    public static Task WriteAsync(Stream destination, ScoringExport export, CancellationToken cancellationToken) =>
        CopyAsync(destination, writer => Write(writer, export), cancellationToken);

    public static Task WriteCchcComponentAsync(Stream destination, ScoringExport export, CancellationToken cancellationToken) =>
        CopyAsync(destination, writer => WriteCchcComponent(writer, export), cancellationToken);

    /// <summary>A file name for the download, e.g. <c>cham-diem-dan-van-20260101-20261231.csv</c>; <paramref name="cchc"/> names the component file.</summary>
    public static string FileName(ScoringExport export, bool cchc = false)
    {
        ArgumentNullException.ThrowIfNull(export);
        return $"{(cchc ? "thanh-phan-cchc" : "cham-diem-dan-van")}-{export.Period.First:yyyyMMdd}-{export.Period.Last:yyyyMMdd}.csv";
    }

    private static async Task CopyAsync(Stream destination, Action<TextWriter> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        write(text);
        await destination.WriteAsync(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text.ToString()), cancellationToken);
    }

    private static void WriteRecord(TextWriter writer, IEnumerable<string> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                writer.Write(',');
            }

            writer.Write(Quote(field));
            first = false;
        }

        writer.Write("\r\n");
    }

    // RFC 4180, 2.6–2.7: a field holding a comma, a quote or a line break is quoted, and its quotes doubled.
    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;

    private static string Text(string? text) => SpreadsheetText.Neutralise(text);

    private static string Number(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";
}
