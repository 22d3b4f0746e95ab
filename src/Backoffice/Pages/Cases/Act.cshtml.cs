using DanVan.Feedback.Backoffice.Authorization;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Routing;
using DanVan.Feedback.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Backoffice.Pages.Cases;

/// <summary>
/// One workflow step on one case, on its own page: the form, then the step through
/// <see cref="CaseWorkflowService"/>. A stale form gets 409, a step the law refuses 422, missing input 400.
/// </summary>
public sealed partial class ActModel(
    FeedbackDbContext db,
    CaseWorkflowService workflow,
    ReferenceDataCache referenceData,
    IAuthorizationService authorization,
    CaseRuleMessages refusals)
    : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public CaseActionInfo Step { get; private set; } = null!;

    public CaseSummary Case { get; private set; } = null!;

    public ReferenceDirectory Directory { get; private set; } = null!;

    public IReadOnlyList<(string Id, string Name)> Officers { get; private set; } = [];

    /// <summary>Why nothing changed, when the step was refused or the form was stale.</summary>
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, string step, CancellationToken cancellationToken)
    {
        var problem = await LoadAsync(code, step, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        Input.Version = Case.Version;
        Input.PublicTitle = Step.Fields.HasFlag(ActionFields.PublicTitle) ? Case.Title : null;
        Input.Markdown = Step.Action switch
        {
            CaseAction.DraftAnswer => Case.AnswerDraft ?? AnswerTemplates.For(Case.Kind, Directory.AgencyName(Case.LeadAgencyCode)),
            CaseAction.Publish => Case.AnswerText,
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, string step, CancellationToken cancellationToken)
    {
        var problem = await LoadAsync(code, step, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        Validate();
        if (!ModelState.IsValid)
        {
            return this.PageWithStatus(StatusCodes.Status400BadRequest);
        }

        var actor = User.Actor();
        var result = await workflow.ExecuteAsync(
            new CaseCommand(code, Input.Version, Step.Action, actor, Apply(actor)),
            async access => (await authorization.AuthorizeAsync(User, access, CaseActionRequirement.For(Step.Action))).Succeeded,
            cancellationToken);
        return result.Outcome switch
        {
            CaseActionOutcome.Done => Done(),
            CaseActionOutcome.Conflict => Stale(),
            CaseActionOutcome.Refused => Refused(result.Refusal),
            _ => NotFound(),
        };
    }

    private IActionResult Done()
    {
        TempData["Done"] = Step.Done;
        return RedirectToPage("Details", new { code = Case.DisplayCode });
    }

    private IActionResult Stale()
    {
        Refusal = "Hồ sơ vừa được người khác cập nhật sau khi quý vị mở trang này, nên chưa có thay đổi nào được lưu. Vui lòng mở lại hồ sơ để xem tình trạng mới nhất rồi thực hiện lại.";
        return this.PageWithStatus(StatusCodes.Status409Conflict);
    }

    private IActionResult Refused(CaseRefusal? refusal)
    {
        Refusal = refusal is { } coded ? refusals.For(coded) : null;
        return this.PageWithStatus(StatusCodes.Status422UnprocessableEntity);
    }

    private async Task<IActionResult?> LoadAsync(string code, string step, CancellationToken cancellationToken)
    {
        if (CaseActionCatalog.FindBySlug(step) is not { } info || !TrackingCode.TryParse(code, out var trackingCode))
        {
            return NotFound();
        }

        Step = info;
        var found = await db.Cases.AsNoTracking()
            .Where(c => c.TrackingCode == trackingCode.Value)
            .Select(c => new CaseSummary(
                c.TrackingCode, c.Title, c.Kind, c.Status, c.LeadAgencyCode, c.Version, c.AnswerDraft, c.AnswerText,
                new CaseAccess(
                    c.LeadAgencyCode,
                    c.Coordinators.Select(k => k.AgencyCode).ToList(),
                    c.AssignedOfficerId,
                    FeedbackCase.IsInReviewQueue(c.FlaggedForReviewAt, c.ReviewClosedAt),
                    c.Kind)))
            .SingleOrDefaultAsync(cancellationToken);

        // Neither allowed to see it nor to take the step: answer as if it did not exist. Allowed to see but
        // not to act: 403. (An inspector may put any case on the review queue by its code without seeing it first.)
        if (found is null)
        {
            return NotFound();
        }

        var mayAct = (await authorization.AuthorizeAsync(User, found.Access, CaseActionRequirement.For(info.Action))).Succeeded;
        if (!mayAct)
        {
            var mayView = (await authorization.AuthorizeAsync(User, found.Access, CaseActionRequirement.View)).Succeeded;
            return mayView ? Forbid() : NotFound();
        }

        Case = found;
        Directory = await referenceData.GetAsync(cancellationToken);
        if (info.Fields.HasFlag(ActionFields.Officer))
        {
            Officers = await AssignableOfficersAsync(found.LeadAgencyCode, cancellationToken);
        }

        return null;
    }
}
