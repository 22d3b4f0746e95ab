using System.ComponentModel.DataAnnotations;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Portal.Safety;
using DanVan.Feedback.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace DanVan.Feedback.Portal.Pages.Track;

/// <summary>
/// Bổ sung thông tin: the filer answers the agency's request from the tracking page. The form carries the
/// token the look-up issued (<see cref="FilerReplyToken"/>), so only who proved the code and contact may reply.
/// After the reply the page shows, once, that the clock runs again and the new due date.
/// </summary>
[EnableRateLimiting(RateLimitPolicies.Lookup)]
public sealed class ReplyModel(FilerReplyService replies, CaseRuleMessages refusals, IStringLocalizer<TrackText> text) : PageModel
{
    public const string CodeKey = "Reply.Code";
    public const string StatusKey = "Reply.Status";
    public const string DueOnKey = "Reply.DueOn";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>The request being answered; null when the token is no good (the page asks to look the case up again).</summary>
    public PendingRequest? Pending { get; private set; }

    /// <summary>Why nothing was recorded, when it is not the filer's input: the case moved on, or changed meanwhile.</summary>
    public string? Problem { get; private set; }

    /// <summary>After a recorded reply: the case's code, status and new due date.</summary>
    public (string Code, CaseStatus Status, DateOnly? DueOn)? Done { get; private set; }

    public IActionResult OnGet()
    {
        if (TempData.Peek(CodeKey) is not string code || !Enum.TryParse<CaseStatus>(TempData.Peek(StatusKey) as string, out var status))
        {
            return RedirectToPage("/Track/Index");
        }

        // Kept for the browser session, so switching language or reloading shows the confirmation again.
        TempData.Keep();
        Done = (code, status, TempData.Peek(DueOnKey) is int dayNumber ? DateOnly.FromDayNumber(dayNumber) : null);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Pending = await replies.FindAsync(Input.Token, cancellationToken);
        if (Pending is null)
        {
            return this.PageWithStatus(StatusCodes.Status404NotFound);
        }

        if (!Pending.IsWaiting)
        {
            Problem = text["Track.Reply.NotWaiting", Pending.Code];
            return this.PageWithStatus(StatusCodes.Status409Conflict);
        }

        if (!ModelState.IsValid)
        {
            return this.PageWithStatus(StatusCodes.Status400BadRequest);
        }

        var result = await replies.ReplyAsync(Input.Token, Input.Reply!, cancellationToken);
        switch (result.Outcome)
        {
            case FilerReplyOutcome.Recorded:
                TempData[CodeKey] = result.Code;
                TempData[StatusKey] = result.Status.ToString();
                // A day number, not an ISO date: TempData would read "2026-02-26" back as a DateTime.
                TempData[DueOnKey] = result.DueOn?.DayNumber;
                return new SeeOtherResult(Url.Page("/Track/Reply")!);
            case FilerReplyOutcome.NotWaiting:
                Problem = text["Track.Reply.NotWaiting", Pending.Code];
                return this.PageWithStatus(StatusCodes.Status409Conflict);
            case FilerReplyOutcome.Conflict:
                Problem = text["Track.Reply.Conflict"];
                return this.PageWithStatus(StatusCodes.Status409Conflict);
            case FilerReplyOutcome.Refused:
                ModelState.AddModelError<ReplyModel>(m => m.Input.Reply, result.Refusal is { } refusal ? refusals.For(refusal) : text["Track.Reply.Required"]);
                return this.PageWithStatus(StatusCodes.Status400BadRequest);
            default:
                Pending = null;
                return this.PageWithStatus(StatusCodes.Status404NotFound);
        }
    }

    /// <summary>The reply form; its attributes carry keys of TrackText.</summary>
    [TextResource(typeof(TrackText))]
    public sealed class InputModel
    {
        public string? Token { get; set; }

        [Required(ErrorMessage = "Track.Reply.Required")]
        [StringLength(FeedbackCase.FilersReplyMaxLength, ErrorMessage = "Track.Reply.TooLong")]
        [Display(Name = "Track.Reply.Name")]
        public string? Reply { get; set; }
    }

    /// <summary>What the reply form partial needs: the token of the look-up and the text typed so far.</summary>
    public sealed record ReplyForm(string Token, string? Reply);
}
