using DanVan.Feedback.TestCommon;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Feedback.Backoffice.Tests.Pages;

/// <summary>The inbox order on the fixed clock of 12/2/2026 (a class of its own: other tests move the clock).</summary>
public sealed class InboxOrderTests(BackofficeFixture fixture) : IClassFixture<BackofficeFixture>
{
    [Fact]
    public async Task Get_Inbox_ListsWhatIsDueFirstAtTheTop()
    {
        // Arrange: a complaint (10 days to accept, due Mon 23/2 after Tết) filed after a phản ánh (due Thu 26/2).
        var feedback = await fixture.FileOnPortalAsync(TestData.FeedbackForm(f => f["Input.Title"] = $"Phản ánh thường {Guid.NewGuid():N}"));
        await using (var scope = fixture.Backoffice.Services.CreateAsyncScope())
        {
            var cases = scope.ServiceProvider.GetRequiredService<Core.Cases.CaseService>();
            await cases.FileAsync(new Core.Cases.CaseIntake
            {
                Kind = Core.Cases.CaseKind.Complaint,
                Channel = Core.Cases.CaseChannel.InPerson,
                TopicCode = "trat-tu-do-thi",
                LocalityCode = TestData.HongBang,
                Title = "Khiếu nại quyết định xử phạt",
                Description = "Tôi khiếu nại quyết định xử phạt vi phạm hành chính về lấn chiếm vỉa hè ngày 05/02/2026.",
                FilerType = Core.Cases.FilerType.Person,
                FilerName = "Lê Văn Cường",
                Phone = "0987654321",
            });
        }

        var officer = await fixture.SignInAsync("canbo.ubnd-11311");

        // Act
        var inbox = await officer.GetDocumentAsync("/");

        // Assert
        var rows = inbox.QuerySelectorAll("#inbox tbody tr").Select(r => r.TextContent).ToList();
        var complaintRow = rows.FindIndex(r => r.Contains("Khiếu nại quyết định xử phạt", StringComparison.Ordinal));
        var feedbackRow = rows.FindIndex(r => r.Contains(feedback, StringComparison.Ordinal));
        Assert.True(complaintRow >= 0 && feedbackRow >= 0 && complaintRow < feedbackRow,
            $"The complaint due 23/02 must be listed before the phản ánh due 26/02; rows: {string.Join(" | ", rows)}");
        Assert.Contains("hạn 23/02/2026", rows[complaintRow]);
    }
}
