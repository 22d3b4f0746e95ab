using System.Globalization;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Deadlines;
using DanVan.Feedback.Core.Notifications;
using DanVan.Feedback.Core.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DanVan.Feedback.Core.Jobs;

/// <summary>
/// Writes one digest per agency to every staff member of a role there (leads for overdue cases,
/// officers for reminders), stores the mail and queues it: the deadline sweeps' common last step.
/// </summary>
public sealed class StaffDigestMailer(
    FeedbackDbContext db,
    ReferenceDataCache referenceData,
    EmailComposer emailComposer,
    IOptions<EmailOptions> emailOptions,
    IJobScheduler jobs)
{
    public async Task<int> SendAsync(
        string template,
        string role,
        IReadOnlyList<(CaseClockRow Case, DeadlineStatus Status)> cases,
        IReadOnlyDictionary<string, string> values,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        if (cases.Count == 0)
        {
            return 0;
        }

        var directory = await referenceData.GetAsync(cancellationToken);
        var staff = await StaffAddressesAsync(role, cancellationToken);
        var settings = emailOptions.Value;
        var mail = new List<OutboundEmail>();
        foreach (var agency in cases.GroupBy(c => c.Case.LeadAgencyCode))
        {
            var ofAgency = agency.ToList();
            var email = emailComposer.Compose(
                template,
                CultureInfo.GetCultureInfo("vi-VN"),
                new Dictionary<string, string>(values)
                {
                    ["Count"] = ofAgency.Count.ToString(CultureInfo.InvariantCulture),
                    ["AgencyName"] = directory.AgencyName(agency.Key),
                    ["InboxUrl"] = settings.BackofficeUrl,
                },
                new Dictionary<string, string> { ["CaseList"] = CaseDigest.MarkdownList(ofAgency, settings.BackofficeUrl) });
            mail.AddRange(staff[agency.Key].Select(address => OutboundEmail.Create(email, address, null, now, settings.MessageIdDomain)));
        }

        db.OutboundEmails.AddRange(mail);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var email in mail)
        {
            jobs.Enqueue<SendEmailJob>(job => job.ExecuteAsync(email.Id, CancellationToken.None));
        }

        return mail.Count;
    }

    private async Task<ILookup<string, string>> StaffAddressesAsync(string roleName, CancellationToken cancellationToken)
    {
        var staff = await (
                from user in db.Users
                join userRole in db.UserRoles on user.Id equals userRole.UserId
                join role in db.Roles on userRole.RoleId equals role.Id
                where role.Name == roleName && user.Email != null
                select new { user.AgencyCode, Email = user.Email! })
            .ToListAsync(cancellationToken);
        return staff.ToLookup(s => s.AgencyCode, s => s.Email, StringComparer.Ordinal);
    }
}
