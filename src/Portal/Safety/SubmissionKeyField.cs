using DanVan.Feedback.Core.Cases;

namespace DanVan.Feedback.Portal.Safety;

/// <summary>
/// One case per submitted form (ADR 0015). A form renders <c>&lt;partial name="_SubmissionKey" /&gt;</c>;
/// its handler files <c>intake with { SubmissionKey = SubmissionKeyField.Posted(Request) }</c>. A second
/// post of the same form then gets the first post's case back instead of a new one.
/// </summary>
public static class SubmissionKeyField
{
    public const string Name = "SubmissionKey";

    /// <summary>The key the post carries, when it is one the Portal could have made; else null (filed without one).</summary>
    public static string? Posted(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.HasFormContentType ? SubmissionKey.Normalize(request.Form[Name].ToString()) : null;
    }

    /// <summary>
    /// The key to put in the form: a fresh one when the form is first shown; the posted one when it is
    /// shown again after an error, since nothing was stored and a double click on the corrected form is still one case.
    /// </summary>
    public static string ForForm(HttpRequest request) => Posted(request) ?? SubmissionKey.NewRandom();
}
