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
    IJobScheduler jobs,
    Microsoft.Extensions.Logging.ILogger<StaffDigestMailer> logger)
{
    /// <param name="toAssignedOfficer">Reminders go to the officer a case is assigned to, when it is; the
    /// role's staff of the agency get the cases nobody has been given.</param>
    public async Task<int> SendAsync(
        string template,
        string role,
        IReadOnlyList<(CaseClockRow Case, DeadlineStatus Status)> cases,
        IReadOnlyDictionary<string, string> values,
        DateTimeOffset now,
        CancellationToken cancellationToken,
        bool toAssignedOfficer = false)
    {
        if (cases.Count == 0)
        {
            return 0;
        }

        var directory = await referenceData.GetAsync(cancellationToken);
        var staff = await StaffAddressesAsync(role, cancellationToken);
        var assignees = toAssignedOfficer ? await AssigneeAddressesAsync(cases, cancellationToken) : new Dictionary<string, string>();
        var settings = emailOptions.Value;
        var mail = new List<OutboundEmail>();
        var byRecipient = cases
            .SelectMany(c => c.Case.AssignedOfficerId is { } officer && assignees.TryGetValue(officer, out var address)
                ? [(Address: address, Item: c)]
                : staff[c.Case.LeadAgencyCode].Select(a => (Address: a, Item: c)))
            .GroupBy(r => (r.Address, r.Item.Case.LeadAgencyCode));
        foreach (var recipient in byRecipient)
        {
            var ofRecipient = recipient.Select(r => r.Item).ToList();
            var email = emailComposer.Compose(
                template,
                CultureInfo.GetCultureInfo("vi-VN"),
                new Dictionary<string, string>(values)
                {
                    ["Count"] = ofRecipient.Count.ToString(CultureInfo.InvariantCulture),
                    ["AgencyName"] = directory.AgencyName(recipient.Key.LeadAgencyCode),
                    ["InboxUrl"] = settings.BackofficeUrl,
                },
                new Dictionary<string, string> { ["CaseList"] = CaseDigest.MarkdownList(ofRecipient, settings.BackofficeUrl) });
            mail.Add(OutboundEmail.Create(email, recipient.Key.Address, null, now, settings.MessageIdDomain));
        }

        db.OutboundEmails.AddRange(mail);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var email in mail)
        {
            jobs.EnqueueEmail(email.Id, logger);
        }

        return mail.Count;
    }

    private async Task<Dictionary<string, string>> AssigneeAddressesAsync(
        IReadOnlyList<(CaseClockRow Case, DeadlineStatus Status)> cases, CancellationToken cancellationToken)
    {
        var ids = cases.Select(c => c.Case.AssignedOfficerId).OfType<string>().Distinct().ToList();
        return await db.Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id) && u.Email != null)
            .ToDictionaryAsync(u => u.Id, u => u.Email!, cancellationToken);
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
