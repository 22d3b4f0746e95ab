using System.Globalization;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Deadlines;
using DanVan.Feedback.Core.Jobs;
using DanVan.Feedback.Core.Notifications;
using DanVan.Feedback.Core.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DanVan.Feedback.Core.Cases;

/// <summary>The code and the lead agency a filer is shown once their case is stored.</summary>
public sealed record FiledCase(TrackingCode Code, string LeadAgencyCode, string LeadAgencyName);

/// <summary>Thrown when an intake names reference data that does not exist; the page shows it as a field error.</summary>
public sealed class CaseIntakeException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}

/// <summary>Writes cases: the one place intake from every channel goes through.</summary>
public sealed class CaseService(
    ICaseStore store,
    ReferenceDataCache referenceData,
    DeadlineRulesCache deadlineRules,
    EmailComposer emailComposer,
    IOptions<EmailOptions> emailOptions,
    IJobScheduler jobs,
    TimeProvider time,
    ILogger<CaseService> logger)
{
    /// <summary>Routes and stores a case with its first events, in one transaction.</summary>
    public async Task<FiledCase> FileAsync(CaseIntake intake, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(intake);
        var directory = await referenceData.GetAsync(cancellationToken);
        if (directory.FindTopic(intake.TopicCode) is null)
        {
            throw new CaseIntakeException(nameof(intake.TopicCode), $"Unknown topic '{intake.TopicCode}'.");
        }

        if (intake.LocalityCode is { } locality && directory.FindLocality(locality) is null)
        {
            throw new CaseIntakeException(nameof(intake.LocalityCode), $"Unknown locality '{locality}'.");
        }

        var routing = CaseRouter.Route(
            new RoutingRequest
            {
                Kind = intake.Kind,
                TopicCode = intake.TopicCode,
                LocalityCode = intake.LocalityCode,
                FilerType = intake.FilerType,
                InIndustrialZone = intake.InIndustrialZone,
            },
            directory.Rules,
            directory);

        var receivedAt = time.GetUtcNow();
        var rules = await deadlineRules.GetAsync(cancellationToken);

        // The receipt travels in the same transaction as the case: stored together or not at all.
        NewCase Build()
        {
            var feedbackCase = FeedbackCase.Receive(intake, routing, TrackingCode.NewRandom(), receivedAt);
            feedbackCase.RefreshDeadline(rules.StatusOf(CaseClock.From(feedbackCase), VietnamTime.ToLocalDate(receivedAt)));
            return new NewCase(feedbackCase, TryComposeReceipt(feedbackCase, directory, rules));
        }

        var stored = await store.SaveNewAsync(Build, cancellationToken);
        if (stored.Receipt is { } receipt)
        {
            EnqueueSend(receipt.Id);
        }

        return new FiledCase(stored.Case.Code, routing.LeadAgencyCode, directory.AgencyName(routing.LeadAgencyCode));
    }

    // A case is never refused because its receipt could not be written; the failure is logged loudly.
    private OutboundEmail? TryComposeReceipt(FeedbackCase feedbackCase, ReferenceDirectory directory, DeadlineRules rules)
    {
        if (feedbackCase.Filer.Email is not { } address)
        {
            return null;
        }

        try
        {
            return ComposeReceipt(feedbackCase, address, directory, rules);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException)
        {
            logger.LogError(ex, "Could not compose the receipt for case {TrackingCode}; the case is stored without it", feedbackCase.Code);
            return null;
        }
    }

    private OutboundEmail ComposeReceipt(FeedbackCase feedbackCase, string address, ReferenceDirectory directory, DeadlineRules rules)
    {
        var deadline = rules.StatusOf(CaseClock.From(feedbackCase), VietnamTime.ToLocalDate(feedbackCase.ReceivedAt));
        var settings = emailOptions.Value;
        var email = emailComposer.Compose("case-received", Vietnamese, new Dictionary<string, string>
        {
            ["Code"] = feedbackCase.Code.ToString(),
            ["FilerName"] = feedbackCase.Filer.FullName,
            ["Title"] = feedbackCase.Title,
            ["AgencyName"] = directory.AgencyName(feedbackCase.LeadAgencyCode),
            ["DueLabel"] = deadline?.Stage switch
            {
                DeadlineStage.Acceptance => "Hạn thụ lý",
                DeadlineStage.Resolution => "Hạn giải quyết",
                _ => "Hạn phân loại, chuyển xử lý",
            },
            ["DueDate"] = deadline?.DueOn.ToString("dd/MM/yyyy", Vietnamese) ?? "theo quy định",
            ["TrackingUrl"] = $"{settings.PortalUrl.TrimEnd('/')}/tra-cuu",
        });
        return OutboundEmail.Create(email, address, feedbackCase, time.GetUtcNow(), settings.MessageIdDomain);
    }

    // A lost enqueue only delays the mail: the sweep sends every stored message that is due.
    private void EnqueueSend(long emailId)
    {
        try
        {
            jobs.Enqueue<SendEmailJob>(job => job.ExecuteAsync(emailId, CancellationToken.None));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            logger.LogWarning(ex, "Could not queue e-mail {EmailId}; the unsent-mail sweep will send it", emailId);
        }
    }

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
}
