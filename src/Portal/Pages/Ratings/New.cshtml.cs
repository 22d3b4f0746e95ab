using DanVan.Feedback.Core.Ratings;
using DanVan.Feedback.Core.Routing;
using DanVan.Feedback.Portal.Safety;
using DanVan.Feedback.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace DanVan.Feedback.Portal.Pages.Ratings;

/// <summary>
/// Đánh giá sự hài lòng (task 4.11): the citizen names the agency (and, if they wish, the service and desk) or arrives
/// from a desk's QR code that names them, and rates the 9 indicators. Each opening of the form is one visit
/// (<see cref="ServiceRatingVisit"/>): a second post of the same form shows the rating already stored, never a second one.
/// </summary>
[RequireCaptcha]
[EnableRateLimiting(RateLimitPolicies.Intake)]
public sealed partial class NewModel(
    ServiceRatingService ratings,
    ServiceRatingVisit visits,
    ReferenceDataCache referenceData,
    IStringLocalizer<RatingText> text) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>The visit token, a hidden field: issued by GET, carried by the post.</summary>
    [BindProperty]
    public string? Visit { get; set; }

    public ReferenceDirectory Directory { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(
        [FromQuery(Name = ServiceRatingLinks.AgencyParameter)] string? agency,
        [FromQuery(Name = ServiceRatingLinks.ServiceParameter)] string? service,
        [FromQuery(Name = ServiceRatingLinks.DeskParameter)] string? desk,
        [FromQuery(Name = ServiceRatingLinks.SourceParameter)] string? source,
        CancellationToken cancellationToken)
    {
        Directory = await referenceData.GetAsync(cancellationToken);
        Visit = visits.Start(source == ServiceRatingLinks.QrSource ? ServiceRatingChannel.QrCode : ServiceRatingChannel.Web);
        Input.ServiceName = Limit(service, ServiceRating.ServiceNameMaxLength);
        Input.DeskName = Limit(desk, ServiceRating.DeskNameMaxLength);
        if (string.IsNullOrWhiteSpace(agency))
        {
            return Page();
        }

        // A QR code or link that names no agency we know (a typo, an agency merged away): say so, and let the citizen choose.
        if (Directory.FindAgency(agency.Trim()) is null)
        {
            ModelState.AddModelError<NewModel>(m => m.Input.AgencyCode, text["Rating.Agency.NotListed"]);
            return this.Invalid();
        }

        Input.AgencyCode = agency.Trim();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // A second post of a form already rated (a double click, a reload): the first rating stands, whatever else this
        // post carries — even a CAPTCHA answer already spent by the first post.
        if (await ratings.FindRatedVisitAsync(Visit, cancellationToken) is { } earlier)
        {
            return Confirm(earlier);
        }

        Directory = await referenceData.GetAsync(cancellationToken);
        CheckAgencyAndScores();
        if (!ModelState.IsValid)
        {
            return this.Invalid();
        }

        var result = await ratings.RecordAsync(
            Visit,
            new ServiceRatingInput(Input.AgencyCode!, Input.ServiceName, Input.DeskName, [.. Input.Scores.Select(s => s!.Value)], Input.Comment),
            cancellationToken);
        switch (result.Outcome)
        {
            case ServiceRatingOutcome.Recorded or ServiceRatingOutcome.AlreadyRecorded:
                return Confirm(result);
            case ServiceRatingOutcome.UnknownAgency:
                // The reference data changed between the check and the save (an administrator's edit).
                ModelState.AddModelError<NewModel>(m => m.Input.AgencyCode, text["Rating.Agency.NotListed"]);
                return this.Invalid();
            default:
                // Expired or damaged: a fresh visit, and the answers kept, so one more click sends them.
                Visit = visits.Start(ServiceRatingChannel.Web);
                ModelState.AddModelError(string.Empty, text["Rating.Visit.Expired"]);
                return this.Invalid();
        }
    }

    private SeeOtherResult Confirm(ServiceRatingResult result)
    {
        TempData[ThanksModel.RatingKey] = result.RatingId?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        TempData[ThanksModel.RepeatedKey] = result.Outcome == ServiceRatingOutcome.AlreadyRecorded;
        return new SeeOtherResult(ThanksModel.Path);
    }

    // Each indicator has its own message, linked to its first option, so the citizen sees every one still to answer.
    private void CheckAgencyAndScores()
    {
        if (!string.IsNullOrEmpty(Input.AgencyCode) && Directory.FindAgency(Input.AgencyCode) is null)
        {
            ModelState.AddModelError<NewModel>(m => m.Input.AgencyCode, text["Rating.Agency.NotListed"]);
        }

        var english = PortalLocalization.IsEnglish(System.Globalization.CultureInfo.CurrentUICulture);
        foreach (var criterion in RatingCriterion.All)
        {
            var field = InputModel.FieldOf(criterion);
            var score = Input.Scores[criterion.Number - 1];
            if (!ModelState.HasError(field) && (score is null || !Enum.IsDefined(score.Value)))
            {
                ModelState.AddModelError(field, text["Rating.Criterion.Required", criterion.Number, english ? criterion.NameEn : criterion.Name]);
            }
        }
    }

    // Pre-filled from an address anyone can write: cut to what the field holds rather than refuse the visit.
    private static string? Limit(string? value, int maxLength)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed[..Math.Min(trimmed.Length, maxLength)];
    }
}
