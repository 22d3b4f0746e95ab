using DanVan.Feedback.TestCommon;

namespace DanVan.Feedback.Backoffice.Tests.Pages.Cases;

/// <summary>Deadlines as an officer sees them, on a clock the test moves. A class of its own: it moves time.</summary>
public sealed class DeadlineDisplayTests(BackofficeFixture fixture) : IClassFixture<BackofficeFixture>
{
    [Fact]
    public async Task Get_CaseReceivedBeforeTet_DueDateSkipsTheTetBreakThenTurnsOverdue()
    {
        // Arrange: filed Thu 12/2/2026. NĐ 20/2008 gives 5 working days to classify; Tết 14–22/2 is off,
        // so the days are 13/2, 23/2, 24/2, 25/2 and 26/2.
        var code = await fixture.FileOnPortalAsync(TestData.FeedbackForm(f => f["Input.Title"] = $"Hạn qua Tết {Guid.NewGuid():N}"));
        var officer = await fixture.SignInAsync("canbo.ubnd-11311");
        var url = $"/ho-so/{code.Replace("-", "", StringComparison.Ordinal)}";

        // Act
        var before = await officer.GetDocumentAsync(url);
        var inboxBefore = await officer.GetDocumentAsync("/");
        fixture.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(7)));
        var nextMorning = await fixture.SignInAsync("canbo.ubnd-11311"); // the 8-hour session of 12/2 has long expired
        var after = await nextMorning.GetDocumentAsync(url);

        // Assert
        Assert.StartsWith("26/02/2026", before.Text("#due-date"));
        Assert.Contains("Còn 5 ngày làm việc", before.Text("#due-date"));
        Assert.Contains("NĐ 20/2008", before.Text("#deadline"));
        var row = inboxBefore.QuerySelectorAll("#inbox tr").First(tr => tr.TextContent.Contains(code, StringComparison.Ordinal));
        Assert.Contains("hạn 26/02/2026", row.TextContent);

        // Mon 2/3 is two working days past Thu 26/2 (27/2 and 2/3).
        Assert.Contains("Quá hạn 2 ngày làm việc", after.Text("#due-date"));
    }
}
