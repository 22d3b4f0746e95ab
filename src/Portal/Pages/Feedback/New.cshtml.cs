using DanVan.Feedback.Core.Attachments;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Routing;
using DanVan.Feedback.Portal.Attachments;
using DanVan.Feedback.Portal.Places;
using DanVan.Feedback.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace DanVan.Feedback.Portal.Pages.Feedback;

/// <summary>Gửi phản ánh, kiến nghị: the form a citizen or business fills to file a case, in one step with its files.</summary>
[RequestSizeLimit(AttachmentRules.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = AttachmentRules.MaxRequestBytes)]
public sealed partial class NewModel(
    CaseService cases,
    ReferenceDataCache referenceData,
    IStringLocalizer<IntakeText> text,
    IStringLocalizer<AttachmentText> attachmentText,
    IStringLocalizer<PlaceText> placeText)
    : IntakePageModel<NewModel.InputModel>(cases, referenceData, text, "Intake")
{
    /// <summary>How many files the last post carried: a re-shown form asks for them again.</summary>
    public int PostedFileCount { get; private set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        CheckSharedAnswers();
        CheckKindAndOrganisation();
        var place = Input.Place.Check(ModelState, FormField.Of<NewModel>(m => m.Input.Place).Name, placeText);
        PostedFileCount = AttachmentField.CountPosted(Request);
        var attachments = await AttachmentField.ReadAsync(Request, ModelState, attachmentText, cancellationToken);
        if (!ModelState.IsValid)
        {
            return Invalid();
        }

        return await FileAsync(Input.ToIntake() with { Place = place, Attachments = attachments }, sentKind: null, cancellationToken);
    }

    private void CheckKindAndOrganisation()
    {
        if (!IsOpenFormKind(Input.Kind))
        {
            ModelState.AddModelError<NewModel>(m => m.Input.Kind, Text["Intake.Kind.Required"]);
        }

        if (Input.FilerType == FilerType.Business && string.IsNullOrWhiteSpace(Input.OrganisationName))
        {
            ModelState.AddModelError<NewModel>(m => m.Input.OrganisationName, Text["Intake.Organisation.Required"]);
        }

        if (Input.Description is { Length: > 0 } description && description.Trim().Length < FeedbackCase.DescriptionMinLength)
        {
            ModelState.AddModelError<NewModel>(m => m.Input.Description, Text["Intake.Description.TooShort", FeedbackCase.DescriptionMinLength]);
        }
    }
}
