using DanVan.Feedback.Core.Businesses;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Routing;
using DanVan.Feedback.Portal.Pages.Feedback;
using DanVan.Feedback.Portal.Safety;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DanVan.Feedback.Portal.Pages.Businesses;

/// <summary>
/// Phản ánh, kiến nghị of an enterprise or its workers in an industrial park or economic zone (task 4.10):
/// filed as a business case in the zone, so the routing rules send it to Ban Quản lý Khu kinh tế.
/// </summary>
[RequireCaptcha]
[EnableRateLimiting(RateLimitPolicies.Intake)]
public sealed partial class NewModel(CaseService cases, ReferenceDataCache referenceData, FeedbackDbContext db, IStringLocalizer<BusinessText> text) : PageModel
{
    /// <summary>The choice for a park not in the list, or a filer who is not sure which it is.</summary>
    public const string OtherPark = "khac";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public ReferenceDirectory Directory { get; private set; } = null!;

    public IReadOnlyList<Park> Parks { get; private set; } = [];

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var taxCode = CheckTaxCode();
        var park = CheckChoices();
        CheckContact();
        if (!ModelState.IsValid)
        {
            return Invalid();
        }

        FiledCase filed;
        try
        {
            filed = await cases.FileAsync(Input.ToIntake(taxCode, park) with { SubmissionKey = SubmissionKeyField.Posted(Request) }, cancellationToken);
        }
        catch (CaseIntakeException)
        {
            ModelState.AddModelError("Input.TopicCode", text["Business.ReferenceChanged"]);
            return Invalid();
        }

        TempData[SentModel.CodeKey] = filed.Code.ToString();
        TempData[SentModel.AgencyKey] = filed.LeadAgencyName;
        return new SeeOtherResult("/phan-anh/da-gui");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Directory = await referenceData.GetAsync(cancellationToken);
        Parks = await db.IndustrialParks.AsNoTracking()
            .OrderBy(p => p.Kind).ThenBy(p => p.SortOrder)
            .Select(p => new Park(p.Code, p.Name, p.Kind, p.LocalityCode))
            .ToListAsync(cancellationToken);
    }

    private PageResult Invalid()
    {
        ViewData["HasErrors"] = true;
        var page = Page();
        page.StatusCode = StatusCodes.Status400BadRequest;
        return page;
    }

    private TaxCode CheckTaxCode()
    {
        if (string.IsNullOrWhiteSpace(Input.TaxCode) || ModelState["Input.TaxCode"]?.Errors.Count > 0)
        {
            return default;
        }

        switch (TaxCode.TryParse(Input.TaxCode, out var taxCode))
        {
            case TaxCodeProblem.Format:
                ModelState.AddModelError("Input.TaxCode", text["Business.TaxCode.Format"]);
                break;
            case TaxCodeProblem.CheckDigit:
                ModelState.AddModelError("Input.TaxCode", text["Business.TaxCode.CheckDigit"]);
                break;
        }

        return taxCode;
    }

    private Park? CheckChoices()
    {
        // A forged post may name another kind; the Portal files only phản ánh and kiến nghị.
        if (Input.Kind is not null and not (CaseKind.Feedback or CaseKind.Recommendation))
        {
            ModelState.AddModelError("Input.Kind", text["Business.Kind.Required"]);
        }

        if (!string.IsNullOrEmpty(Input.TopicCode) && Directory.FindTopic(Input.TopicCode) is null)
        {
            ModelState.AddModelError("Input.TopicCode", text["Business.Topic.NotListed"]);
        }

        if (string.IsNullOrEmpty(Input.ParkCode) || Input.ParkCode == OtherPark)
        {
            return null;
        }

        var park = Parks.FirstOrDefault(p => p.Code == Input.ParkCode);
        if (park is null)
        {
            ModelState.AddModelError("Input.ParkCode", text["Business.Park.NotListed"]);
        }

        return park;
    }

    private void CheckContact()
    {
        if (string.IsNullOrWhiteSpace(Input.Phone) && string.IsNullOrWhiteSpace(Input.Email))
        {
            ModelState.AddModelError("Input.Phone", text["Business.Contact.Required"]);
        }

        ContactChecks.CheckFormat(ModelState, Input.Phone, Input.Email, text, "Business");

        if (Input.Description is { Length: > 0 } description && description.Trim().Length < FeedbackCase.DescriptionMinLength
            && ModelState["Input.Description"] is not { Errors.Count: > 0 })
        {
            ModelState.AddModelError("Input.Description", text["Business.Description.Length", "", FeedbackCase.DescriptionMaxLength, FeedbackCase.DescriptionMinLength]);
        }
    }

    public sealed record Park(string Code, string Name, IndustrialParkKind Kind, string? LocalityCode);
}
