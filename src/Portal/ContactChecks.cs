using DanVan.Feedback.Core.Cases;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace DanVan.Feedback.Portal;

/// <summary>The contact every intake form asks for, checked the same way; each form words its own messages.</summary>
public static class ContactChecks
{
    /// <summary>
    /// A phone or e-mail that was typed must be one the agency can reach (<see cref="ContactNormalizer"/>). The
    /// messages are the form's keys <c>{area}.Phone.Invalid</c> and <c>{area}.Email.Invalid</c>.
    /// </summary>
    public static void CheckFormat(ModelStateDictionary modelState, string? phone, string? email, IStringLocalizer text, string area)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(text);
        if (!string.IsNullOrWhiteSpace(phone) && ContactNormalizer.NormalizePhone(phone) is null)
        {
            modelState.AddModelError("Input.Phone", text[$"{area}.Phone.Invalid"]);
        }

        if (!string.IsNullOrWhiteSpace(email) && ContactNormalizer.NormalizeEmail(email) is null)
        {
            modelState.AddModelError("Input.Email", text[$"{area}.Email.Invalid"]);
        }
    }
}
