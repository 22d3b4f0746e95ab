using DanVan.Feedback.Core.Agencies;
using DanVan.Feedback.Core.Attachments;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Routing;
using DanVan.Feedback.Portal.Attachments;
using DanVan.Feedback.Portal.Pages.Feedback;
using DanVan.Feedback.Portal.Safety;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace DanVan.Feedback.Portal.Pages.Denunciations;

/// <summary>
/// Gửi tố cáo (Luật Tố cáo 2018): only a person, with full name and address, whose identity is sealed (Điều 47–48).
/// A sender who withholds it may still send the information, which is handled as information, not as a denunciation
/// (Điều 25; ADR 0014). Every response may carry the denouncer's identity back to them, so none is cached.
/// </summary>
[RequireCaptcha]
[EnableRateLimiting(RateLimitPolicies.Intake)]
[RequestSizeLimit(AttachmentRules.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = AttachmentRules.MaxRequestBytes)]
public sealed partial class NewModel(CaseService cases, ReferenceDataCache referenceData, IStringLocalizer<DenunciationText> text, IStringLocalizer<AttachmentText> attachmentText)
    : PageModel, ICheckAnswersPage
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty]
    public FormStep Step { get; set; }

    public ReferenceDirectory Directory { get; private set; } = null!;

    public bool Checking { get; private set; }

    /// <summary>How many files the last "Gửi" carried: a re-shown check step asks for them again.</summary>
    public int PostedFileCount { get; private set; }

    /// <summary>The agencies a filer can name as managing the person denounced: the city's bodies, then the communes'.</summary>
    public IEnumerable<Agency> CityAgencies => Directory.Agencies.Where(a => a.Kind is AgencyKind.CityOffice or AgencyKind.Inspectorate or AgencyKind.Department or AgencyKind.Board);

    public IEnumerable<Agency> CommuneAgencies => Directory.Agencies.Where(a => a.Kind == AgencyKind.CommuneCommittee)
        .OrderBy(a => a.Name, StringComparer.Create(ReferenceDirectory.VietnameseCulture, ignoreCase: true));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        Directory = await referenceData.GetAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await OnGetAsync(cancellationToken);
        if (Step == FormStep.Edit)
        {
            ModelState.Clear();
            return Page();
        }

        CheckAcrossFields();
        (var attachments, PostedFileCount) = await CheckAnswers.ReadFilesAsync(this, Request, ModelState, attachmentText, cancellationToken);

        if (!ModelState.IsValid)
        {
            return Invalid();
        }

        if (Step != FormStep.Send)
        {
            Checking = true;
            return Page();
        }

        FiledCase filed;
        try
        {
            filed = await cases.FileAsync(Input.ToIntake() with { SubmissionKey = SubmissionKeyField.Posted(Request), Attachments = attachments }, cancellationToken);
        }
        catch (CaseIntakeException)
        {
            ModelState.AddModelError("Input.TopicCode", text["Denunciation.ReferenceChanged"]);
            return Invalid();
        }

        SentModel.Remember(TempData, filed, Input.IsAnonymous ? SentModel.AnonymousReportKind : SentModel.DenunciationKind);
        return new SeeOtherResult("/phan-anh/da-gui");
    }

    public CheckAnswersView CheckView()
    {
        var english = PortalLocalization.IsEnglish(System.Globalization.CultureInfo.CurrentUICulture);
        var topic = Input.TopicCode is null ? null : Directory.FindTopic(Input.TopicCode);
        var sender = Input.IsAnonymous
            ? new List<AnswerRow>
            {
                new(text["Denunciation.Identity.Legend"], text["Denunciation.Identity.Withheld"], "Input_GivesIdentity"),
                new(text["Denunciation.Phone.Label"], Input.Phone, "Input_Phone"),
                new(text["Denunciation.Email.Label"], Input.Email, "Input_Email"),
            }
            :
            [
                new(text["Denunciation.Identity.Legend"], text["Denunciation.Identity.Given"], "Input_GivesIdentity"),
                new(text["Denunciation.FullName.Label"], Input.FullName, "Input_FullName"),
                new(text["Denunciation.Address.Label"], Input.Address, "Input_Address"),
                new(text["Denunciation.Phone.Label"], Input.Phone, "Input_Phone"),
                new(text["Denunciation.Email.Label"], Input.Email, "Input_Email"),
            ];
        sender.Add(new(text["Denunciation.Publication.Check"], text[Input.ConsentsToPublication ? "Denunciation.Yes" : "Denunciation.No"], "Input_ConsentsToPublication"));
        return new CheckAnswersView(
        [
            new(text["Denunciation.Accused.Heading"],
            [
                new(text["Denunciation.AccusedName.Label"], Input.AccusedName, "Input_AccusedName"),
                new(text["Denunciation.AccusedPosition.Label"], Input.AccusedPosition, "Input_AccusedPosition"),
                new(text["Denunciation.AccusedAgency.Label"], Input.AccusedAgency, "Input_AccusedAgency"),
                new(text["Denunciation.AccusedAgencyCode.Label"], Input.AccusedAgencyCode is null ? null : Directory.FindAgency(Input.AccusedAgencyCode)?.Name, "Input_AccusedAgencyCode"),
            ]),
            new(text["Denunciation.Violation.Heading"],
            [
                new(text["Denunciation.Topic.Label"], topic is null ? null : english ? topic.NameEn : topic.Name, "Input_TopicCode"),
                new(text["Denunciation.Locality.Label"], Input.LocalityCode is null ? null : Directory.FindLocality(Input.LocalityCode)?.Name, "Input_LocalityCode"),
                new(text["Denunciation.Description.Label"], Input.Description, "Input_Description"),
                new(text["Denunciation.Evidence.Label"], Input.Evidence, "Input_Evidence"),
            ]),
            new(text["Denunciation.Sender.Heading"], sender),
        ],
        Input.IsAnonymous ? [text["Denunciation.Anonymous.Warning"].Value] : [text["Denunciation.Protection.Check"].Value])
        {
            // The files are not sealed like the name and address: say so, for both paths.
            Attachments = new(PostedFileCount) { Label = text["Denunciation.Attachments.Label"], Note = text["Denunciation.Attachments.Note"] },
        };
    }

    private PageResult Invalid()
    {
        Checking = CheckAnswers.OnlyCheckStepFailed(ModelState);
        ViewData["HasErrors"] = true;
        var page = Page();
        page.StatusCode = StatusCodes.Status400BadRequest;
        return page;
    }

    // Every rule across fields runs on every post, so the filer sees all problems in one go.
    private void CheckAcrossFields()
    {
        if (!string.IsNullOrEmpty(Input.TopicCode) && Directory.FindTopic(Input.TopicCode) is null)
        {
            ModelState.AddModelError("Input.TopicCode", text["Denunciation.Topic.NotListed"]);
        }

        if (!string.IsNullOrEmpty(Input.LocalityCode) && Directory.FindLocality(Input.LocalityCode) is null)
        {
            ModelState.AddModelError("Input.LocalityCode", text["Denunciation.Locality.NotListed"]);
        }

        if (!string.IsNullOrEmpty(Input.AccusedAgencyCode) && Directory.FindAgency(Input.AccusedAgencyCode) is null)
        {
            ModelState.AddModelError("Input.AccusedAgencyCode", text["Denunciation.AccusedAgencyCode.NotListed"]);
        }

        // Luật Tố cáo 2018, Điều 22: a denunciation states the denouncer's full name, address and a way to reach them.
        if (Input.GivesIdentity == true)
        {
            if (string.IsNullOrWhiteSpace(Input.FullName))
            {
                ModelState.AddModelError("Input.FullName", text["Denunciation.FullName.Required"]);
            }

            if (string.IsNullOrWhiteSpace(Input.Address))
            {
                ModelState.AddModelError("Input.Address", text["Denunciation.Address.Required"]);
            }

            if (string.IsNullOrWhiteSpace(Input.Phone) && string.IsNullOrWhiteSpace(Input.Email))
            {
                ModelState.AddModelError("Input.Phone", text["Denunciation.Contact.Required"]);
            }
        }

        ContactChecks.CheckFormat(ModelState, Input.Phone, Input.Email, text, "Denunciation");
    }
}
