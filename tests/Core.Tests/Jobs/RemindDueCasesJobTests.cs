using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Jobs;
using DanVan.Feedback.Core.Staff;
using DanVan.Feedback.TestCommon;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Core.Tests.Jobs;

public sealed class RemindDueCasesJobTests
{
    private const string OfficerEmail = "canbo.hongbang@example.vn";

    [Fact]
    public async Task Execute_TwoWorkingDaysBeforeTheDueDate_RemindsTheAgencysOfficersOnce()
    {
        // Arrange: filed Thu 12/2/2026, due Thu 26/2; on Tue 24/2 it is two working days away.
        await using var host = await CoreHost.StartAsync();
        await AddOfficerAsync(host);
        var filed = await host.FileAsync(CoreHost.Intake("nguoi.gui@example.vn") with { Email = null, Phone = "0912345678" });
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 2, 24, 6, 45, 0, TimeSpan.FromHours(7)));

        // Act
        var first = await RunAsync(host);
        var second = await RunAsync(host);

        // Assert
        Assert.Equal(1, first);
        Assert.Equal(0, second);
        var reminder = Assert.Single(await host.QueryAsync(db => db.OutboundEmails.AsNoTracking().Where(e => e.Template == "cases-due-soon").ToListAsync()));
        Assert.Equal(OfficerEmail, reminder.To);
        Assert.Equal("Nhắc hạn: 1 hồ sơ của Ủy ban nhân dân phường Hồng Bàng sắp đến hạn", reminder.Subject);
        Assert.Contains($"{filed.Code} Đèn đường ngõ 45 phố Lạch Tray không sáng – hạn 26/02/2026, còn 2 ngày làm việc", reminder.TextBody);
    }

    [Fact]
    public async Task Execute_CaseAssignedToAnOfficer_RemindsThatOfficerAlone()
    {
        // Arrange: two officers at the ward; the case is given to the second.
        await using var host = await CoreHost.StartAsync();
        await AddOfficerAsync(host);
        const string assigneeEmail = "can.bo.duoc.giao@hongbang.haiphong.gov.vn";
        var assigneeId = await host.QueryAsync(async db =>
        {
            var roleId = await db.Roles.Where(r => r.Name == StaffRoles.Officer).Select(r => r.Id).SingleAsync();
            var assignee = new StaffUser { UserName = "canbo2.hongbang", FullName = "Cán bộ địa chính phường Hồng Bàng", AgencyCode = "UBND-11311", Email = assigneeEmail };
            db.Users.Add(assignee);
            db.UserRoles.Add(new IdentityUserRole<string> { RoleId = roleId, UserId = assignee.Id });
            await db.SaveChangesAsync();
            return assignee.Id;
        });
        var filed = await host.FileAsync(CoreHost.Intake("nguoi.gui@example.vn") with { Email = null, Phone = "0912345678" });
        await host.QueryAsync(async db =>
        {
            var stored = await db.Cases.Include(c => c.Events).SingleAsync(c => c.TrackingCode == filed.Code.Value);
            stored.Assign(assigneeId, "Cán bộ địa chính phường Hồng Bàng", new StaffActor("lead", "Lãnh đạo phường", "UBND-11311"), host.Clock.GetUtcNow());
            return await db.SaveChangesAsync();
        });
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 2, 24, 6, 45, 0, TimeSpan.FromHours(7)));

        // Act
        await RunAsync(host);

        // Assert
        var reminder = Assert.Single(await host.QueryAsync(db => db.OutboundEmails.AsNoTracking().Where(e => e.Template == "cases-due-soon").ToListAsync()));
        Assert.Equal(assigneeEmail, reminder.To);
    }

    [Fact]
    public async Task Execute_DuringTet_DueDateStillFourWorkingDaysAway_NoReminderYet()
    {
        // Arrange: on Fri 20/2 (Tết) the next two working days are 23/2 and 24/2; 26/2 is beyond them.
        await using var host = await CoreHost.StartAsync();
        await AddOfficerAsync(host);
        await host.FileAsync(CoreHost.Intake("nguoi.gui@example.vn"));
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 2, 20, 6, 45, 0, TimeSpan.FromHours(7)));

        // Act
        var reminded = await RunAsync(host);

        // Assert
        Assert.Equal(0, reminded);
    }

    private static async Task<int> RunAsync(CoreHost host)
    {
        var reminded = 0;
        await host.RunAsync<RemindDueCasesJob>(async job => reminded = await job.ExecuteAsync(CancellationToken.None));
        return reminded;
    }

    private static async Task AddOfficerAsync(CoreHost host) =>
        await host.QueryAsync(async db =>
        {
            var role = new IdentityRole(StaffRoles.Officer) { NormalizedName = StaffRoles.Officer.ToUpperInvariant() };
            var officer = new StaffUser { UserName = "canbo.hongbang", FullName = "Cán bộ một cửa phường Hồng Bàng", AgencyCode = "UBND-11311", Email = OfficerEmail };
            db.Roles.Add(role);
            db.Users.Add(officer);
            db.UserRoles.Add(new IdentityUserRole<string> { RoleId = role.Id, UserId = officer.Id });
            return await db.SaveChangesAsync();
        });
}
