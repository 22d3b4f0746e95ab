using DanVan.Feedback.Web;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace DanVan.Feedback.Portal;

/// <summary>
/// How a form shows a field's error beside the field: its first message, and the ids a control names in
/// aria-describedby (its hint, then its error, <see cref="FormField.ErrorId"/>), so a screen reader reads both.
/// </summary>
public static class FormErrors
{
    public static string? ErrorFor(this ViewDataDictionary viewData, FormField field)
    {
        ArgumentNullException.ThrowIfNull(viewData);
        ArgumentNullException.ThrowIfNull(field);
        return viewData.ModelState.TryGetValue(field.Name, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;
    }

    /// <summary>The field's error by the name it has when it is no property of the page, such as a query parameter.</summary>
    public static string? ErrorFor(this ViewDataDictionary viewData, string name) => viewData.ErrorFor(FormField.Named(name));

    public static string DescribedBy(this ViewDataDictionary viewData, FormField field, string? hintId = null)
    {
        ArgumentNullException.ThrowIfNull(field);
        var ids = new List<string>();
        if (hintId is not null)
        {
            ids.Add(hintId);
        }

        if (viewData.ErrorFor(field) is not null)
        {
            ids.Add(field.ErrorId);
        }

        return string.Join(' ', ids);
    }

    public static string DescribedBy(this ViewDataDictionary viewData, string name, string? hintId = null) =>
        viewData.DescribedBy(FormField.Named(name), hintId);
}
