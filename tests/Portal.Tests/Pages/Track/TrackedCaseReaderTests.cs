using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Deadlines;
using DanVan.Feedback.Portal.Pages.Track;
using DanVan.Feedback.TestCommon;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Feedback.Portal.Tests.Pages.Track;

/// <summary>
/// The Portal on SQLite reads a look-up through its own prepared statements (<see cref="SqliteTrackedCaseReader"/>);
/// every other provider through EF (<see cref="EntityTrackedCaseReader"/>). Both must read the same case the same way,
/// down to each converted column, and the prepared statements must see what staff change after them.
/// </summary>
public sealed class TrackedCaseReaderTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private static readonly StaffActor Officer = new("officer-1", "Cán bộ thử nghiệm", "UBND-11311");

    [Fact]
    public void PortalOnSqlite_ReadsThroughPreparedStatements()
    {
        Assert.IsType<SqliteTrackedCaseReader>(fixture.Factory.Services.GetRequiredService<ITrackedCaseReader>());
    }

    [Fact]
    public async Task AnsweredCase_BothReadersGiveTheSameCaseAndHistory()
    {
        // Arrange
        var code = await FileAsync(Feedback());
        await StepAsync(code, (c, now, _) => c.Accept(Officer, now));
        await StepAsync(code, (c, now, _) => c.DraftAnswer("Phường đã **xử lý** xong.", Officer, now));
        await StepAsync(code, (c, now, calendar) => c.ApproveAnswer(Officer, now, calendar));

        // Act
        var (prepared, entity) = await ReadBothAsync(code);

        // Assert
        Assert.NotNull(prepared);
        Assert.Equal(CaseStatus.Answered, prepared.Status);
        Assert.Equal("Phường đã **xử lý** xong.", prepared.AnswerText);
        Assert.NotNull(prepared.AnsweredAt);
        Assert.Contains(prepared.History, e => e.Type == CaseEventType.Answered && e.Days == 0);
        AssertSame(entity, prepared);
    }

    [Fact]
    public async Task Denunciation_BothReadersGiveTheSealedIdentityAndNoContact()
    {
        // Arrange
        var code = await FileAsync(Feedback() with
        {
            Kind = CaseKind.Denunciation,
            Address = "Số 12 phố Lạch Tray",
            Denunciation = DenunciationDetails.Create("Trần Văn Bình", "Cán bộ địa chính", "UBND phường Hồng Bàng", null, null),
        });

        // Act
        var (prepared, entity) = await ReadBothAsync(code);

        // Assert
        Assert.NotNull(prepared);
        Assert.Equal(CaseKind.Denunciation, prepared.Kind);
        Assert.NotNull(prepared.SealedIdentity);
        Assert.Null(prepared.FilerPhone);
        AssertSame(entity, prepared);
    }

    [Fact]
    public async Task CaseChangedAfterAReadAndUnknownCode_PreparedStatementsSeeTheChangeAndNothingForAnUnknownCode()
    {
        // Arrange
        var code = await FileAsync(Feedback());
        var reader = fixture.Factory.Services.GetRequiredService<ITrackedCaseReader>();
        var before = await reader.FindAsync(code, CancellationToken.None);

        // Act
        await StepAsync(code, (c, now, _) => c.RequestInformation("Xin ông/bà gửi ảnh chụp hiện trường.", Officer, now));
        var after = await reader.FindAsync(code, CancellationToken.None);
        var unknown = await reader.FindAsync(TrackingCode.NewRandom().Value, CancellationToken.None);

        // Assert
        Assert.Equal(CaseStatus.Received, before!.Status);
        Assert.Equal(CaseStatus.WaitingForFiler, after!.Status);
        Assert.Equal("Xin ông/bà gửi ảnh chụp hiện trường.", after.History[^1].Note);
        Assert.Equal(before.History.Count + 1, after.History.Count);
        Assert.Null(unknown);
    }

    private static void AssertSame(TrackedCase? expected, TrackedCase actual)
    {
        Assert.NotNull(expected);
        Assert.Equal(expected with { History = [] }, actual with { History = [] });
        Assert.Equal(expected.History, actual.History);
    }

    private async Task<(TrackedCase? Prepared, TrackedCase? Entity)> ReadBothAsync(string code)
    {
        var prepared = await fixture.Factory.Services.GetRequiredService<ITrackedCaseReader>().FindAsync(code, CancellationToken.None);
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var entity = await new EntityTrackedCaseReader(scope.ServiceProvider.GetRequiredService<FeedbackDbContext>()).FindAsync(code, CancellationToken.None);
        return (prepared, entity);
    }

    private static CaseIntake Feedback() => new()
    {
        Kind = CaseKind.Feedback,
        Channel = CaseChannel.Web,
        TopicCode = "trat-tu-do-thi",
        LocalityCode = TestData.HongBang,
        Title = $"Quán ăn lấn chiếm vỉa hè ({Guid.NewGuid().ToString("N")[..6]})",
        Description = "Quán ăn trên phố Điện Biên Phủ bày bàn ghế kín vỉa hè nhiều tuần nay.",
        FilerType = FilerType.Person,
        FilerName = "Nguyễn Thị Lan",
        Phone = "0912345678",
        Email = "lan.nguyen@example.vn",
    };

    private async Task<string> FileAsync(CaseIntake intake)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var filed = await scope.ServiceProvider.GetRequiredService<CaseService>().FileAsync(intake);
        return filed.Code.Value;
    }

    /// <summary>A staff step written straight to the database, as the Backoffice would, with the clock moved on.</summary>
    private async Task StepAsync(string code, Action<FeedbackCase, DateTimeOffset, WorkingCalendar> step)
    {
        fixture.Clock.Advance(TimeSpan.FromHours(2));
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FeedbackDbContext>();
        var rules = await scope.ServiceProvider.GetRequiredService<DeadlineRulesCache>().GetAsync(CancellationToken.None);
        var feedbackCase = await db.Cases.Include(c => c.Events).SingleAsync(c => c.TrackingCode == code);
        step(feedbackCase, fixture.Clock.GetUtcNow(), rules.Calendar);
        await db.SaveChangesAsync();
    }
}
