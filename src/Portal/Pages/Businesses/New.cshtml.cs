using DanVan.Feedback.Core.Businesses;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Routing;
using DanVan.Feedback.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DanVan.Feedback.Portal.Pages.Businesses;

/// <summary>
/// Phản ánh, kiến nghị of an enterprise or its workers in an industrial park or economic zone (task 4.10):
/// filed as a business case in the zone, so the routing rules send it to Ban Quản lý Khu kinh tế.
/// </summary>
public sealed partial class NewModel(CaseService cases, ReferenceDataCache referenceData, FeedbackDbContext db, IStringLocalizer<BusinessText> text)
    : IntakePageModel<NewModel.InputModel>(cases, referenceData, text, "Business")
{
    /// <summary>The choice for a park not in the list, or a filer who is not sure which it is.</summary>
    public const string OtherPark = "khac";

    public IReadOnlyList<Park> Parks { get; private set; } = [];

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        CheckSharedAnswers();
        var taxCode = CheckTaxCode();
        var park = CheckChoices();
        CheckDescription();
        if (!ModelState.IsValid)
        {
            return Invalid();
        }

        return await FileAsync(Input.ToIntake(taxCode, park), sentKind: null, cancellationToken);
    }

    protected override async Task LoadAsync(CancellationToken cancellationToken)
    {
        await base.LoadAsync(cancellationToken);
        Parks = await db.IndustrialParks.AsNoTracking()
            .OrderBy(p => p.Kind).ThenBy(p => p.SortOrder)
            .Select(p => new Park(p.Code, p.Name, p.Kind, p.LocalityCode))
            .ToListAsync(cancellationToken);
    }

    private TaxCode CheckTaxCode()
    {
        if (string.IsNullOrWhiteSpace(Input.TaxCode) || ModelState.HasError(FormField.Of<NewModel>(m => m.Input.TaxCode)))
        {
            return default;
        }

        switch (TaxCode.TryParse(Input.TaxCode, out var taxCode))
        {
            case TaxCodeProblem.Format:
                ModelState.AddModelError<NewModel>(m => m.Input.TaxCode, Text["Business.TaxCode.Format"]);
                break;
            case TaxCodeProblem.CheckDigit:
                ModelState.AddModelError<NewModel>(m => m.Input.TaxCode, Text["Business.TaxCode.CheckDigit"]);
                break;
        }

        return taxCode;
    }

    private Park? CheckChoices()
    {
        if (!IsOpenFormKind(Input.Kind))
        {
            ModelState.AddModelError<NewModel>(m => m.Input.Kind, Text["Business.Kind.Required"]);
        }

        if (string.IsNullOrEmpty(Input.ParkCode) || Input.ParkCode == OtherPark)
        {
            return null;
        }

        var park = Parks.FirstOrDefault(p => p.Code == Input.ParkCode);
        if (park is null)
        {
            ModelState.AddModelError<NewModel>(m => m.Input.ParkCode, Text["Business.Park.NotListed"]);
        }

        return park;
    }

    private void CheckDescription()
    {
        if (Input.Description is { Length: > 0 } description && description.Trim().Length < FeedbackCase.DescriptionMinLength
            && !ModelState.HasError(FormField.Of<NewModel>(m => m.Input.Description)))
        {
            ModelState.AddModelError<NewModel>(m => m.Input.Description, Text["Business.Description.Length", "", FeedbackCase.DescriptionMaxLength, FeedbackCase.DescriptionMinLength]);
        }
    }

    public sealed record Park(string Code, string Name, IndustrialParkKind Kind, string? LocalityCode);
}
