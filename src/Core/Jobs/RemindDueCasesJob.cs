using System.Globalization;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Deadlines;
using DanVan.Feedback.Core.Notifications;
using DanVan.Feedback.Core.Routing;
using DanVan.Feedback.Core.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DanVan.Feedback.Core.Jobs;

/// <summary>
/// Each morning, reminds the lead agency's officers of cases due within the configured number of
/// working days, once per due date. (When cases are assigned to one officer, the reminder goes to
/// that officer; until then, to the agency's officers with an e-mail address.)
/// </summary>
public sealed class RemindDueCasesJob(
    FeedbackDbContext db,
    DeadlineRulesCache deadlineRules,
    ReferenceDataCache referenceData,
    EmailComposer emailComposer,
    IOptions<EmailOptions> emailOptions,
    IOptions<DeadlineOptions> deadlineOptions,
    IJobScheduler jobs,
    TimeProvider time)
{
    public const int BatchSize = 1000;

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = VietnamTime.ToLocalDate(now);
        var rules = await deadlineRules.GetAsync(cancellationToken);
        var directory = await referenceData.GetAsync(cancellationToken);
        var horizon = rules.Calendar.AddWorkingDays(today, deadlineOptions.Value.RemindWorkingDaysBefore);
        var officers = await OfficerAddressesAsync(cancellationToken);

        var reminded = 0;
        var lastId = 0L;
        while (true)
        {
            var batch = await db.Cases
                .Include(c => c.Events)
                .Where(c => c.Id > lastId && !c.ClockPaused && c.DueOn != null && c.DueOn >= today && c.DueOn <= horizon
                    && (c.RemindedForDueOn == null || c.RemindedForDueOn != c.DueOn))
                .OrderBy(c => c.Id)
                .Take(BatchSize)
                .AsSplitQuery()
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return reminded;
            }

            var mail = new List<OutboundEmail>();
            foreach (var feedbackCase in batch)
            {
                var status = rules.StatusOf(CaseClock.From(feedbackCase), today);
                feedbackCase.RefreshDeadline(status);
                if (status is not { IsStopped: false, IsPaused: false } || status.DueOn > horizon || !feedbackCase.MarkReminded())
                {
                    continue;
                }

                reminded++;
                mail.AddRange(officers[feedbackCase.LeadAgencyCode].Select(address => Reminder(feedbackCase, status, directory, address, now)));
            }

            db.OutboundEmails.AddRange(mail);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var email in mail)
            {
                jobs.Enqueue<SendEmailJob>(job => job.ExecuteAsync(email.Id, CancellationToken.None));
            }

            lastId = batch[^1].Id;
            db.ChangeTracker.Clear();
        }
    }

    private OutboundEmail Reminder(FeedbackCase feedbackCase, DeadlineStatus status, ReferenceDirectory directory, string address, DateTimeOffset now)
    {
        var settings = emailOptions.Value;
        var email = emailComposer.Compose("case-due-soon", Vietnamese, new Dictionary<string, string>
        {
            ["Code"] = feedbackCase.Code.ToString(),
            ["Title"] = feedbackCase.Title,
            ["AgencyName"] = directory.AgencyName(feedbackCase.LeadAgencyCode),
            ["DueLabel"] = status.Stage == DeadlineStage.Resolution ? "hạn giải quyết" : "hạn xử lý",
            ["DueDate"] = status.DueOn.ToString("dd/MM/yyyy", Vietnamese),
            ["RemainingDays"] = $"{status.RemainingDays} {(status.Unit == DayUnit.WorkingDays ? "ngày làm việc" : "ngày")}",
            ["CaseUrl"] = $"{settings.BackofficeUrl.TrimEnd('/')}/ho-so/{feedbackCase.TrackingCode}",
        });
        return OutboundEmail.Create(email, address, feedbackCase, now, settings.MessageIdDomain);
    }

    private async Task<ILookup<string, string>> OfficerAddressesAsync(CancellationToken cancellationToken)
    {
        var officers = await (
                from user in db.Users
                join userRole in db.UserRoles on user.Id equals userRole.UserId
                join role in db.Roles on userRole.RoleId equals role.Id
                where role.Name == StaffRoles.Officer && user.Email != null
                select new { user.AgencyCode, Email = user.Email! })
            .ToListAsync(cancellationToken);
        return officers.ToLookup(o => o.AgencyCode, o => o.Email, StringComparer.Ordinal);
    }
}
