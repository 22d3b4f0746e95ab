using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Deadlines;
using DanVan.Feedback.Core.Jobs;
using DanVan.Feedback.Core.Staff;
using DanVan.Feedback.TestCommon;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Feedback.Core.Tests.Jobs;

public sealed class EscalateOverdueCasesJobTests
{
    private const string LeadEmail = "lanhdao.hongbang@example.vn";

    [Fact]
    public async Task Execute_CaseTwoWorkingDaysLate_EscalatedOnceToTheLeadButNotYetFlagged()
    {
        // Arrange: filed Thu 12/2/2026, due Thu 26/2 (5 working days across Tết); today Mon 2/3.
        await using var host = await CoreHost.StartAsync();
        await AddLeadAsync(host);
        var filed = await host.FileAsync(CoreHost.Intake("nguoi.gui@example.vn") with { Email = null, Phone = "0912345678" });
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 6, 30, 0, TimeSpan.FromHours(7)));

        // Act
        var first = await RunAsync(host);
        var second = await RunAsync(host);

        // Assert
        Assert.Equal(new EscalateOverdueCasesJob.Result(1, 1, 0), first);
        Assert.Equal(0, second.Escalated);
        var stored = await host.QueryAsync(db => db.Cases.Include(c => c.Events).AsNoTracking().SingleAsync(c => c.TrackingCode == filed.Code.Value));
        Assert.NotNull(stored.OverdueEscalatedAt);
        Assert.Null(stored.FlaggedForReviewAt);
        var escalated = Assert.Single(stored.Events, e => e.Type == CaseEventType.Escalated && !e.IsPublic);

        // Written by the sweep's bulk insert, read back through EF as any event: time, agency and the law's wording.
        Assert.Equal(host.Clock.GetUtcNow(), escalated.OccurredAt);
        Assert.Equal(stored.LeadAgencyCode, escalated.AgencyCode);
        Assert.Equal("Quá hạn 2 ngày làm việc (hạn 26/02/2026)", escalated.Note);
        var mail = await host.QueryAsync(db => db.OutboundEmails.AsNoTracking().Where(e => e.Template == "cases-overdue").ToListAsync());
        var only = Assert.Single(mail);
        Assert.Equal(LeadEmail, only.To);
        Assert.Equal("1 hồ sơ của Ủy ban nhân dân phường Hồng Bàng đã quá hạn", only.Subject);
        Assert.Contains($"{filed.Code} Đèn đường ngõ 45 phố Lạch Tray không sáng – hạn 26/02/2026, quá hạn 2 ngày làm việc", only.TextBody);
    }

    [Fact]
    public async Task Execute_ManyLateCasesOfOneAgency_OneDigestPerLeadListingThemAll()
    {
        // Arrange
        await using var host = await CoreHost.StartAsync();
        await AddLeadAsync(host);
        var codes = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            codes.Add((await host.FileAsync(CoreHost.Intake("nguoi.gui@example.vn", $"Vụ việc số {i}"))).Code.ToString());
        }

        host.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 6, 30, 0, TimeSpan.FromHours(7)));

        // Act
        var result = await RunAsync(host);

        // Assert
        Assert.Equal(3, result.Escalated);
        var digest = Assert.Single(await host.QueryAsync(db => db.OutboundEmails.AsNoTracking().Where(e => e.Template == "cases-overdue").ToListAsync()));
        Assert.StartsWith("3 hồ sơ", digest.Subject);
        Assert.All(codes, code => Assert.Contains(code, digest.TextBody));
    }

    [Fact]
    public async Task Execute_CaseLateByTheMargin_FlaggedForThanhTraReview()
    {
        // Arrange: due Thu 26/2; on Mon 16/3 it is 12 working days late (27/2, 2–6/3, 9–13/3, 16/3), past the margin of 10.
        await using var host = await CoreHost.StartAsync();
        var filed = await host.FileAsync(CoreHost.Intake("nguoi.gui@example.vn"));
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 16, 6, 30, 0, TimeSpan.FromHours(7)));

        // Act
        var result = await RunAsync(host);

        // Assert
        Assert.Equal(1, result.Flagged);
        var stored = await host.QueryAsync(db => db.Cases.Include(c => c.Events).AsNoTracking().SingleAsync(c => c.TrackingCode == filed.Code.Value));
        Assert.NotNull(stored.FlaggedForReviewAt);
        var flag = Assert.Single(stored.Events, e => e.Type == CaseEventType.FlaggedForReview);
        Assert.Equal("TTTP", flag.AgencyCode);
        Assert.Contains("12 ngày làm việc", flag.Note);
    }

    [Fact]
    public async Task Execute_CaseNotYetDue_LeftAlone()
    {
        // Arrange: due Thu 26/2; today Wed 25/2.
        await using var host = await CoreHost.StartAsync();
        await host.FileAsync(CoreHost.Intake("nguoi.gui@example.vn"));
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 2, 25, 6, 30, 0, TimeSpan.FromHours(7)));

        // Act
        var result = await RunAsync(host);

        // Assert
        Assert.Equal(new EscalateOverdueCasesJob.Result(0, 0, 0), result);
    }

    [Fact]
    public async Task Execute_StoredDueDateStaleAfterALongerLimit_JudgesFromHistoryAndDoesNotEscalate()
    {
        // Arrange: the stored projection says 26/2, but an administrator has since given 20 working days.
        await using var host = await CoreHost.StartAsync();
        var filed = await host.FileAsync(CoreHost.Intake("nguoi.gui@example.vn"));
        await host.QueryAsync(db => db.DeadlinePolicies.Where(p => p.Code == "PA-TIEP-NHAN")
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.Days, 20)));
        host.Services.GetRequiredService<DeadlineRulesCache>().Invalidate();
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 6, 30, 0, TimeSpan.FromHours(7)));

        // Act
        var result = await RunAsync(host);

        // Assert: 20 working days from 12/2 across Tết: 13/2, 23–27/2, 2–6/3, 9–13/3, 16–19/3 → Thu 19/3.
        Assert.Equal(new EscalateOverdueCasesJob.Result(1, 0, 0), result);
        var stored = await host.QueryAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.TrackingCode == filed.Code.Value));
        Assert.Equal(new DateOnly(2026, 3, 19), stored.DueOn);
        Assert.Null(stored.OverdueEscalatedAt);
    }

    private static async Task<EscalateOverdueCasesJob.Result> RunAsync(CoreHost host)
    {
        EscalateOverdueCasesJob.Result? result = null;
        await host.RunAsync<EscalateOverdueCasesJob>(async job => result = await job.ExecuteAsync(CancellationToken.None));
        return result!;
    }

    private static async Task AddLeadAsync(CoreHost host) =>
        await host.QueryAsync(async db =>
        {
            var role = new IdentityRole(StaffRoles.AgencyLead) { NormalizedName = StaffRoles.AgencyLead.ToUpperInvariant() };
            var lead = new StaffUser { UserName = "lanhdao.ubnd-11311", FullName = "Chủ tịch UBND phường Hồng Bàng", AgencyCode = "UBND-11311", Email = LeadEmail };
            db.Roles.Add(role);
            db.Users.Add(lead);
            db.UserRoles.Add(new IdentityUserRole<string> { RoleId = role.Id, UserId = lead.Id });
            return await db.SaveChangesAsync();
        });
}
