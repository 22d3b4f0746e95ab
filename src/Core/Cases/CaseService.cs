using System.Globalization;
using DanVan.Feedback.Core.Attachments;
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
public sealed record FiledCase(TrackingCode Code, string LeadAgencyCode, string LeadAgencyName)
{
    /// <summary>The same form was filed before (ADR 0015): this is that case, and nothing new was stored.</summary>
    public bool AlreadyFiled { get; init; }
}

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
    IdentitySealer sealer,
    IntakeReviewRules reviewRules,
    AttachmentStore attachments,
    TimeProvider time,
    ILogger<CaseService> logger)
{
    /// <summary>Routes and stores a case with its first events and its attachments' rows, in one transaction.</summary>
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

        var concernedAgency = intake.Denunciation?.AccusedAgencyCode;
        if (concernedAgency is not null && directory.FindAgency(concernedAgency) is null)
        {
            throw new CaseIntakeException(nameof(DenunciationDetails.AccusedAgencyCode), $"Unknown agency '{concernedAgency}'.");
        }

        var routing = CaseRouter.Route(
            new RoutingRequest
            {
                Kind = intake.Kind,
                TopicCode = intake.TopicCode,
                LocalityCode = intake.LocalityCode,
                FilerType = intake.FilerType,
                InIndustrialZone = intake.InIndustrialZone,
                ConcernedAgencyCode = concernedAgency,
            },
            directory.Rules,
            directory);

        var receivedAt = time.GetUtcNow();
        var rules = await deadlineRules.GetAsync(cancellationToken);
        var review = await reviewRules.AssessAsync(intake, directory, receivedAt, cancellationToken);

        // A denouncer's identity is sealed before the case exists, so it is never stored in clear (Luật Tố cáo 2018, Điều 47–48).
        var sealedIdentity = intake.Kind == CaseKind.Denunciation ? sealer.Seal(intake) : null;

        // Files reach the disk before the commit that names them, and are removed if it fails (ADR 13):
        // never a row without its file, and a failed save still fails the filing as it did.
        var files = await attachments.WriteAsync(intake.Attachments, cancellationToken);

        // The receipt travels in the same transaction as the case: stored together or not at all.
        NewCase Build()
        {
            var feedbackCase = FeedbackCase.Receive(intake, routing, TrackingCode.NewRandom(), receivedAt, sealedIdentity);
            if (review.Reasons != ReviewReasons.None)
            {
                feedbackCase.FlagForReview(review.Reasons, review.Note, receivedAt);
            }

            foreach (var file in files)
            {
                feedbackCase.Attach(CaseAttachment.Create(file, receivedAt));
            }

            feedbackCase.RefreshDeadline(rules, receivedAt);
            return new NewCase(feedbackCase, TryComposeReceipt(feedbackCase, intake, directory, rules));
        }

        NewCase stored;
        try
        {
            stored = await store.SaveNewAsync(Build, cancellationToken);
        }
        catch
        {
            attachments.Delete(files);
            throw;
        }

        // A repeated post is answered with the case its first post filed, which has its own files: this post's are named by no row.
        if (stored.AlreadyFiled)
        {
            attachments.Delete(files);
        }

        if (stored.Receipt is { } receipt)
        {
            jobs.EnqueueEmail(receipt.Id, logger);
        }

        // A repeated post is shown the case its first post filed, with the agency that holds it now.
        var lead = stored.Case.LeadAgencyCode;
        return new FiledCase(stored.Case.Code, lead, directory.AgencyName(lead)) { AlreadyFiled = stored.AlreadyFiled };
    }

    // A case is never refused because its receipt could not be written; the failure is logged loudly.
    // Name and address come from the intake, not the case: a denouncer's are sealed in the case, and the receipt goes to them alone.
    private OutboundEmail? TryComposeReceipt(FeedbackCase feedbackCase, CaseIntake intake, ReferenceDirectory directory, DeadlineRules rules)
    {
        if (ContactNormalizer.NormalizeEmail(intake.Email) is not { } address)
        {
            return null;
        }

        try
        {
            var greeting = intake.Kind == CaseKind.Denunciation || intake.IsAnonymousReport
                ? FilerLanguage.UnnamedGreeting(feedbackCase.FilerLanguage)
                : intake.FilerName.Trim();
            return ComposeReceipt(feedbackCase, greeting, address, directory, rules);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException)
        {
            logger.LogError(ex, "Could not compose the receipt for case {TrackingCode}; the case is stored without it", feedbackCase.Code);
            return null;
        }
    }

    private OutboundEmail ComposeReceipt(FeedbackCase feedbackCase, string filerName, string address, ReferenceDirectory directory, DeadlineRules rules)
    {
        var deadline = rules.StatusOf(CaseClock.From(feedbackCase), VietnamTime.ToLocalDate(feedbackCase.ReceivedAt));
        var settings = emailOptions.Value;
        var english = feedbackCase.FilerLanguage == FilerLanguage.English;
        var email = emailComposer.Compose("case-received", FilerLanguage.CultureOf(feedbackCase.FilerLanguage), new Dictionary<string, string>
        {
            ["Code"] = feedbackCase.Code.ToString(),
            ["FilerName"] = filerName,
            ["Title"] = feedbackCase.Title,
            ["AgencyName"] = directory.AgencyName(feedbackCase.LeadAgencyCode),
            ["DueLabel"] = deadline?.Stage switch
            {
                DeadlineStage.Acceptance => english ? "Decision on acceptance due by" : "Hạn thụ lý",
                DeadlineStage.Resolution => english ? "Resolution due by" : "Hạn giải quyết",
                _ => english ? "Classification and referral due by" : "Hạn phân loại, chuyển xử lý",
            },
            ["DueDate"] = deadline?.DueOn.ToString("dd/MM/yyyy", Vietnamese) ?? (english ? "as the law provides" : "theo quy định"),
            ["TrackingUrl"] = $"{settings.PortalUrl.TrimEnd('/')}/tra-cuu",
        });
        return OutboundEmail.Create(email, address, feedbackCase, time.GetUtcNow(), settings.MessageIdDomain);
    }

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
}
