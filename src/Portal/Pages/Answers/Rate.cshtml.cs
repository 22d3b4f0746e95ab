using System.ComponentModel.DataAnnotations;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Ratings;
using DanVan.Feedback.Core.Routing;
using DanVan.Feedback.Portal.Safety;
using DanVan.Feedback.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace DanVan.Feedback.Portal.Pages.Answers;

/// <summary>
/// Đánh giá câu trả lời: the filer says whether the answer satisfied them, and, if not, may ask for the case
/// to be looked at again within the window. Reached from the invitation mail or the tracking page through a
/// protected link, so no code or contact is asked again.
/// </summary>
[EnableRateLimiting(RateLimitPolicies.Intake)]
public sealed class RateModel(
    AnswerRatingService ratings,
    ReferenceDataCache referenceData,
    CaseVocabulary labels,
    CaseRuleMessages refusals,
    IStringLocalizer<AnswerRatingText> text) : PageModel
{
    public const string ResultKey = "AnswerRating.Result";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public AnswerToRate? Answer { get; private set; }

    public string AgencyName { get; private set; } = "";

    /// <summary>What the filer was told after rating (TempData, once): thanks, or the case reopened until a date.</summary>
    public string? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        Result = TempData[ResultKey] as string;
        return await ShowAsync(token, StatusCodes.Status200OK, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        if (Input.Satisfied is null)
        {
            ModelState.AddModelError<RateModel>(m => m.Input.Satisfied, text["Rating.Satisfied.Required"]);
        }
        else if (Input.Satisfied == false && string.IsNullOrWhiteSpace(Input.Reason))
        {
            ModelState.AddModelError<RateModel>(m => m.Input.Reason, text["Rating.Reason.Required"]);
        }

        if (Input is { Satisfied: true, Reopen: true })
        {
            ModelState.AddModelError<RateModel>(m => m.Input.Reopen, text["Rating.Reopen.OnlyIfNotSatisfied"]);
        }

        if (!ModelState.IsValid)
        {
            return await ShowAsync(token, StatusCodes.Status400BadRequest, cancellationToken);
        }

        // What the law or the case refuses is said in the filer's language before the service is asked; the answer
        // read for it is the one the page shows again.
        var answer = await ratings.FindAsync(token, cancellationToken);
        if (answer is null)
        {
            return await ShowAsync(answer, StatusCodes.Status404NotFound, cancellationToken);
        }

        if (!answer.AwaitsRating)
        {
            ModelState.AddModelError(string.Empty, text["Rating.AlreadyRated"]);
            return await ShowAsync(answer, StatusCodes.Status409Conflict, cancellationToken);
        }

        if (!answer.MayReopen && Input.Reopen)
        {
            ModelState.AddModelError<RateModel>(m => m.Input.Reopen, text["Rating.Reopen.TooLate"]);
            return await ShowAsync(answer, StatusCodes.Status409Conflict, cancellationToken);
        }

        var result = await ratings.RateAsync(token, Input.Satisfied!.Value, Input.Reason, Input.Reopen, cancellationToken);
        switch (result.Outcome)
        {
            case AnswerRatingOutcome.Recorded:
                TempData[ResultKey] = result switch
                {
                    { Reopened: true, NewDueOn: { } due } => text["Rating.Result.ReopenedUntil", labels.Date(due)].Value,
                    { Reopened: true } => text["Rating.Result.Reopened"].Value,
                    _ => text["Rating.Result.Thanks"].Value,
                };
                return new SeeOtherResult(Request.Path.ToString());
            case AnswerRatingOutcome.Refused:
                ModelState.AddModelError(string.Empty, result.Refusal is { } refusal ? refusals.For(refusal) : text["Rating.AlreadyRated"]);
                return await ShowAsync(token, StatusCodes.Status409Conflict, cancellationToken);
            case AnswerRatingOutcome.Conflict:
                ModelState.AddModelError(string.Empty, text["Rating.Conflict"]);
                return await ShowAsync(token, StatusCodes.Status409Conflict, cancellationToken);
            default:
                return await ShowAsync(token, StatusCodes.Status404NotFound, cancellationToken);
        }
    }

    private async Task<IActionResult> ShowAsync(string token, int status, CancellationToken cancellationToken) =>
        await ShowAsync(await ratings.FindAsync(token, cancellationToken), status, cancellationToken);

    private async Task<IActionResult> ShowAsync(AnswerToRate? answer, int status, CancellationToken cancellationToken)
    {
        Answer = answer;
        if (Answer is not null)
        {
            AgencyName = (await referenceData.GetAsync(cancellationToken)).AgencyName(Answer.LeadAgencyCode);
        }

        // A link that is forged, damaged, expired or made for an answer since replaced: the page says so, with a 404.
        return this.PageWithStatus(Answer is null ? StatusCodes.Status404NotFound : status);
    }

    /// <summary>The rating form; its attributes carry keys of AnswerRatingText.</summary>
    [TextResource(typeof(AnswerRatingText))]
    public sealed class InputModel
    {
        public bool? Satisfied { get; set; }

        [StringLength(FeedbackCase.RatingReasonMaxLength, ErrorMessage = "Rating.Reason.TooLong")]
        [Display(Name = "Rating.Reason.Name")]
        public string? Reason { get; set; }

        public bool Reopen { get; set; }
    }
}
