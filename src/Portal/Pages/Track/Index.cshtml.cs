using System.ComponentModel.DataAnnotations;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Deadlines;
using DanVan.Feedback.Core.Ratings;
using DanVan.Feedback.Core.Routing;
using DanVan.Feedback.Portal.Safety;
using DanVan.Feedback.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace DanVan.Feedback.Portal.Pages.Track;

/// <summary>
/// Tra cứu: the code together with the filer's phone or e-mail shows where a case stands. Both are
/// needed, and a mismatch says no more than "not found", so a code alone reveals nothing.
/// </summary>
[EnableRateLimiting(RateLimitPolicies.Lookup)]
public sealed class IndexModel(
    ITrackedCaseReader trackedCases,
    ReferenceDataCache referenceData,
    DeadlineRulesCache deadlineRules,
    TimeProvider time,
    IdentitySealer sealer,
    AnswerRatingLink ratingLinks,
    FilerReplyToken replyTokens,
    IStringLocalizer<TrackText> text) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public CaseStatusView? Result { get; private set; }

    public bool NoMatch { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(Input.Code) && !TrackingCode.TryParse(Input.Code, out _))
        {
            ModelState.AddModelError<IndexModel>(m => m.Input.Code, text["Track.Code.Invalid"]);
        }

        if (!ModelState.IsValid)
        {
            return this.Invalid();
        }

        var code = TrackingCode.Parse(Input.Code!);
        var found = await trackedCases.FindAsync(code.Value, cancellationToken);

        // A denouncer's contact is sealed: it is opened here only to compare, never shown.
        if (found is null
            || !(found.SealedIdentity is { } sealedIdentity
                ? sealer.Open(sealedIdentity).HasContact(Input.Contact!)
                : Filer.IsContactOf(Input.Contact!, found.FilerPhone, found.FilerEmail)))
        {
            NoMatch = true;
            return this.PageWithStatus(StatusCodes.Status404NotFound);
        }

        // Waiting for the filer: the request they are to answer, and the proof of this look-up for the reply form.
        var request = found.Status == CaseStatus.WaitingForFiler ? found.History.LastOrDefault(e => e.Type == CaseEventType.InformationRequested) : null;
        var directory = await referenceData.GetAsync(cancellationToken);
        var rules = await deadlineRules.GetAsync(cancellationToken);
        var clock = CaseClock.From(found.Kind, found.ReceivedAt, found.History.Select(e => (e.Type, e.OccurredAt, e.Days)));
        Result = new CaseStatusView(
            code.ToString(), found.Kind, found.Status, found.Title, found.ReceivedAt,
            directory.AgencyName(found.LeadAgencyCode),
            rules.StatusOf(clock, VietnamTime.Today(time)),
            found.History.Where(e => e.IsPublic)
                .Select(e => new TimelineEntry(
                    e.Type, e.OccurredAt, e.AgencyCode is null ? null : directory.AgencyName(e.AgencyCode), TimelineEntry.ShowsNote(e.Type) ? e.Note : null))
                .ToList(),
            found.AnswerText,
            FeedbackCase.AnswerAwaitsRating(found.Status, found.AnsweredAt, found.History.Select(e => (e.Type, e.OccurredAt)))
                ? AnswerRatingLink.PathFor(ratingLinks.TokenFor(found.Id, found.AnsweredAt!.Value))
                : null,
            request is null ? null : new InformationRequestView(request.Note ?? "", request.OccurredAt, replyTokens.For(found.Id, request.OccurredAt)));
        return Page();
    }

    /// <summary>The look-up form; its attributes carry keys of TrackText, looked up in the request's language.</summary>
    [TextResource(typeof(TrackText))]
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Track.Code.Required")]
        [StringLength(TrackingCode.MaxInputLength, ErrorMessage = "Track.Code.Invalid")]
        [Display(Name = "Track.Code.Name")]
        public string? Code { get; set; }

        [Required(ErrorMessage = "Track.Contact.Required")]
        [StringLength(Filer.EmailMaxLength, ErrorMessage = "Track.Contact.TooLong")]
        [Display(Name = "Track.Contact.Name")]
        public string? Contact { get; set; }
    }

    /// <summary>A public timeline entry, with the name of the agency it concerns.</summary>
    public sealed record TimelineEntry(CaseEventType Type, DateTimeOffset OccurredAt, string? AgencyName, string? Note)
    {
        /// <summary>What the filer must read in the agency's own words: what to supply, why it was refused, why it was extended or moved.</summary>
        public static bool ShowsNote(CaseEventType type) =>
            type is CaseEventType.InformationRequested or CaseEventType.Refused or CaseEventType.Extended or CaseEventType.Transferred;
    }

    public sealed record CaseStatusView(
        string Code,
        CaseKind Kind,
        CaseStatus Status,
        string Title,
        DateTimeOffset ReceivedAt,
        string LeadAgencyName,
        DeadlineStatus? Deadline,
        IReadOnlyList<TimelineEntry> Timeline,
        string? AnswerMarkdown,
        string? RatingPath,
        InformationRequestView? Request);

    /// <summary>What the agency asks the filer, and the token the reply form carries (<see cref="FilerReplyToken"/>).</summary>
    public sealed record InformationRequestView(string WhatIsNeeded, DateTimeOffset RequestedAt, string ReplyToken);
}
