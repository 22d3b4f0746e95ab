using DanVan.Feedback.Backoffice.Authorization;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Staff;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Backoffice.Pages.Cases;

/// <summary>What each workflow step asks of the form and which method of the case it calls.</summary>
public sealed partial class ActModel
{
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
            ModelState.AddModelError<ActModel>(m => m.Input.Text, $"Vui lòng nhập {Step.TextLabel.ToLowerInvariant()}.");
        }

        if (fields.HasFlag(ActionFields.Ground) && RefusalGround.Find(Input.Ground)?.Kind != Case.Kind)
        {
            ModelState.AddModelError<ActModel>(m => m.Input.Ground, "Vui lòng chọn căn cứ pháp lý không thụ lý.");
        }

        if (fields.HasFlag(ActionFields.Agency) && (Input.AgencyCode is null || Directory.FindAgency(Input.AgencyCode) is null))
        {
            ModelState.AddModelError<ActModel>(m => m.Input.AgencyCode, "Vui lòng chọn cơ quan.");
        }

        if (fields.HasFlag(ActionFields.Days) && Input.Days is null)
        {
            ModelState.AddModelError<ActModel>(m => m.Input.Days, "Vui lòng nhập số ngày gia hạn.");
        }

        if (fields.HasFlag(ActionFields.PublicTitle) && string.IsNullOrWhiteSpace(Input.PublicTitle))
        {
            ModelState.AddModelError<ActModel>(m => m.Input.PublicTitle, "Vui lòng nhập tiêu đề công khai.");
        }

        if (fields.HasFlag(ActionFields.Markdown) && string.IsNullOrWhiteSpace(Input.Markdown))
        {
            ModelState.AddModelError<ActModel>(m => m.Input.Markdown, "Vui lòng nhập nội dung.");
        }

        if (fields.HasFlag(ActionFields.Officer) && Officers.All(o => o.Id != Input.OfficerId))
        {
            ModelState.AddModelError<ActModel>(m => m.Input.OfficerId, "Vui lòng chọn cán bộ của cơ quan.");
        }
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
}
