using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace DanVan.Feedback.TestCommon;

/// <summary>Reads pages as a browser would and posts their forms with the antiforgery token they carry.</summary>
public static class HtmlForms
{
    public const string TokenField = "__RequestVerificationToken";

    private static readonly HtmlParser Parser = new();

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see each 303.</summary>
    public static HttpClient CreateBrowserClient<T>(this WebApplicationFactory<T> factory)
        where T : class =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<IDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} should answer 200, got {(int)response.StatusCode}.");
        return await ParseAsync(response);
    }

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    public static string AntiforgeryToken(this IDocument document) =>
        document.QuerySelector($"form input[name={TokenField}]")?.GetAttribute("value")
        ?? throw new Xunit.Sdk.XunitException("The form carries no antiforgery token.");

    /// <summary>GETs the page, then POSTs its form with the token and the given fields.</summary>
    public static async Task<HttpResponseMessage> SubmitFormAsync(this HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await client.GetDocumentAsync(url);
        var body = fields.Append(new(TokenField, page.AntiforgeryToken()));
        return await client.PostAsync(url, new FormUrlEncodedContent(body));
    }

    /// <summary>
    /// Posts a form of a page as a browser would when the named button is pressed: every input the form carries
    /// (hidden fields, the token) plus the button's name and value.
    /// </summary>
    public static async Task<HttpResponseMessage> PressAsync(this HttpClient client, string url, IDocument page, string buttonSelector) =>
        await client.PostAsync(url, new FormUrlEncodedContent(PressedFields(page, buttonSelector, out _)));

    /// <summary>
    /// The fields a browser posts when the named button is pressed: every input the form carries (hidden fields, the
    /// token; no file input, whose files the caller adds), plus the button's name and value. The button is returned too.
    /// </summary>
    public static List<KeyValuePair<string, string>> PressedFields(IDocument page, string buttonSelector, out IElement button)
    {
        ArgumentNullException.ThrowIfNull(page);
        button = page.QuerySelector(buttonSelector) ?? throw new Xunit.Sdk.XunitException($"The page has no button '{buttonSelector}'.");
        var form = button.Closest("form") ?? throw new Xunit.Sdk.XunitException($"The button '{buttonSelector}' is not in a form.");
        var fields = form.QuerySelectorAll("input[name]")
            .Where(i => i.GetAttribute("type") is not ("checkbox" or "radio" or "file") || i.HasAttribute("checked"))
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""))
            .ToList();
        if (button.GetAttribute("name") is { } name)
        {
            fields.Add(new(name, button.GetAttribute("value") ?? ""));
        }

        return fields;
    }

    /// <summary>
    /// A form with a "check your answers" step: posts the fields (the check), asserts the check step is shown,
    /// then presses "Gửi" there. Returns the check page and the response to sending.
    /// </summary>
    public static async Task<(IDocument Check, HttpResponseMessage Sent)> CheckAndSendAsync(this HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var checkResponse = await client.SubmitFormAsync(url, fields);
        var check = await ParseAsync(checkResponse);
        Assert.True(checkResponse.StatusCode == HttpStatusCode.OK && check.QuerySelector("#check-form") is not null,
            $"The form should first show the answers to check; got {(int)checkResponse.StatusCode}: {check.QuerySelector(".error-summary")?.TextContent.Trim()}");
        return (check, await client.PressAsync(url, check, "#send"));
    }

    public static string Text(this IDocument document, string selector) =>
        document.QuerySelector(selector)?.TextContent.Trim()
        ?? throw new Xunit.Sdk.XunitException($"The page has no element '{selector}'.");
}
