using DanVan.Feedback.Backoffice.Authorization;
using DanVan.Feedback.Backoffice.Staff;
using DanVan.Feedback.Core.Attachments;
using DanVan.Feedback.Core.Audit;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Backoffice.Pages.Cases;

/// <summary>
/// Sends a file a filer attached, to staff who may see the case (the same per-case rule as the case page), and
/// records each download in the audit log. Always as a download with the type its content was recognised as and
/// <c>nosniff</c>, so no browser renders a filer's file as a page of the Backoffice. The Portal serves no attachment.
/// </summary>
public sealed class AttachmentModel(FeedbackDbContext db, AttachmentStore store, TimeProvider time, IAuthorizationService authorization) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string code, long id, CancellationToken cancellationToken)
    {
        if (!TrackingCode.TryParse(code, out var trackingCode))
        {
            return NotFound();
        }

        var found = await db.Cases.AsNoTracking()
            .Where(c => c.TrackingCode == trackingCode.Value)
            .Select(c => new
            {
                Access = new CaseAccess(
                    c.LeadAgencyCode,
                    c.Coordinators.Select(k => k.AgencyCode).ToList(),
                    c.AssignedOfficerId,
                    FeedbackCase.IsInReviewQueue(c.FlaggedForReviewAt, c.ReviewClosedAt),
                    c.Kind),
                Attachment = c.Attachments.Where(a => a.Id == id)
                    .Select(a => new { a.StoredName, a.DisplayName, a.Kind, a.ContentType })
                    .SingleOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken);

        // As on the case page, another agency's case answers like one that does not exist.
        if (found is null || !(await authorization.AuthorizeAsync(User, found.Access, CaseActionRequirement.View)).Succeeded)
        {
            return NotFound();
        }

        if (found.Attachment is not { } attachment || store.OpenRead(attachment.StoredName) is not { } file)
        {
            return NotFound();
        }

        // No download without its line in the log.
        try
        {
            db.AuditLog.Record(HttpContext, AuditAction.AttachmentDownloaded, time.GetUtcNow(), trackingCode.Value, $"Tải tệp “{attachment.DisplayName}” (số {id})");
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.CacheControl = "private, no-store";
        var download = new FileStreamResult(file, attachment.ContentType)
        {
            FileDownloadName = AttachmentRules.DownloadName(attachment.DisplayName, attachment.Kind),
        };
        return download;
    }
}
