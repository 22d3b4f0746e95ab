using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Deadlines;
using DanVan.Feedback.Core.Metrics;
using DanVan.Feedback.Core.Scoring;
using DanVan.Feedback.Core.Scoring.Export;
using DanVan.Feedback.TestCommon;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Feedback.Core.Tests.Scoring.Export;

/// <summary>
/// The drill-down sheets against a real database: two phản ánh filed with the ward on Thu 12/2/2026 and accepted on
/// Fri 13/2; the first answered on Tue 24/2 (3 working days after Tết), the second on Thu 26/2 (5).
/// </summary>
public sealed class ScoringDrillDownsTests
{
    private const string FilerName = "Trần Văn Bình";
    private static readonly DeadlineRules Rules = DeadlineRules.CreateDefault();
    private static readonly MetricsPeriod February = MetricsPeriod.Month(2026, 2);

    [Fact]
    public async Task Write_AnsweredCases_ListedUnderTheOnTimeCriterionWithRealDatesAndWorkingDays()
    {
        // Arrange
        await using var host = await CoreHost.StartAsync();
        var story = await TellStoryAsync(host);
        var export = await ExportAsync(host, ScoringDrillDowns.DefaultMaxRowsPerList);

        // Act
        using var workbook = Written(export);

        // Assert
        Assert.Contains("Hồ sơ DUNG-HAN", workbook.SheetNames);
        var (header, rows) = workbook.Table("Hồ sơ DUNG-HAN", "Mã cơ quan");
        Assert.Equal(["Mã cơ quan", "Mã hồ sơ", "Loại", "Lĩnh vực", "Ngày tiếp nhận", "Ngày trả lời", "Hạn xử lý", "Số ngày làm việc", "Đúng hạn"], header);
        Assert.Equal(
            [(story.Ward, story.Codes[0], "Phản ánh", "ha-tang-dia-phuong", 3m, "Có"), (story.Ward, story.Codes[1], "Phản ánh", "ha-tang-dia-phuong", 5m, "Có")],
            rows.Select(r => (WorkbookReader.Text(r[0]), WorkbookReader.Text(r[1]), WorkbookReader.Text(r[2]), WorkbookReader.Text(r[3]), WorkbookReader.Number(r[7]), WorkbookReader.Text(r[8]))));
        var received = rows[0][4]!;
        Assert.Equal(new DateTime(2026, 2, 12, 9, 0, 0), DateTime.FromOADate((double)WorkbookReader.Number(received)));
        Assert.Equal("dd/mm/yyyy hh:mm", workbook.NumberFormat(received));
        Assert.Equal(new DateTime(2026, 2, 24, 9, 0, 0), DateTime.FromOADate((double)WorkbookReader.Number(rows[0][5])));
        Assert.Equal("dd/mm/yyyy", workbook.NumberFormat(rows[0][6]!));
    }

    [Fact]
    public async Task Write_MetricWithoutCases_SaysThereIsNoListInsteadOfAnEmptyTable()
    {
        await using var host = await CoreHost.StartAsync();
        await TellStoryAsync(host);
        var export = await ExportAsync(host, ScoringDrillDowns.DefaultMaxRowsPerList);

        using var workbook = Written(export);

        Assert.Contains("không có danh sách hồ sơ", workbook.Labelled("Hồ sơ HAI-LONG-DICH-VU", "Không có danh sách hồ sơ"), StringComparison.Ordinal);
        Assert.Equal(
            ["Hồ sơ DUNG-HAN", "Hồ sơ THOI-GIAN", "Hồ sơ HAI-LONG-TRA-LOI", "Hồ sơ HAI-LONG-DICH-VU", "Hồ sơ CONG-KHAI", "Hồ sơ TON-DONG", "Hồ sơ THANH-TRA"],
            workbook.SheetNames.Where(n => n.StartsWith("Hồ sơ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Write_ListLongerThanTheCap_ShowsTheFirstRowsAndSaysHowManyThereAre()
    {
        await using var host = await CoreHost.StartAsync();
        var story = await TellStoryAsync(host);
        var export = await ExportAsync(host, maxRowsPerList: 1);

        using var workbook = Written(export);

        var (_, rows) = workbook.Table("Hồ sơ DUNG-HAN", "Mã cơ quan");
        Assert.Equal([story.Codes[0]], rows.Select(r => WorkbookReader.Text(r[1])));
        Assert.Equal($"{story.Ward}: hiện 1 trên 2 hồ sơ.", workbook.Labelled("Hồ sơ DUNG-HAN", "Danh sách bị cắt"));
    }

    [Fact]
    public async Task Write_DrillDowns_CarryNoPersonalData()
    {
        await using var host = await CoreHost.StartAsync();
        await TellStoryAsync(host);
        var export = await ExportAsync(host, ScoringDrillDowns.DefaultMaxRowsPerList);

        using var workbook = Written(export);

        var text = string.Join("\n", workbook.AllText());
        foreach (var personal in new[] { FilerName, "nguoi.gui@example.vn", "Đèn đường ngõ 45", "ngõ 45 tối om" })
        {
            Assert.False(text.Contains(personal, StringComparison.Ordinal), $"The workbook must not show \"{personal}\": assessors see no personal data.");
        }
    }

    [Fact]
    public async Task LoadAsync_TwoCriteriaOnTheAnswers_ReadTheListOnce()
    {
        await using var host = await CoreHost.StartAsync();
        await TellStoryAsync(host);

        var export = await ExportAsync(host, ScoringDrillDowns.DefaultMaxRowsPerList);

        var onTime = export.DrillDowns.Single(d => d.CriterionCode == "DUNG-HAN");
        var days = export.DrillDowns.Single(d => d.CriterionCode == "THOI-GIAN");
        Assert.Equal(MetricFigure.Answered, onTime.Figure);
        Assert.Same(onTime.Agencies.Single(), days.Agencies.Single());
        Assert.Null(export.DrillDowns.Single(d => d.CriterionCode == "TON-DONG").Figure);
    }

    private static WorkbookReader Written(ScoringExport export)
    {
        var stream = new MemoryStream();
        ScoringWorkbook.Write(stream, export);
        return new WorkbookReader(stream);
    }

    /// <summary>A scoring of February as a run would do it: the period's figures, the agencies' names, the example rubric.</summary>
    private static async Task<ScoringExport> ExportAsync(CoreHost host, int maxRowsPerList)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var metrics = await scope.ServiceProvider.GetRequiredService<AgencyMetricsService>().ForPeriodAsync(February, CancellationToken.None);
        var codes = metrics.Select(m => m.AgencyCode).ToList();
        var names = await scope.ServiceProvider.GetRequiredService<DanVan.Feedback.Core.Data.FeedbackDbContext>().Agencies
            .Where(a => codes.Contains(a.Code)).ToDictionaryAsync(a => a.Code, a => a.Name);
        var inputs = metrics.Select(m => new AgencyScoringInput(m.AgencyCode, names[m.AgencyCode], m.ForScoring(), new Dictionary<string, ManualScore>())).ToList();
        var rubric = ExampleRubric.Create();
        var result = ScoringCalculator.Score(rubric, inputs);
        var drillDowns = await scope.ServiceProvider.GetRequiredService<ScoringDrillDowns>()
            .LoadAsync(rubric, result, February, CancellationToken.None, maxRowsPerList);
        return new ScoringExport { Period = February, Rubric = rubric, Result = result, Inputs = inputs, DrillDowns = drillDowns };
    }

    private sealed record Story(string Ward, IReadOnlyList<string> Codes);

    private static async Task<Story> TellStoryAsync(CoreHost host)
    {
        var first = await host.FileAsync(CoreHost.Intake("nguoi.gui@example.vn"));
        var second = await host.FileAsync(CoreHost.Intake("nguoi.gui@example.vn", "Đèn đường ngõ 45 vẫn chưa sáng"));
        var ids = await host.QueryAsync(db => db.Cases.OrderBy(c => c.Id).Select(c => c.Id).ToListAsync());

        host.Clock.SetUtcNow(At(2026, 2, 13));
        foreach (var id in ids)
        {
            await ChangeAsync(host, id, (c, now) => c.Accept(Officer(c), now));
        }

        host.Clock.SetUtcNow(At(2026, 2, 24));
        await ChangeAsync(host, ids[0], Answer);
        host.Clock.SetUtcNow(At(2026, 2, 26));
        await ChangeAsync(host, ids[1], Answer);

        var ward = await host.QueryAsync(db => db.Cases.Where(c => c.Id == ids[0]).Select(c => c.LeadAgencyCode).SingleAsync());
        return new Story(ward, [first.Code.ToString(), second.Code.ToString()]);
    }

    private static void Answer(FeedbackCase c, DateTimeOffset now)
    {
        c.DraftAnswer("Phường đã thay bóng đèn.", Officer(c), now);
        c.ApproveAnswer(Officer(c), now, Rules.Calendar);
    }

    private static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 9, 0, 0, VietnamTime.Offset);

    private static StaffActor Officer(FeedbackCase c) => new("thu-nghiem", "Cán bộ thử nghiệm", c.LeadAgencyCode);

    private static async Task ChangeAsync(CoreHost host, long caseId, Action<FeedbackCase, DateTimeOffset> change) =>
        await host.QueryAsync(async db =>
        {
            var feedbackCase = await db.Cases.Include(c => c.Events).Include(c => c.Coordinators).SingleAsync(c => c.Id == caseId);
            var now = host.Clock.GetUtcNow();
            change(feedbackCase, now);
            feedbackCase.RefreshDeadline(Rules, now);
            return await db.SaveChangesAsync();
        });
}
