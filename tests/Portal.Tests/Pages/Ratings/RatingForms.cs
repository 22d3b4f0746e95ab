using AngleSharp.Dom;
using DanVan.Feedback.TestCommon;

namespace DanVan.Feedback.Portal.Tests.Pages.Ratings;

/// <summary>The rating form as a browser fills it: opened (a new visit), then posted with its hidden fields.</summary>
internal static class RatingForms
{
    public const string FormUrl = "/danh-gia-dich-vu";

    /// <summary>Every indicator "Hài lòng" but the ones given.</summary>
    public static Dictionary<string, string> Answers(string agencyCode = "SNV", params (int Number, string Level)[] except)
    {
        var form = new Dictionary<string, string> { ["Input.AgencyCode"] = agencyCode };
        for (var number = 1; number <= 9; number++)
        {
            form[$"Input.Criterion{number}"] = "Satisfied";
        }

        foreach (var (number, level) in except)
        {
            form[$"Input.Criterion{number}"] = level;
        }

        return form;
    }

    public static async Task<IDocument> OpenAsync(HttpClient client, string url = FormUrl) => await client.GetDocumentAsync(url);

    /// <summary>Posts the opened form, with its antiforgery and visit tokens, to the address it was opened at.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, IDocument opened, string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var visit = opened.QuerySelector("form input[name=Visit]")?.GetAttribute("value")
            ?? throw new Xunit.Sdk.XunitException("The rating form carries no visit token.");
        var body = fields.Append(new(HtmlForms.TokenField, opened.AntiforgeryToken())).Append(new("Visit", visit));
        return await client.PostAsync(url, new FormUrlEncodedContent(body));
    }

    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, IEnumerable<KeyValuePair<string, string>> fields, string url = FormUrl) =>
        await PostAsync(client, await OpenAsync(client, url), url, fields);
}
