using System.Globalization;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Deadlines;
using DanVan.Feedback.Core.Notifications;
using DanVan.Feedback.Core.Routing;
using DanVan.Feedback.Core.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DanVan.Feedback.Core.Jobs;

/// <summary>
/// The daily overdue sweep: escalates each case past its due date to its agency's leads (once), and
/// flags it for Thanh tra thành phố's review queue once it is late by the configured margin (task 4.5).
/// Candidates are chosen in SQL from the stored due date; each is then judged from its full history,
/// so a stale projection never escalates a case that is not really late. Safe to run twice.
/// </summary>
public sealed class EscalateOverdueCasesJob(
    FeedbackDbContext db,
    DeadlineRulesCache deadlineRules,
    ReferenceDataCache referenceData,
    EmailComposer emailComposer,
    IOptions<EmailOptions> emailOptions,
    IOptions<DeadlineOptions> deadlineOptions,
    IJobScheduler jobs,
    TimeProvider time,
    ILogger<EscalateOverdueCasesJob> logger)
{
    public const int BatchSize = 1000;

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public sealed record Result(int Examined, int Escalated, int Flagged);

    public async Task<Result> ExecuteAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = VietnamTime.ToLocalDate(now);
        var margin = deadlineOptions.Value.ReviewMarginDays;
        var rules = await deadlineRules.GetAsync(cancellationToken);
        var directory = await referenceData.GetAsync(cancellationToken);
        var leads = await LeadAddressesAsync(cancellationToken);

        var examined = 0;
        var escalated = 0;
        var flagged = 0;
        var lastId = 0L;
        while (true)
        {
            var batch = await db.Cases
                .Include(c => c.Events)
                .Where(c => c.Id > lastId && !c.ClockPaused && c.DueOn != null && c.DueOn < today
                    && (c.OverdueEscalatedAt == null || c.FlaggedForReviewAt == null))
                .OrderBy(c => c.Id)
                .Take(BatchSize)
                .AsSplitQuery()
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            var mail = new List<OutboundEmail>();
            foreach (var feedbackCase in batch)
            {
                examined++;
                var status = rules.StatusOf(CaseClock.From(feedbackCase), today);
                feedbackCase.RefreshDeadline(status);
                if (status is not { IsOverdue: true })
                {
                    continue;
                }

                var overdueBy = $"{-status.RemainingDays} {(status.Unit == DayUnit.WorkingDays ? "ngày làm việc" : "ngày")}";
                if (feedbackCase.EscalateOverdue(now, $"Quá hạn {overdueBy} (hạn {status.DueOn:dd/MM/yyyy})"))
                {
                    escalated++;
                    mail.AddRange(OverdueMail(feedbackCase, status, overdueBy, margin, directory, leads, now));
                }

                if (-status.RemainingDays >= margin
                    && feedbackCase.FlagForReview(now, $"Quá hạn {overdueBy}, vượt ngưỡng {margin} ngày (nhiệm vụ 4.5)"))
                {
                    flagged++;
                }
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

        if (escalated > 0 || flagged > 0)
        {
            logger.LogInformation("Overdue sweep: {Examined} examined, {Escalated} escalated, {Flagged} flagged for review", examined, escalated, flagged);
        }

        return new Result(examined, escalated, flagged);
    }

    private IEnumerable<OutboundEmail> OverdueMail(
        FeedbackCase feedbackCase, DeadlineStatus status, string overdueBy, int margin,
        ReferenceDirectory directory, ILookup<string, string> leads, DateTimeOffset now)
    {
        var settings = emailOptions.Value;
        foreach (var address in leads[feedbackCase.LeadAgencyCode])
        {
            var email = emailComposer.Compose("case-overdue", Vietnamese, new Dictionary<string, string>
            {
                ["Code"] = feedbackCase.Code.ToString(),
                ["Title"] = feedbackCase.Title,
                ["AgencyName"] = directory.AgencyName(feedbackCase.LeadAgencyCode),
                ["DueLabel"] = status.Stage == DeadlineStage.Resolution ? "hạn giải quyết" : "hạn xử lý",
                ["DueDate"] = status.DueOn.ToString("dd/MM/yyyy", Vietnamese),
                ["OverdueBy"] = overdueBy,
                ["ReviewMarginDays"] = margin.ToString(Vietnamese),
                ["CaseUrl"] = $"{settings.BackofficeUrl.TrimEnd('/')}/ho-so/{feedbackCase.TrackingCode}",
            });
            yield return OutboundEmail.Create(email, address, feedbackCase, now, settings.MessageIdDomain);
        }
    }

    private async Task<ILookup<string, string>> LeadAddressesAsync(CancellationToken cancellationToken)
    {
        var leads = await (
                from user in db.Users
                join userRole in db.UserRoles on user.Id equals userRole.UserId
                join role in db.Roles on userRole.RoleId equals role.Id
                where role.Name == StaffRoles.AgencyLead && user.Email != null
                select new { user.AgencyCode, Email = user.Email! })
            .ToListAsync(cancellationToken);
        return leads.ToLookup(l => l.AgencyCode, l => l.Email, StringComparer.Ordinal);
    }
}
