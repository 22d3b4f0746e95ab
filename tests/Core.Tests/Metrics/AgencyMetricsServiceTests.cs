using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Deadlines;
using DanVan.Feedback.Core.Metrics;
using DanVan.Feedback.Core.Ratings;
using DanVan.Feedback.TestCommon;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Feedback.Core.Tests.Metrics;

/// <summary>
/// The metrics against figures worked out by hand on a small story told through the domain, as staff would:
/// cases that cross the period's start, a transfer between agencies, a clock paused for the filer's reply.
/// Tết 2026 is off from Sat 14/2 to Sun 22/2, so between Thu 12/2 and Tue 24/2 lie three working days (13, 23, 24/2).
/// </summary>
public sealed class AgencyMetricsServiceTests
{
    private const string BuildingDepartment = "SXD";
    private static readonly DeadlineRules Rules = DeadlineRules.CreateDefault();

    [Fact]
    public async Task ForPeriod_SecondHalfOfFebruary_CountsEachStepForTheAgencyThatTookIt()
    {
        // Arrange
        await using var host = await CoreHost.StartAsync();
        var story = await TellStoryAsync(host);

        // Act: 13/2–28/2, which starts after cases 1–3 were received on 12/2.
        var metrics = await ComputeAsync(host, MetricsPeriod.Range(new(2026, 2, 13), new(2026, 2, 28)));

        // Assert
        var ward = metrics.Single(m => m.AgencyCode == story.Ward);
        Assert.True(ward.Received == 1, $"Only case 4 was received in the period; got {ward.Received}.");
        Assert.Equal(3, ward.Accepted);             // cases 1 and 3 on 13/2, case 4 on 25/2
        Assert.Equal(1, ward.TransferredOut);       // case 2, to Sở Xây dựng
        Assert.Equal(0, ward.TransferredIn);
        Assert.Equal(2, ward.Answered);             // case 1 on 24/2 (3 working days), case 3 on 26/2 (5)
        Assert.Equal((2, 2), (ward.AnsweredWithDueDate, ward.AnsweredOnTime));
        Assert.Equal(100m, ward.OnTimeRate);
        Assert.Equal(4m, ward.MedianWorkingDaysToAnswer);
        Assert.Equal(5m, ward.P90WorkingDaysToAnswer);
        Assert.Equal(1, ward.Reopened);             // case 1, at the filer's request
        Assert.Equal((2, 1), (ward.AnswersRated, ward.AnswersSatisfied));
        Assert.Equal(50m, ward.AnswerSatisfactionRate);
        Assert.True(ward.OpenAtEnd == 2, $"Cases 1 (reopened) and 4 are open; got {ward.OpenAtEnd}.");
        Assert.Equal(0, ward.OverdueAtEnd);
        Assert.Equal(1, ward.ServiceRatings);
        Assert.Equal(15, ward.ServicePoints);
        Assert.Equal(Math.Round(100m * 8 / 9, 2), ward.ServiceSatisfactionRate);

        var department = metrics.Single(m => m.AgencyCode == BuildingDepartment);
        Assert.Equal((0, 1, 1), (department.Received, department.TransferredIn, department.Accepted));
        Assert.True(department.Answered == 0 && department.OnTimeRate is null, "Nothing answered: the on-time rate is unknown, not zero.");
        Assert.Equal(1, department.OpenAtEnd);
    }

    [Fact]
    public async Task ForPeriod_February_CountsATransferredCaseAsReceivedByTheAgencyItFirstReached()
    {
        // Arrange
        await using var host = await CoreHost.StartAsync();
        var story = await TellStoryAsync(host);

        // Act
        var metrics = await ComputeAsync(host, MetricsPeriod.Month(2026, 2));

        // Assert
        var ward = metrics.Single(m => m.AgencyCode == story.Ward);
        Assert.Equal(4, ward.Received);
        Assert.Equal(4, ward.ReceivedByKind[CaseKind.Feedback]);
        Assert.Equal(4, ward.ReceivedByChannel[CaseChannel.Web]);
        Assert.Equal(0, metrics.Single(m => m.AgencyCode == BuildingDepartment).Received);
    }

    [Fact]
    public async Task ForPeriod_AnswerAfterItsDueDate_IsLateForTheAgencyThatAnswered()
    {
        // Arrange: Sở Xây dựng answers case 2 at the end of April, long past its due date.
        await using var host = await CoreHost.StartAsync();
        var story = await TellStoryAsync(host);
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 4, 29, 9, 0, 0, VietnamTime.Offset));
        var dueOn = await ChangeAsync(host, story.TransferredCase, (c, now) =>
        {
            var due = c.DueOn;
            Answer(c, now);
            return due;
        });

        // Act
        var april = await ComputeAsync(host, MetricsPeriod.Month(2026, 4));
        var february = await ComputeAsync(host, MetricsPeriod.Month(2026, 2));

        // Assert
        Assert.True(dueOn < new DateOnly(2026, 4, 29), $"The story needs case 2 due before 29/4; it was due {dueOn}.");
        var department = Assert.Single(april, m => m.AgencyCode == BuildingDepartment);
        Assert.Equal((1, 1, 0), (department.Answered, department.AnsweredWithDueDate, department.AnsweredOnTime));
        Assert.Equal(0m, department.OnTimeRate);
        Assert.Equal(0, department.OpenAtEnd);
        Assert.True(
            february.All(m => m.OpenAtEnd is null && m.OverdueAtEnd is null),
            "February has ended and no snapshot of its last day was kept: its backlog is unknown, not zero.");
    }

    [Fact]
    public async Task ForPeriod_NothingHappened_NoAgencyIsListedRatherThanRowsOfZeros()
    {
        await using var host = await CoreHost.StartAsync();
        await TellStoryAsync(host);

        var january = await ComputeAsync(host, MetricsPeriod.Month(2026, 1));

        Assert.Empty(january);
    }

    [Fact]
    public async Task SnapshotJob_NightAfterFebruary_KeepsItsFiguresAndBacklogWhenItsCasesChangeLater()
    {
        // Arrange: the story, then the night of 1/3/2026.
        await using var host = await CoreHost.StartAsync();
        var story = await TellStoryAsync(host);
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 1, 0, 15, 0, VietnamTime.Offset));

        // Act: the job runs (twice, as a retry would), then in March the ward answers case 4, filed in February.
        var first = await SnapshotAsync(host);
        var second = await SnapshotAsync(host);
        host.Clock.SetUtcNow(At(2026, 3, 3));
        await ChangeAsync(host, story.OpenCase, Answer);
        var february = await ReadAsync(host, MetricsPeriod.Month(2026, 2));

        // Assert
        Assert.Equal(first, second);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 0, 15, 0, VietnamTime.Offset), february.TakenAt);
        var ward = february.Agencies.Single(m => m.AgencyCode == story.Ward);
        Assert.True(ward.OpenAtEnd == 2, $"February ended with cases 1 and 4 open at the ward; the snapshot says {ward.OpenAtEnd}.");
        Assert.Equal((4, 2, 4m), (ward.Received, ward.Answered, ward.MedianWorkingDaysToAnswer));
        Assert.Equal(4, ward.ReceivedByKind[CaseKind.Feedback]);
        var stored = await host.QueryAsync(db => db.MetricsSnapshots.CountAsync(s => s.PeriodFirst == new DateOnly(2026, 2, 1) && s.PeriodLast == new DateOnly(2026, 2, 28)));
        Assert.True(stored == february.Agencies.Count, "A second run replaces the period's rows rather than adding to them.");
    }

    [Fact]
    public async Task Read_PeriodWithoutSnapshot_IsComputedNowAndSaysSo()
    {
        await using var host = await CoreHost.StartAsync();
        var story = await TellStoryAsync(host);

        var figures = await ReadAsync(host, MetricsPeriod.Month(2026, 2));

        Assert.Null(figures.TakenAt);
        Assert.Equal(4, figures.Agencies.Single(m => m.AgencyCode == story.Ward).Received);
    }

    [Fact]
    public async Task CaseList_EachFigure_ListsExactlyTheCasesItCounts()
    {
        // Arrange
        await using var host = await CoreHost.StartAsync();
        var story = await TellStoryAsync(host);
        var period = MetricsPeriod.Range(new(2026, 2, 13), new(2026, 2, 28));
        var metrics = await ComputeAsync(host, period);

        // Act and assert: every count of both agencies equals the length of its list.
        foreach (var agency in metrics)
        {
            foreach (var (figure, count) in new[]
            {
                (MetricFigure.Received, agency.Received), (MetricFigure.Accepted, agency.Accepted), (MetricFigure.Refused, agency.Refused),
                (MetricFigure.TransferredOut, agency.TransferredOut), (MetricFigure.TransferredIn, agency.TransferredIn),
                (MetricFigure.Answered, agency.Answered), (MetricFigure.AnsweredLate, agency.AnsweredWithDueDate - agency.AnsweredOnTime),
                (MetricFigure.Reopened, agency.Reopened), (MetricFigure.Escalated, agency.Escalated), (MetricFigure.Published, agency.Published),
            })
            {
                var (rows, total) = await ListAsync(host, period, agency.AgencyCode, figure);
                Assert.True(total == count && rows.Count == count, $"{agency.AgencyCode} {figure}: the figure says {count}, the list holds {total}.");
            }
        }

        var (transferred, _) = await ListAsync(host, period, BuildingDepartment, MetricFigure.TransferredIn);
        Assert.Equal(story.TransferredCase, Assert.Single(transferred).CaseId);
        var (answered, _) = await ListAsync(host, period, story.Ward, MetricFigure.Answered);
        Assert.Equal([3, 5], answered.Select(r => r.WorkingDays));
    }

    [Fact]
    public void Percentiles_ByHand_MedianAveragesTheMiddlePairAndP90IsTheNearestRank()
    {
        Assert.Null(Percentiles.Median([]));
        Assert.Equal(3m, Percentiles.Median([1, 3, 9]));
        Assert.Equal(2.5m, Percentiles.Median([1, 2, 3, 10]));
        Assert.Equal(9m, Percentiles.NearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90));
        Assert.Equal(10m, Percentiles.NearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 90));
        Assert.Equal(7m, Percentiles.NearestRank([7], 90));
        Assert.Null(Percentiles.MedianOf([]));
        Assert.Equal(2.5m, Percentiles.MedianOf([10m, 1m, 3m, 2m]));
        Assert.Equal(50m, Percentiles.MedianOf([100m, 0m, 50m]));
    }

    private sealed record Story(string Ward, long TransferredCase, long OpenCase);

    /// <summary>
    /// Thu 12/2 09:00: cases 1, 2, 3 filed with the ward. Fri 13/2: case 4 filed; case 2 transferred to Sở Xây dựng;
    /// cases 1 and 3 accepted, and the filer of case 3 asked for more information. Tue 24/2: case 1 answered.
    /// Wed 25/2: case 3's filer replies; case 4 accepted. Thu 26/2: case 3 answered; Sở Xây dựng accepts case 2; the
    /// filer of case 1 is not satisfied and has it reopened, the filer of case 3 is satisfied; a service at the ward
    /// is rated 15 of 18 with one indicator not satisfied.
    /// </summary>
    private static async Task<Story> TellStoryAsync(CoreHost host)
    {
        var case1 = await FileAsync(host, "Đèn đường ngõ 45 phố Lạch Tray không sáng");
        var case2 = await FileAsync(host, "Công trình xây dựng lấn chiếm vỉa hè phố Điện Biên Phủ");
        var case3 = await FileAsync(host, "Rác thải tồn đọng tại chân cầu Lạc Long");
        var ward = await host.QueryAsync(db => db.Cases.Where(c => c.Id == case1).Select(c => c.LeadAgencyCode).SingleAsync());

        host.Clock.SetUtcNow(At(2026, 2, 13));
        var case4 = await FileAsync(host, "Hố ga mất nắp trước số 12 phố Hoàng Văn Thụ");
        await ChangeAsync(host, case2, (c, now) => c.Transfer(BuildingDepartment, "Thuộc thẩm quyền quản lý trật tự xây dựng của Sở Xây dựng.", Officer(c), now));
        await ChangeAsync(host, case1, (c, now) => c.Accept(Officer(c), now));
        await ChangeAsync(host, case3, (c, now) =>
        {
            c.Accept(Officer(c), now);
            c.RequestInformation("Đề nghị cho biết vị trí cụ thể của điểm rác.", Officer(c), now);
        });

        host.Clock.SetUtcNow(At(2026, 2, 24));
        await ChangeAsync(host, case1, Answer);

        host.Clock.SetUtcNow(At(2026, 2, 25));
        await ChangeAsync(host, case3, (c, now) => c.RecordInformation("Điểm rác ở phía bắc chân cầu.", null, now));
        await ChangeAsync(host, case4, (c, now) => c.Accept(Officer(c), now));

        host.Clock.SetUtcNow(At(2026, 2, 26));
        await ChangeAsync(host, case3, Answer);
        await ChangeAsync(host, case2, (c, now) => c.Accept(Officer(c), now));
        await host.QueryAsync(async db =>
        {
            var now = host.Clock.GetUtcNow();
            var first = await db.Cases.Include(c => c.Events).SingleAsync(c => c.Id == case1);
            db.AnswerRatings.Add(first.RateAnswer(first.AnsweredAt!.Value, satisfied: false, "Đèn vẫn chưa sáng.", now));
            first.ReopenAtFilersRequest("Đèn vẫn chưa sáng.", TimeSpan.FromDays(30), now);
            var third = await db.Cases.Include(c => c.Events).SingleAsync(c => c.Id == case3);
            db.AnswerRatings.Add(third.RateAnswer(third.AnsweredAt!.Value, satisfied: true, null, now));
            SatisfactionLevel[] scores = [.. Enumerable.Repeat(SatisfactionLevel.VerySatisfied, 6), SatisfactionLevel.Satisfied, SatisfactionLevel.NotSatisfied, SatisfactionLevel.VerySatisfied];
            db.ServiceRatings.Add(new ServiceRating(Guid.NewGuid(), ward, "Chứng thực bản sao", null, scores, null, ServiceRatingChannel.Web, now));
            return await db.SaveChangesAsync();
        });

        return new Story(ward, case2, case4);
    }

    private static void Answer(FeedbackCase c, DateTimeOffset now)
    {
        c.DraftAnswer("Phường đã xử lý xong nội dung phản ánh.", Officer(c), now);
        c.ApproveAnswer(Officer(c), now, Rules.Calendar);
        c.RefreshDeadline(Rules, now);
    }

    private static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 9, 0, 0, VietnamTime.Offset);

    private static StaffActor Officer(FeedbackCase c) => new("thu-nghiem", "Cán bộ thử nghiệm", c.LeadAgencyCode);

    private static async Task<long> FileAsync(CoreHost host, string title)
    {
        var filed = await host.FileAsync(CoreHost.Intake("nguoi.gui@example.vn", title));
        return await host.QueryAsync(db => db.Cases.Where(c => c.TrackingCode == filed.Code.Value).Select(c => c.Id).SingleAsync());
    }

    /// <summary>A step through the domain, with the due date refreshed after it as the workflow service does.</summary>
    private static Task ChangeAsync(CoreHost host, long caseId, Action<FeedbackCase, DateTimeOffset> change) =>
        ChangeAsync(host, caseId, (c, now) =>
        {
            change(c, now);
            return true;
        });

    private static async Task<T> ChangeAsync<T>(CoreHost host, long caseId, Func<FeedbackCase, DateTimeOffset, T> change) =>
        await host.QueryAsync(async db =>
        {
            var feedbackCase = await db.Cases.Include(c => c.Events).Include(c => c.Coordinators).SingleAsync(c => c.Id == caseId);
            var now = host.Clock.GetUtcNow();
            var result = change(feedbackCase, now);
            feedbackCase.RefreshDeadline(Rules, now);
            await db.SaveChangesAsync();
            return result;
        });

    private static async Task<(IReadOnlyList<MetricCaseRow> Rows, int Total)> ListAsync(CoreHost host, MetricsPeriod period, string agencyCode, MetricFigure figure)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MetricCaseList>().ListAsync(period, agencyCode, figure, 1, CancellationToken.None);
    }

    private static async Task<int> SnapshotAsync(CoreHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SnapshotMetricsJob>().ExecuteAsync(CancellationToken.None);
    }

    private static async Task<AgencyPeriodFigures> ReadAsync(CoreHost host, MetricsPeriod period)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AgencyMetricsService>().ReadAsync(period, CancellationToken.None);
    }

    private static async Task<IReadOnlyList<AgencyPeriodMetrics>> ComputeAsync(CoreHost host, MetricsPeriod period)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AgencyMetricsService>().ForPeriodAsync(period, CancellationToken.None);
    }
}
