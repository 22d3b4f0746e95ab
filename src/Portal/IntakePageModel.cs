using System.Linq.Expressions;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Routing;
using DanVan.Feedback.Portal.Pages.Feedback;
using DanVan.Feedback.Portal.Safety;
using DanVan.Feedback.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace DanVan.Feedback.Portal;

/// <summary>
/// What every intake form asks, read by the shared checks and drawn by the shared partials: the topic that routes the
/// case, the commune, a way to answer, the privacy notice accepted and the consent to publish the answer.
/// </summary>
public interface IIntakeInput
{
    string? TopicCode { get; }

    /// <summary>Null on a form that does not ask for it.</summary>
    string? LocalityCode { get; }

    string? Phone { get; }

    string? Email { get; }

    bool PrivacyAccepted { get; }

    bool ConsentsToPublication { get; }
}

/// <summary>
/// A Portal form that files a case (ADR 23): the reference data it offers, the checks every such form makes, and the
/// filing itself — with the form's one-time key (ADR 15), the "reference data changed" answer, and the 303 to the
/// confirmation. A journey supplies its input, its own checks and its words; <c>textArea</c> is the prefix of its
/// resource keys ("Complaint" reads "Complaint.Topic.NotListed"), and every journey has the same shared keys.
/// Every such form needs a passed CAPTCHA and counts against the intake rate limit.
/// </summary>
[RequireCaptcha]
[EnableRateLimiting(RateLimitPolicies.Intake)]
public abstract class IntakePageModel<TInput>(CaseService cases, ReferenceDataCache referenceData, IStringLocalizer text, string textArea)
    : PageModel
    where TInput : class, IIntakeInput, new()
{
    [BindProperty]
    public TInput Input { get; set; } = new();

    public ReferenceDirectory Directory { get; private set; } = null!;

    /// <summary>The journey's own words.</summary>
    protected IStringLocalizer Text => text;

    /// <summary>Whether the form must carry a phone or an e-mail; a journey that may go without one says when.</summary>
    protected virtual bool NeedsContact => true;

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    /// <summary>What the form shows, loaded for the form and again for each post.</summary>
    protected virtual async Task LoadAsync(CancellationToken cancellationToken) =>
        Directory = await referenceData.GetAsync(cancellationToken);

    protected virtual PageResult Invalid() => PageResults.Invalid(this);

    /// <summary>
    /// The checks every intake form makes: a topic and commune the directory lists, a phone or e-mail when
    /// <see cref="NeedsContact"/>, and any typed one a number or address the agency can reach (<see cref="ContactNormalizer"/>).
    /// They run on every post, not only once each field is valid on its own, so the filer sees every problem in one go.
    /// </summary>
    protected void CheckSharedAnswers()
    {
        if (!string.IsNullOrEmpty(Input.TopicCode) && Directory.FindTopic(Input.TopicCode) is null)
        {
            AddError(m => m.Input.TopicCode, "Topic.NotListed");
        }

        if (!string.IsNullOrEmpty(Input.LocalityCode) && Directory.FindLocality(Input.LocalityCode) is null)
        {
            AddError(m => m.Input.LocalityCode, "Locality.NotListed");
        }

        if (NeedsContact && string.IsNullOrWhiteSpace(Input.Phone) && string.IsNullOrWhiteSpace(Input.Email))
        {
            AddError(m => m.Input.Phone, "Contact.Required");
        }

        if (!string.IsNullOrWhiteSpace(Input.Phone) && ContactNormalizer.NormalizePhone(Input.Phone) is null)
        {
            AddError(m => m.Input.Phone, "Phone.Invalid");
        }

        if (!string.IsNullOrWhiteSpace(Input.Email) && ContactNormalizer.NormalizeEmail(Input.Email) is null)
        {
            AddError(m => m.Input.Email, "Email.Invalid");
        }
    }

    /// <summary>The Portal's open forms file only phản ánh and kiến nghị; a forged post may name another kind.</summary>
    protected static bool IsOpenFormKind(CaseKind? kind) => kind is null or CaseKind.Feedback or CaseKind.Recommendation;

    /// <summary>Files the case and shows the confirmation; <paramref name="sentKind"/> titles it when not a phản ánh or kiến nghị.</summary>
    protected async Task<IActionResult> FileAsync(CaseIntake intake, string? sentKind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(intake);
        FiledCase filed;
        try
        {
            filed = await cases.FileAsync(intake with { SubmissionKey = SubmissionKeyField.Posted(Request) }, cancellationToken);
        }
        catch (CaseIntakeException)
        {
            // Reference data changed between the check and the save (an administrator's edit): ask again.
            AddError(m => m.Input.TopicCode, "ReferenceChanged");
            return Invalid();
        }

        SentModel.Remember(TempData, filed, sentKind);
        return new SeeOtherResult(SentModel.Path);
    }

    private void AddError(Expression<Func<IntakePageModel<TInput>, object?>> field, string key) =>
        ModelState.AddModelError(field, text[$"{textArea}.{key}"]);
}
