using DanVan.Feedback.Core.Agencies;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Routing;
using DanVan.Feedback.Portal.Attachments;
using DanVan.Feedback.Portal.Pages.Feedback;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace DanVan.Feedback.Portal.Pages.Denunciations;

/// <summary>
/// Gửi tố cáo (Luật Tố cáo 2018): only a person, with full name and address, whose identity is sealed (Điều 47–48).
/// A sender who withholds it may still send the information, which is handled as information, not as a denunciation
/// (Điều 25; ADR 0014). Every response may carry the denouncer's identity back to them, so none is cached.
/// </summary>
public sealed partial class NewModel(
    CaseService cases,
    ReferenceDataCache referenceData,
    IStringLocalizer<DenunciationText> text,
    IStringLocalizer<AttachmentText> attachmentText)
    : CheckAnswersPageModel<NewModel.InputModel>(cases, referenceData, text, "Denunciation", attachmentText)
{
    /// <summary>The agencies a filer can name as managing the person denounced: the city's bodies, then the communes'.</summary>
    public IEnumerable<Agency> CityAgencies => Directory.Agencies.Where(a => a.Kind is AgencyKind.CityOffice or AgencyKind.Inspectorate or AgencyKind.Department or AgencyKind.Board);

    public IEnumerable<Agency> CommuneAgencies => Directory.Agencies.Where(a => a.Kind == AgencyKind.CommuneCommittee)
        .OrderBy(a => a.Name, StringComparer.Create(ReferenceDirectory.VietnameseCulture, ignoreCase: true));

    /// <summary>Luật Tố cáo 2018, Điều 22: a denunciation states a way to reach the denouncer; information sent without an identity need not.</summary>
    protected override bool NeedsContact => Input.GivesIdentity == true;

    protected override string SentKind => Input.IsAnonymous ? SentModel.AnonymousReportKind : SentModel.DenunciationKind;

    protected override async Task LoadAsync(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        await base.LoadAsync(cancellationToken);
    }

    protected override CaseIntake ToIntake() => Input.ToIntake();

    public override CheckAnswersView CheckView()
    {
        var sender = Input.IsAnonymous
            ? new List<AnswerRow>
            {
                new(Text["Denunciation.Identity.Legend"], Text["Denunciation.Identity.Withheld"], nameof(InputModel.GivesIdentity)),
                new(Text["Denunciation.Phone.Label"], Input.Phone, nameof(InputModel.Phone)),
                new(Text["Denunciation.Email.Label"], Input.Email, nameof(InputModel.Email)),
            }
            :
            [
                new(Text["Denunciation.Identity.Legend"], Text["Denunciation.Identity.Given"], nameof(InputModel.GivesIdentity)),
                new(Text["Denunciation.FullName.Label"], Input.FullName, nameof(InputModel.FullName)),
                new(Text["Denunciation.Address.Label"], Input.Address, nameof(InputModel.Address)),
                new(Text["Denunciation.Phone.Label"], Input.Phone, nameof(InputModel.Phone)),
                new(Text["Denunciation.Email.Label"], Input.Email, nameof(InputModel.Email)),
            ];
        sender.Add(new(Text["Denunciation.Publication.Check"], Text[Input.ConsentsToPublication ? "Denunciation.Yes" : "Denunciation.No"], nameof(InputModel.ConsentsToPublication)));
        return new CheckAnswersView(
        [
            new(Text["Denunciation.Accused.Heading"],
            [
                new(Text["Denunciation.AccusedName.Label"], Input.AccusedName, nameof(InputModel.AccusedName)),
                new(Text["Denunciation.AccusedPosition.Label"], Input.AccusedPosition, nameof(InputModel.AccusedPosition)),
                new(Text["Denunciation.AccusedAgency.Label"], Input.AccusedAgency, nameof(InputModel.AccusedAgency)),
                new(Text["Denunciation.AccusedAgencyCode.Label"], Input.AccusedAgencyCode is null ? null : Directory.FindAgency(Input.AccusedAgencyCode)?.Name, nameof(InputModel.AccusedAgencyCode)),
            ]),
            new(Text["Denunciation.Violation.Heading"],
            [
                new(Text["Denunciation.Topic.Label"], TopicName(), nameof(InputModel.TopicCode)),
                new(Text["Denunciation.Locality.Label"], LocalityName(), nameof(InputModel.LocalityCode)),
                new(Text["Denunciation.Description.Label"], Input.Description, nameof(InputModel.Description)),
                new(Text["Denunciation.Evidence.Label"], Input.Evidence, nameof(InputModel.Evidence)),
            ]),
            new(Text["Denunciation.Sender.Heading"], sender),
        ],
        Input.IsAnonymous ? [Text["Denunciation.Anonymous.Warning"].Value] : [Text["Denunciation.Protection.Check"].Value])
        {
            // The files are not sealed like the name and address: say so, for both paths.
            Attachments = new(PostedFileCount) { Label = Text["Denunciation.Attachments.Label"], Note = Text["Denunciation.Attachments.Note"] },
        };
    }

    protected override void CheckAcrossFields()
    {
        if (!string.IsNullOrEmpty(Input.AccusedAgencyCode) && Directory.FindAgency(Input.AccusedAgencyCode) is null)
        {
            ModelState.AddModelError<NewModel>(m => m.Input.AccusedAgencyCode, Text["Denunciation.AccusedAgencyCode.NotListed"]);
        }

        // Luật Tố cáo 2018, Điều 22: a denunciation states the denouncer's full name and address (and a way to reach them: NeedsContact).
        if (Input.GivesIdentity == true)
        {
            if (string.IsNullOrWhiteSpace(Input.FullName))
            {
                ModelState.AddModelError<NewModel>(m => m.Input.FullName, Text["Denunciation.FullName.Required"]);
            }

            if (string.IsNullOrWhiteSpace(Input.Address))
            {
                ModelState.AddModelError<NewModel>(m => m.Input.Address, Text["Denunciation.Address.Required"]);
            }
        }
    }
}
