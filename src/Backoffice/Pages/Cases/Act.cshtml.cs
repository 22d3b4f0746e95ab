using System.ComponentModel.DataAnnotations;
using DanVan.Feedback.Backoffice.Authorization;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Routing;
using DanVan.Feedback.Core.Staff;
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
public sealed class ActModel(
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
        switch (result.Outcome)
        {
            case CaseActionOutcome.Done:
                TempData["Done"] = Step.Done;
                return RedirectToPage("Details", new { code = Case.DisplayCode });
            case CaseActionOutcome.Conflict:
                Refusal = "Hồ sơ vừa được người khác cập nhật sau khi quý vị mở trang này, nên chưa có thay đổi nào được lưu. Vui lòng mở lại hồ sơ để xem tình trạng mới nhất rồi thực hiện lại.";
                return this.PageWithStatus(StatusCodes.Status409Conflict);
            case CaseActionOutcome.Refused:
                Refusal = result.Refusal is { } refusal ? refusals.For(refusal) : null;
                return this.PageWithStatus(StatusCodes.Status422UnprocessableEntity);
            default:
                return NotFound();
        }
    }

    private Action<FeedbackCase, CaseStepContext> Apply(StaffActor actor)
    {
        var text = Input.Text ?? "";
        return Step.Action switch
        {
            CaseAction.Accept => (c, x) => c.Accept(actor, x.Now, Input.Text),
            CaseAction.Refuse => (c, x) => c.Refuse(RefusalGround.Find(Input.Ground)!, text, actor, x.Now),
            CaseAction.Assign => (c, x) => c.Assign(Input.OfficerId!, Officers.First(o => o.Id == Input.OfficerId).Name, actor, x.Now),
            CaseAction.RequestInformation => (c, x) => c.RequestInformation(text, actor, x.Now),
            CaseAction.RecordInformation => (c, x) => c.RecordInformation(text, actor, x.Now),
            CaseAction.Transfer => (c, x) => c.Transfer(Input.AgencyCode!, text, actor, x.Now),
            CaseAction.RequestCoordination => (c, x) => c.RequestCoordination(Input.AgencyCode!, text, actor, x.Now),
            CaseAction.RecordCoordinationInput => (c, x) => c.RecordCoordinationInput(text, actor, x.Now),
            CaseAction.MarkComplex => (c, x) => c.MarkComplex(text, actor, x.Now),
            CaseAction.Extend => (c, x) => c.Extend(Input.Days!.Value, text, x.ResolutionPolicy(c.Kind), actor, x.Now),
            CaseAction.Suspend => (c, x) => c.Suspend(text, actor, x.Now),
            CaseAction.Resume => (c, x) => c.Resume(text, actor, x.Now),
            CaseAction.DraftAnswer => (c, x) => c.DraftAnswer(Input.Markdown ?? "", actor, x.Now),
            CaseAction.ApproveAnswer => (c, x) => c.ApproveAnswer(actor, x.Now, x.Rules.Calendar),
            CaseAction.ReturnAnswer => (c, x) => c.ReturnAnswer(text, actor, x.Now),
            CaseAction.Publish => (c, x) => c.Publish(Input.PublicTitle ?? "", Input.Markdown ?? "", actor, x.Now),
            CaseAction.Close => (c, x) => c.Close(text, actor, x.Now),
            CaseAction.Reopen => (c, x) => c.Reopen(text, actor, x.Now),
            CaseAction.FlagForReview => (c, x) => c.FlagForReview(ReviewReasons.Manual, text, x.Now, actor),
            CaseAction.RecordReviewFinding => (c, x) => c.RecordReviewFinding(text, Input.DirectsLeadAgency, actor, x.Now),
            CaseAction.CloseReview => (c, x) => c.CloseReview(text, actor, x.Now),
            _ => throw new InvalidOperationException($"{Step.Action} is not a workflow step."),
        };
    }

    // Field checks the page can make before the domain sees the step; the domain checks the rest.
    private void Validate()
    {
        var fields = Step.Fields;
        if (fields.HasFlag(ActionFields.Text) && string.IsNullOrWhiteSpace(Input.Text))
        {
            ModelState.AddModelError("Input.Text", $"Vui lòng nhập {Step.TextLabel.ToLowerInvariant()}.");
        }

        if (fields.HasFlag(ActionFields.Ground) && RefusalGround.Find(Input.Ground)?.Kind != Case.Kind)
        {
            ModelState.AddModelError("Input.Ground", "Vui lòng chọn căn cứ pháp lý không thụ lý.");
        }

        if (fields.HasFlag(ActionFields.Agency) && (Input.AgencyCode is null || Directory.FindAgency(Input.AgencyCode) is null))
        {
            ModelState.AddModelError("Input.AgencyCode", "Vui lòng chọn cơ quan.");
        }

        if (fields.HasFlag(ActionFields.Days) && Input.Days is null)
        {
            ModelState.AddModelError("Input.Days", "Vui lòng nhập số ngày gia hạn.");
        }

        if (fields.HasFlag(ActionFields.PublicTitle) && string.IsNullOrWhiteSpace(Input.PublicTitle))
        {
            ModelState.AddModelError("Input.PublicTitle", "Vui lòng nhập tiêu đề công khai.");
        }

        if (fields.HasFlag(ActionFields.Markdown) && string.IsNullOrWhiteSpace(Input.Markdown))
        {
            ModelState.AddModelError("Input.Markdown", "Vui lòng nhập nội dung.");
        }

        if (fields.HasFlag(ActionFields.Officer) && Officers.All(o => o.Id != Input.OfficerId))
        {
            ModelState.AddModelError("Input.OfficerId", "Vui lòng chọn cán bộ của cơ quan.");
        }
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

    // A lead gives the case to any officer of the agency; an officer can only take it on themselves.
    private async Task<IReadOnlyList<(string Id, string Name)>> AssignableOfficersAsync(string agencyCode, CancellationToken cancellationToken)
    {
        var caseWorkerRoles = new[] { StaffRoles.Officer, StaffRoles.AgencyLead };
        var staff = await db.Users.AsNoTracking()
            .Where(u => u.AgencyCode == agencyCode
                && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && caseWorkerRoles.Contains(r.Name!))))
            .OrderBy(u => u.FullName)
            .Select(u => new { u.Id, u.FullName })
            .ToListAsync(cancellationToken);
        var me = User.Actor().UserId;
        return staff.Where(u => User.IsInRole(StaffRoles.AgencyLead) || u.Id == me).Select(u => (u.Id, u.FullName)).ToList();
    }

    public sealed record CaseSummary(
        string TrackingCode, string Title, CaseKind Kind, CaseStatus Status, string LeadAgencyCode, int Version,
        string? AnswerDraft, string? AnswerText, CaseAccess Access)
    {
        public string DisplayCode => Core.Cases.TrackingCode.Parse(TrackingCode).ToString();
    }

    public sealed class InputModel
    {
        /// <summary>The case's version when the form was shown: a later change by someone else makes this form stale.</summary>
        public int Version { get; set; }

        [StringLength(2000, ErrorMessage = "Nội dung không quá {1} ký tự.")]
        public string? Text { get; set; }

        public string? Ground { get; set; }

        public string? OfficerId { get; set; }

        public string? AgencyCode { get; set; }

        [Range(1, 90, ErrorMessage = "Số ngày gia hạn từ {1} đến {2}.")]
        public int? Days { get; set; }

        [StringLength(FeedbackCase.AnswerMaxLength, ErrorMessage = "Nội dung không quá {1} ký tự.")]
        public string? Markdown { get; set; }

        public bool DirectsLeadAgency { get; set; }

        [StringLength(FeedbackCase.TitleMaxLength, ErrorMessage = "Tiêu đề không quá {1} ký tự.")]
        public string? PublicTitle { get; set; }
    }
}
