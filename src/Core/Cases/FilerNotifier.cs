using System.Globalization;
using DanVan.Feedback.Core.Deadlines;
using DanVan.Feedback.Core.Notifications;
using DanVan.Feedback.Core.Routing;
using Microsoft.Extensions.Options;

namespace DanVan.Feedback.Core.Cases;

/// <summary>
/// Writes the mail a workflow step owes the filer (transfer, request for information, answer, refusal),
/// to be stored in the same transaction as the step. A denouncer's address is opened from the sealed
/// identity only to write to the denouncer (DOMAIN.md): their identity goes nowhere else.
/// </summary>
public sealed class FilerNotifier(EmailComposer composer, IdentitySealer sealer, IOptions<EmailOptions> options)
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public OutboundEmail? ComposeFor(CaseAction action, FeedbackCase feedbackCase, ReferenceDirectory directory, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(feedbackCase);
        ArgumentNullException.ThrowIfNull(directory);
        var lastEvent = feedbackCase.Events.MaxBy(e => (e.OccurredAt, e.Id));
        var (template, values, markdown) = action switch
        {
            CaseAction.Transfer => ("case-transferred", new Dictionary<string, string>
            {
                ["Reason"] = lastEvent?.Note ?? "",
                ["ReceivedDate"] = VietnamTime.ToLocalDate(feedbackCase.ReceivedAt).ToString("dd/MM/yyyy", Vietnamese),
            }, null),
            CaseAction.RequestInformation => ("information-requested", new Dictionary<string, string> { ["Request"] = lastEvent?.Note ?? "" }, null),
            CaseAction.ApproveAnswer => ("case-answered", new Dictionary<string, string>(), new Dictionary<string, string>
            {
                // Staff Markdown: rendered with raw HTML off and sanitised by the renderer, like every answer.
                ["Answer"] = feedbackCase.AnswerText ?? "",
            }),
            CaseAction.Refuse => RefusalValues(lastEvent?.Note ?? "", FilerLanguage.CultureOf(feedbackCase.FilerLanguage)),

            // Luật Tố cáo 2018, Điều 29: the denouncer is told of the thụ lý (within 5 working days; we tell them at once).
            CaseAction.Accept when feedbackCase.Kind == CaseKind.Denunciation => ("denunciation-accepted", new Dictionary<string, string>(), null),
            _ => (null, null, null),
        };
        return template is null || values is null ? null : Compose(template, values, markdown, feedbackCase, directory, now);
    }

    /// <summary>
    /// The invitation to rate the answer (task 4.11: the city learns whether people are satisfied), with a
    /// link that opens the rating form without the code and contact; null when the filer gave no address.
    /// </summary>
    public OutboundEmail? ComposeRatingInvitation(
        FeedbackCase feedbackCase, ReferenceDirectory directory, string ratingPath, DateTimeOffset reopenUntil, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(feedbackCase);
        ArgumentNullException.ThrowIfNull(directory);
        var values = new Dictionary<string, string>
        {
            ["RatingUrl"] = options.Value.PortalUrl.TrimEnd('/') + ratingPath,
            ["ReopenUntil"] = VietnamTime.ToLocalDate(reopenUntil).ToString("dd/MM/yyyy", Vietnamese),
        };
        return Compose("answer-rating-invitation", values, null, feedbackCase, directory, now);
    }

    // The values every mail to a filer has, the template rendered, the row made; null when the filer gave no address.
    private OutboundEmail? Compose(
        string template,
        Dictionary<string, string> values,
        Dictionary<string, string>? markdown,
        FeedbackCase feedbackCase,
        ReferenceDirectory directory,
        DateTimeOffset now)
    {
        var (name, address) = Recipient(feedbackCase);
        if (address is null)
        {
            return null;
        }

        values["Code"] = feedbackCase.Code.ToString();
        values["FilerName"] = name;
        values["Title"] = feedbackCase.Title;
        values["AgencyName"] = directory.AgencyName(feedbackCase.LeadAgencyCode);
        values["TrackingUrl"] = $"{options.Value.PortalUrl.TrimEnd('/')}/tra-cuu";
        var email = composer.Compose(template, FilerLanguage.CultureOf(feedbackCase.FilerLanguage), values, markdown);
        return OutboundEmail.Create(email, address, feedbackCase, now, options.Value.MessageIdDomain);
    }

    private (string Name, string? Address) Recipient(FeedbackCase feedbackCase)
    {
        // A denouncer is greeted without their name: the stored mail row then holds no more of them than the address it needs.
        if (feedbackCase.SealedIdentity is { } sealedIdentity)
        {
            return (FilerLanguage.UnnamedGreeting(feedbackCase.FilerLanguage), sealer.Open(sealedIdentity).Email);
        }

        // The sender of an anonymous report gave no name, only perhaps an address to follow the case.
        return feedbackCase.IsAnonymousReport
            ? (FilerLanguage.UnnamedGreeting(feedbackCase.FilerLanguage), feedbackCase.Filer.Email)
            : (feedbackCase.Filer.FullName, feedbackCase.Filer.Email);
    }

    // The Refused event's note holds ground and message (RefusalGround.NoteFor); the mail shows them apart, the ground
    // in the filer's language and the message as the agency wrote it.
    private static (string, Dictionary<string, string>, Dictionary<string, string>?) RefusalValues(string note, CultureInfo culture)
    {
        var (ground, message) = RefusalGround.FromNote(note);
        return ("case-refused", new Dictionary<string, string>
        {
            ["Ground"] = ground?.TextIn(culture) ?? "",
            ["LegalSource"] = ground?.LegalSourceIn(culture) ?? "",
            ["Message"] = message,
        }, null);
    }
}
