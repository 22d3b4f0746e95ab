using DanVan.Feedback.Core.Audit;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Staff;
using DanVan.Feedback.TestCommon;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Feedback.Core.Tests.Cases;

public sealed class CaseWorkflowServiceTests
{
    private const string FilerEmail = "nguoi.gui@example.vn";

    private static readonly StaffActor Officer = new("officer-1", "Nguyễn Văn An", "UBND-11311");
    private static readonly StaffActor OtherOfficer = new("officer-2", "Đỗ Thu Hà", "UBND-11311");
    private static readonly StaffActor Lead = new("lead-1", "Trần Thị Bích", "UBND-11311");

    [Fact]
    public async Task Execute_LegalStep_StoresTheEventAnAuditEntryAndTheNewDueDate()
    {
        // Arrange: a phản ánh filed Thu 12/2/2026, to be classified by Thu 26/2.
        await using var host = await CoreHost.StartAsync();
        var filed = await host.FileAsync(CoreHost.Intake(FilerEmail));
        var before = await StateAsync(host, filed);
        var queuedBefore = host.Jobs.QueuedEmailIds().Count;

        // Act
        var result = await TakeAsync(host, filed, CaseAction.Accept, Officer);

        // Assert
        Assert.Equal(CaseActionOutcome.Done, result.Outcome);
        var after = await StateAsync(host, filed);
        Assert.Equal(CaseStatus.Accepted, after.Status);
        Assert.True(after.Version == before.Version + 1, "A stored step must bump the case's version.");
        var stored = await host.QueryAsync(db => db.Cases.AsNoTracking().Include(c => c.Events).SingleAsync(c => c.TrackingCode == filed.Code.Value));
        var accepted = Assert.Single(stored.Events, e => e.Type == CaseEventType.Accepted);
        Assert.True(accepted.ActorUserId == Officer.UserId && accepted.ActorName == Officer.FullName, "The history must say who accepted the case.");
        var audit = Assert.Single(await host.QueryAsync(db => db.AuditLog.AsNoTracking().Where(a => a.Subject == filed.Code.Value).ToListAsync()));
        Assert.Equal(AuditAction.CaseAction, audit.Action);
        Assert.True(
            audit.ActorUserId == Officer.UserId && audit.ActorName == Officer.FullName && audit.ActorAgencyCode == Officer.AgencyCode,
            $"The audit log must name who acted; it says {audit.ActorName} ({audit.ActorUserId}, {audit.ActorAgencyCode}).");
        Assert.Equal(nameof(CaseAction.Accept), audit.Detail);
        Assert.Equal(host.Clock.GetUtcNow(), audit.OccurredAt);

        // 15 days to answer a phản ánh, counted from receipt (12/2): Fri 27/2.
        Assert.True(after.DueOn == new DateOnly(2026, 2, 27), $"After thụ lý the inbox must show the answer's due date, 27/02/2026; it shows {after.DueOn}.");
        Assert.True(after.Mails == before.Mails, "Accepting a phản ánh sends the filer no mail of its own.");
        Assert.Equal(queuedBefore, host.Jobs.QueuedEmailIds().Count);
    }

    [Theory]
    [InlineData(CaseAction.Transfer, "case-transferred", "Sở Xây dựng")]
    [InlineData(CaseAction.RequestInformation, "information-requested", "Đề nghị cung cấp ảnh chụp vị trí cột đèn hỏng")]
    [InlineData(CaseAction.ApproveAnswer, "case-answered", "đã thay bóng đèn")]
    [InlineData(CaseAction.Refuse, "case-refused", "Nội dung đã được cơ quan có thẩm quyền trả lời, không có thông tin mới")]
    public async Task Execute_StepTheFilerMustBeToldOf_StoresOneMailToTheFilerAndQueuesIt(CaseAction action, string template, string filerReads)
    {
        // Arrange
        await using var host = await CoreHost.StartAsync();
        var filed = await host.FileAsync(CoreHost.Intake(FilerEmail));
        if (action == CaseAction.ApproveAnswer)
        {
            await TakeAsync(host, filed, CaseAction.Accept, Officer);
            await TakeAsync(host, filed, CaseAction.DraftAnswer, Officer);
        }

        // Act
        var result = await TakeAsync(host, filed, action, Lead);

        // Assert
        Assert.True(result.Outcome == CaseActionOutcome.Done, $"{action} must be stored; it was {result.Outcome}: {result.Refusal}");
        var mails = await host.QueryAsync(db => db.OutboundEmails.AsNoTracking().Where(e => e.Template == template).ToListAsync());
        var mail = Assert.Single(mails);
        Assert.True(mail.To == FilerEmail, $"The {template} mail must go to the filer; it goes to {mail.To}.");
        Assert.Contains(filed.Code.ToString(), mail.TextBody, StringComparison.Ordinal);
        Assert.True(mail.TextBody.Contains(filerReads, StringComparison.Ordinal), $"The filer must read \"{filerReads}\" in the {template} mail:\n{mail.TextBody}");
        Assert.Contains(mail.Id, host.Jobs.QueuedEmailIds());
    }

    [Fact]
    public async Task Execute_Answer_ToAFilerWhoWroteInEnglish_IsMailedInEnglish()
    {
        // Arrange: a case filed on the Portal in English.
        await using var host = await CoreHost.StartAsync();
        var filed = await host.FileAsync(CoreHost.Intake(FilerEmail) with { Language = FilerLanguage.English });
        await TakeAsync(host, filed, CaseAction.Accept, Officer);
        await TakeAsync(host, filed, CaseAction.DraftAnswer, Officer);

        // Act
        await TakeAsync(host, filed, CaseAction.ApproveAnswer, Lead);

        // Assert
        var mails = await host.QueryAsync(db => db.OutboundEmails.AsNoTracking().Where(e => e.CaseId != null).ToListAsync());
        var receipt = Assert.Single(mails, m => m.Template == "case-received");
        var answer = Assert.Single(mails, m => m.Template == "case-answered");
        Assert.StartsWith("Your feedback has been received", receipt.Subject, StringComparison.Ordinal);
        Assert.Contains("Dear ", answer.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Kính gửi", answer.TextBody, StringComparison.Ordinal);
        Assert.Contains("đã thay bóng đèn", answer.TextBody, StringComparison.Ordinal); // the agency's own words stay as written
    }

    [Fact]
    public async Task Execute_Refuse_ToAFilerWhoWroteInEnglish_QuotesTheGroundAndItsLawInEnglish()
    {
        // Arrange: a case filed on the Portal in English.
        await using var host = await CoreHost.StartAsync();
        var filed = await host.FileAsync(CoreHost.Intake(FilerEmail) with { Language = FilerLanguage.English });

        // Act
        await TakeAsync(host, filed, CaseAction.Refuse, Lead);

        // Assert
        var mail = Assert.Single(await host.QueryAsync(db => db.OutboundEmails.AsNoTracking().Where(e => e.Template == "case-refused").ToListAsync()));
        Assert.True(
            mail.TextBody.Contains("The matter has already been answered by the competent authority, and there is no new information", StringComparison.Ordinal)
            && mail.TextBody.Contains("Decree 20/2008/ND-CP", StringComparison.Ordinal),
            $"A filer who wrote in English must read the legal ground and its law in English:\n{mail.TextBody}");
        Assert.DoesNotContain(RefusalGround.Find("PA-9-3")!.Text, mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Đèn ngõ 45 đã được thay", mail.TextBody, StringComparison.Ordinal); // the agency's own words stay as written
        var stored = await host.QueryAsync(db => db.Cases.AsNoTracking().Include(c => c.Events).SingleAsync(c => c.TrackingCode == filed.Code.Value));
        Assert.StartsWith(RefusalGround.Find("PA-9-3")!.Text, stored.Events.Single(e => e.Type == CaseEventType.Refused).Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_StaleExpectedVersion_ReturnsConflictAndChangesNothing()
    {
        // Arrange: an officer opened the case at version 0; a colleague has since accepted it.
        await using var host = await CoreHost.StartAsync();
        var filed = await host.FileAsync(CoreHost.Intake(FilerEmail));
        var seen = (await StateAsync(host, filed)).Version;
        await TakeAsync(host, filed, CaseAction.Accept, OtherOfficer);
        var before = await StateAsync(host, filed);

        // Act
        var result = await ExecuteAsync(host, Command(filed, seen, CaseAction.RequestInformation, Officer));

        // Assert
        Assert.True(result.Outcome == CaseActionOutcome.Conflict, $"A step on a page older than the case must be refused as a conflict; it was {result.Outcome}.");
        Assert.True(before == await StateAsync(host, filed), "A conflicting step must change nothing: no event, no audit entry, no mail.");
    }

    [Fact]
    public async Task Execute_StepTheCaseDoesNotAllow_ReturnsRefusedWithTheReasonAndChangesNothing()
    {
        // Arrange: closing a case nobody has answered.
        await using var host = await CoreHost.StartAsync();
        var filed = await host.FileAsync(CoreHost.Intake(FilerEmail));
        var before = await StateAsync(host, filed);
        var queuedBefore = host.Jobs.QueuedEmailIds().Count;

        // Act
        var result = await TakeAsync(host, filed, CaseAction.Close, Lead);

        // Assert
        Assert.Equal(CaseActionOutcome.Refused, result.Outcome);
        Assert.True(
            result.Refusal == new CaseRefusal(CaseRule.StepNotAllowed, [CaseAction.Close, CaseStatus.Received]),
            $"The officer must be told that a case waiting for thụ lý cannot be closed; got: {result.Refusal}");
        Assert.True(before == await StateAsync(host, filed), "A refused step must change nothing: no event, no audit entry, no mail.");
        Assert.Equal(queuedBefore, host.Jobs.QueuedEmailIds().Count);
    }

    [Fact]
    public async Task Execute_MemberOfStaffOfAnotherAgency_ReturnsNotFoundAndChangesNothing()
    {
        // Arrange: the page authorizes with the real table; an officer of Sở Tài chính has no business with a ward's case.
        await using var host = await CoreHost.StartAsync();
        var filed = await host.FileAsync(CoreHost.Intake(FilerEmail));
        var stranger = new StaffActor("officer-stc", "Vũ Văn Khải", "STC");
        var before = await StateAsync(host, filed);
        CaseAccess? asked = null;

        // Act
        var result = await ExecuteAsync(host, Command(filed, before.Version, CaseAction.Accept, stranger), access =>
        {
            asked = access;
            return Task.FromResult(CaseActionRules.Allows(CaseAction.Accept, stranger.UserId, stranger.AgencyCode, [StaffRoles.Officer], access));
        });

        // Assert
        Assert.True(result.Outcome == CaseActionOutcome.NotFound, $"A case the officer may not act on must look like no case at all; got {result.Outcome}.");
        Assert.Equal("UBND-11311", asked?.LeadAgencyCode);
        Assert.True(before == await StateAsync(host, filed), "An unauthorized step must change nothing.");
    }

    [Fact]
    public async Task Execute_UnknownTrackingCode_ReturnsNotFound()
    {
        // Arrange
        await using var host = await CoreHost.StartAsync();
        var command = new CaseCommand(TrackingCode.NewRandom().ToString(), 0, CaseAction.Accept, Officer, (c, ctx) => c.Accept(Officer, ctx.Now));

        // Act
        var result = await ExecuteAsync(host, command);

        // Assert
        Assert.Equal(CaseActionOutcome.NotFound, result.Outcome);
        Assert.Equal(0, await host.QueryAsync(db => db.AuditLog.CountAsync()));
    }

    [Fact]
    public async Task Execute_TwoOfficersAcceptTheSameVersion_TheSecondToSaveGetsConflict()
    {
        // Arrange
        await using var host = await CoreHost.StartAsync();
        var filed = await host.FileAsync(CoreHost.Intake(FilerEmail));
        var version = (await StateAsync(host, filed)).Version;
        CaseActionResult? first = null;

        // Act: the second officer's request loads the case; while it is being authorized, the first officer's
        // request (another DbContext) loads the same version, accepts and saves.
        var second = await ExecuteAsync(host, Command(filed, version, CaseAction.Accept, OtherOfficer), async _ =>
        {
            first = await ExecuteAsync(host, Command(filed, version, CaseAction.Accept, Officer));
            return true;
        });

        // Assert
        Assert.Equal(CaseActionOutcome.Done, first?.Outcome);
        Assert.True(second.Outcome == CaseActionOutcome.Conflict, $"The second of two officers acting on one version must get a conflict, not overwrite; got {second.Outcome}.");
        var stored = await host.QueryAsync(db => db.Cases.AsNoTracking().Include(c => c.Events).SingleAsync(c => c.TrackingCode == filed.Code.Value));
        var accepted = Assert.Single(stored.Events, e => e.Type == CaseEventType.Accepted);
        Assert.Equal(Officer.UserId, accepted.ActorUserId);
        Assert.Equal(version + 1, stored.Version);
        Assert.Equal(1, await host.QueryAsync(db => db.AuditLog.CountAsync(a => a.Subject == filed.Code.Value)));
    }

    private static async Task<CaseActionResult> TakeAsync(CoreHost host, FiledCase filed, CaseAction action, StaffActor actor)
    {
        // Steps an hour apart, each on the version the officer's page showed.
        host.Clock.Advance(TimeSpan.FromHours(1));
        var version = (await StateAsync(host, filed)).Version;
        return await ExecuteAsync(host, Command(filed, version, action, actor));
    }

    private static async Task<CaseActionResult> ExecuteAsync(CoreHost host, CaseCommand command, Func<CaseAccess, Task<bool>>? isAllowed = null)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CaseWorkflowService>()
            .ExecuteAsync(command, isAllowed ?? (_ => Task.FromResult(true)));
    }

    private static CaseCommand Command(FiledCase filed, int expectedVersion, CaseAction action, StaffActor actor) =>
        new(filed.Code.ToString(), expectedVersion, action, actor, action switch
        {
            CaseAction.Accept => (c, ctx) => c.Accept(actor, ctx.Now),
            CaseAction.Transfer => (c, ctx) => c.Transfer("SXD", "Cột đèn thuộc tuyến đường do thành phố quản lý", actor, ctx.Now),
            CaseAction.RequestInformation => (c, ctx) => c.RequestInformation("Đề nghị cung cấp ảnh chụp vị trí cột đèn hỏng", actor, ctx.Now),
            CaseAction.DraftAnswer => (c, ctx) => c.DraftAnswer("UBND phường đã thay bóng đèn ngõ 45 ngày 20/02/2026.", actor, ctx.Now),
            CaseAction.ApproveAnswer => (c, ctx) => c.ApproveAnswer(actor, ctx.Now, ctx.Rules.Calendar),
            CaseAction.Refuse => (c, ctx) => c.Refuse(RefusalGround.Find("PA-9-3")!, "Đèn ngõ 45 đã được thay ngày 05/01/2026.", actor, ctx.Now),
            CaseAction.Close => (c, ctx) => c.Close("", actor, ctx.Now),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, "No step written for this test."),
        });

    private static Task<CaseState> StateAsync(CoreHost host, FiledCase filed) =>
        host.QueryAsync(async db =>
        {
            var stored = await db.Cases.AsNoTracking().Include(c => c.Events).SingleAsync(c => c.TrackingCode == filed.Code.Value);
            return new CaseState(
                stored.Status,
                stored.Version,
                stored.Events.Count,
                await db.AuditLog.CountAsync(a => a.Subject == filed.Code.Value),
                await db.OutboundEmails.CountAsync(e => e.CaseId == stored.Id),
                stored.DueOn,
                stored.LeadAgencyCode);
        });

    /// <summary>What a refused, conflicting or unauthorized step must leave as it was.</summary>
    private sealed record CaseState(CaseStatus Status, int Version, int Events, int AuditEntries, int Mails, DateOnly? DueOn, string LeadAgencyCode);
}
