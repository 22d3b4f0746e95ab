using DanVan.Feedback.Core.Answers;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.TestCommon;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace DanVan.Feedback.Core.Tests.Answers;

/// <summary>The Portal's listing follows the publish step: written with it, corrected with it, filled in for older answers.</summary>
public sealed class PublishedAnswerIndexTests
{
    private static readonly StaffActor Officer = new("officer-1", "Nguyễn Văn An", "UBND-11311");

    [Fact]
    public async Task Publish_ThroughTheWorkflow_ListsTheAnswerFoundByItsFoldedWords()
    {
        await using var host = await CoreHost.StartAsync();
        var filed = await AnsweredAsync(host);

        var result = await PublishAsync(host, filed, "Phường đã thay **bóng đèn** đường Lạch Tray.");

        Assert.Equal(CaseActionOutcome.Done, result.Outcome);
        var found = await SearchAsync(host, "bong den lach tray");
        var item = Assert.Single(found.Items);
        Assert.Equal(PublicTitle, item.Title);
        Assert.Equal("Phường đã thay bóng đèn đường Lạch Tray.", item.Excerpt);
    }

    [Fact]
    public async Task Publish_ShowsTheRedactedTitle_AndTheFiledTitleIsNeitherListedNorSearchable()
    {
        await using var host = await CoreHost.StartAsync();
        var filed = await AnsweredAsync(host); // filed as "Đèn đường ngõ 45 phố Lạch Tray không sáng"

        await PublishAsync(host, filed, "Phường đã thay bóng đèn.", title: "Đèn đường phố Lạch Tray không sáng");

        var item = Assert.Single((await SearchAsync(host, "lach tray")).Items);
        Assert.Equal("Đèn đường phố Lạch Tray không sáng", item.Title);
        Assert.Empty((await SearchAsync(host, "ngo 45")).Items);
    }

    [Fact]
    public async Task Publish_AgainWithCorrectedText_KeepsTheIdAndReplacesTheWords()
    {
        await using var host = await CoreHost.StartAsync();
        var filed = await AnsweredAsync(host);
        await PublishAsync(host, filed, "Phường đã thay bóng đèn ngày thứ hai.");
        var first = Assert.Single((await SearchAsync(host, "thu hai")).Items);

        await PublishAsync(host, filed, "Phường đã thay bóng đèn ngày thứ ba.");

        Assert.Empty((await SearchAsync(host, "hai")).Items);
        var corrected = Assert.Single((await SearchAsync(host, "thu ba")).Items);
        Assert.True(corrected.Id == first.Id, "A corrected publication keeps its address on the Portal.");
        Assert.Equal(1, await host.QueryAsync(db => db.PublishedAnswers.CountAsync()));
    }

    [Fact]
    public async Task Publish_WithoutTheFilersConsent_IsRefusedAndNothingIsListed()
    {
        await using var host = await CoreHost.StartAsync();
        var filed = await AnsweredAsync(host, consents: false);

        var result = await PublishAsync(host, filed, "Phường đã thay bóng đèn.");

        Assert.Equal(CaseActionOutcome.Refused, result.Outcome);
        Assert.Equal(0, await host.QueryAsync(db => db.PublishedAnswers.CountAsync()));
        Assert.Equal(0, await host.QueryAsync(db => db.PublishedAnswerTerms.CountAsync()));
    }

    [Fact]
    public async Task Backfill_AnswersPublishedBeforeTheListingExisted_ListsThemOldestFirst()
    {
        await using var host = await CoreHost.StartAsync();
        var older = await AnsweredAsync(host);
        await PublishAsync(host, older, "Câu trả lời thứ nhất về đèn đường.");
        var newer = await AnsweredAsync(host);
        await PublishAsync(host, newer, "Câu trả lời thứ hai về đèn đường.");
        await host.QueryAsync(db => db.PublishedAnswers.ExecuteDeleteAsync());

        var listed = await host.QueryAsync(db => PublishedAnswerIndex.BackfillAsync(db, NullLogger.Instance));

        Assert.Equal(2, listed);
        var found = await SearchAsync(host, "den duong");
        Assert.Equal(["Câu trả lời thứ hai về đèn đường.", "Câu trả lời thứ nhất về đèn đường."], found.Items.Select(i => i.Excerpt));
        Assert.Equal(0, await host.QueryAsync(db => PublishedAnswerIndex.BackfillAsync(db, NullLogger.Instance)));
    }

    private static async Task<FiledCase> AnsweredAsync(CoreHost host, bool consents = true)
    {
        var filed = await host.FileAsync(CoreHost.Intake("nguoi.gui@example.vn") with { ConsentsToPublication = consents });
        foreach (var step in new Action<FeedbackCase, CaseStepContext>[]
                 {
                     (c, x) => c.Accept(Officer, x.Now),
                     (c, x) => c.DraftAnswer("Kính gửi ông Trần Văn Bình, phường đã thay bóng đèn.", Officer, x.Now),
                     (c, x) => c.ApproveAnswer(Officer, x.Now, x.Rules.Calendar),
                 })
        {
            Assert.Equal(CaseActionOutcome.Done, (await ExecuteAsync(host, filed, CaseAction.Accept, step)).Outcome);
        }

        return filed;
    }

    private const string PublicTitle = "Đèn đường một ngõ phố Lạch Tray không sáng";

    private static Task<CaseActionResult> PublishAsync(CoreHost host, FiledCase filed, string redacted, string title = PublicTitle) =>
        ExecuteAsync(host, filed, CaseAction.Publish, (c, x) => c.Publish(title, redacted, Officer, x.Now));

    private static async Task<CaseActionResult> ExecuteAsync(CoreHost host, FiledCase filed, CaseAction action, Action<FeedbackCase, CaseStepContext> step)
    {
        host.Clock.Advance(TimeSpan.FromHours(1));
        var version = await host.QueryAsync(db => db.Cases.Where(c => c.TrackingCode == filed.Code.Value).Select(c => c.Version).SingleAsync());
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CaseWorkflowService>()
            .ExecuteAsync(new CaseCommand(filed.Code.ToString(), version, action, Officer, step), _ => Task.FromResult(true));
    }

    private static async Task<AnswerPage> SearchAsync(CoreHost host, string words)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<PublishedAnswerSearch>().SearchAsync(new AnswerQuery(words), 1))!;
    }
}
