using System.Text;
using DanVan.Feedback.Core.Scoring;
using DanVan.Feedback.Core.Scoring.Export;

namespace DanVan.Feedback.Core.Tests.Scoring.Export;

public sealed class ScoringCsvTests
{
    [Fact]
    public void Write_Summary_StartsWithTheByteOrderMarkAndParsesBackInRankOrder()
    {
        var text = Written(ScoringCsv.Write, ExportRun.Export());

        Assert.True(text[0] == '\uFEFF' && text[1] != '\uFEFF', "Exactly one byte-order mark, so Excel reads the file as UTF-8.");
        var records = Parse(text[1..]);
        Assert.Equal(["Hạng", "Mã cơ quan", "Tên cơ quan", "DUNG-HAN (tối đa 30)"], records[0].Take(4));
        Assert.Equal(["Tổng điểm", "Xếp loại", "Điểm thành phần CCHC (tối đa 100)", "Tiêu chí chưa có dữ liệu"], records[0].TakeLast(4));
        Assert.Equal(
            [["1", "SXD", "99.5", "Xuất sắc"], ["2", "STC", "75", "Tốt"], ["3", "SNV", "61", "Khá"], ["4", "UBND-11311", "22.5", "Yếu"]],
            records.Skip(1).Select(r => new[] { r[0], r[1], r[^4], r[^3] }));
        Assert.All(records, r => Assert.Equal(records[0].Count, r.Count));
        Assert.Equal("", records[4][records[0].IndexOf("HAI-LONG-DICH-VU (tối đa 15)")]);
    }

    [Fact]
    public void Write_NameWithCommaAndQuotes_IsQuotedAsRfc4180Says()
    {
        var text = Written(ScoringCsv.Write, ExportRun.Export());

        Assert.Contains(",\"Sở Nội vụ, thành phố \"\"Hải Phòng\"\"\",", text, StringComparison.Ordinal);
        Assert.Equal(ExportRun.InteriorName, Parse(text[1..])[3][2]);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+84 225 3842 333", "'+84 225 3842 333")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1:A2)", "'@SUM(A1:A2)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("\r=1", "'\r=1")]
    [InlineData("Sở Tài chính", "Sở Tài chính")]
    [InlineData("UBND-11311", "UBND-11311")]
    public void Write_AgencyNameStartingLikeAFormula_GetsALeadingApostrophe(string name, string expected)
    {
        var result = ScoringCalculator.Score(ExportRun.Rubric, [new("SXD", name, new Dictionary<AgencyMetric, decimal?>(), new Dictionary<string, ManualScore>())]);

        var records = Parse(Written(ScoringCsv.Write, ExportRun.Export() with { Result = result })[1..]);

        Assert.Equal(expected, records[1][2]);
    }

    [Fact]
    public void WriteCchcComponent_ScaledToTwenty_ListsCodeNameAndPoints()
    {
        var text = Written(ScoringCsv.WriteCchcComponent, ExportRun.Export(cchcMaxPoints: 20));

        Assert.Equal(
            [
                ["Mã cơ quan", "Tên cơ quan", "Điểm thành phần CCHC (tối đa 20)"],
                ["SXD", "Sở Xây dựng", "19.9"],
                ["STC", "Sở Tài chính", "15"],
                ["SNV", ExportRun.InteriorName, "12.2"],
                ["UBND-11311", "UBND phường Hồng Bàng", "4.5"],
            ],
            Parse(text[1..]));
    }

    [Fact]
    public async Task WriteAsync_ResponseBody_GetsUtf8WithOneByteOrderMark()
    {
        using var body = new ResponseBodyStream();

        await ScoringCsv.WriteAsync(body, ExportRun.Export(), CancellationToken.None);

        var bytes = body.Written.ToArray();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.NotEqual([0xEF, 0xBB, 0xBF], bytes[3..6]);
        Assert.StartsWith("Hạng,", Encoding.UTF8.GetString(bytes[3..]), StringComparison.Ordinal);
    }

    private static string Written(Action<TextWriter, ScoringExport> write, ScoringExport export)
    {
        using var writer = new StringWriter();
        write(writer, export);
        return writer.ToString();
    }

    /// <summary>RFC 4180 read back: fields by commas, quoted fields with doubled quotes, records ended by CRLF.</summary>
    private static List<List<string>> Parse(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        Assert.True(field.Length == 0 && record.Count == 0, "The file ends with a complete record.");
        return records;
    }
}
