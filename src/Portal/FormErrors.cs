using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace DanVan.Feedback.Portal;

/// <summary>
/// How a form shows a field's error beside the field: its first message, and the ids a control names in
/// aria-describedby (its hint, then its error, "Input.Phone" → "Input_Phone-error"), so a screen reader reads both.
/// </summary>
public static class FormErrors
{
    public static string? ErrorFor(this ViewDataDictionary viewData, string key)
    {
        ArgumentNullException.ThrowIfNull(viewData);
        return viewData.ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;
    }

    public static string DescribedBy(this ViewDataDictionary viewData, string key, string? hintId = null)
    {
        var ids = new List<string>();
        if (hintId is not null)
        {
            ids.Add(hintId);
        }

        if (viewData.ErrorFor(key) is not null)
        {
            ids.Add(key.Replace('.', '_') + "-error");
        }

        return string.Join(' ', ids);
    }
}
