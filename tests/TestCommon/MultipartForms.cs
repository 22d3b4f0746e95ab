using System.Net.Http.Headers;
using AngleSharp.Dom;
using Xunit;

namespace DanVan.Feedback.TestCommon;

/// <summary>A file as a browser sends it: the name and declared type are the sender's to choose.</summary>
public sealed record UploadFile(string FileName, byte[] Content, string ContentType = "application/octet-stream");

/// <summary>Posts a form with files, as a browser posts a form with enctype="multipart/form-data".</summary>
public static class MultipartForms
{
    public static async Task<HttpResponseMessage> SubmitMultipartAsync(
        this HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields, IEnumerable<UploadFile> files, string fileField = "Attachments")
    {
        ArgumentNullException.ThrowIfNull(client);
        var page = await client.GetDocumentAsync(url);
        using var body = Body(fields.Append(new(HtmlForms.TokenField, page.AntiforgeryToken())), files, fileField);
        return await client.PostAsync(url, body);
    }

    /// <summary>
    /// Presses a button of a page's form with files chosen in its file field, as a browser does: only a form (or a
    /// button's <c>formenctype</c>) that says multipart/form-data sends files at all.
    /// </summary>
    public static async Task<HttpResponseMessage> PressWithFilesAsync(
        this HttpClient client, string url, IDocument page, string buttonSelector, IEnumerable<UploadFile> files, string fileField = "Attachments")
    {
        ArgumentNullException.ThrowIfNull(client);
        var fields = HtmlForms.PressedFields(page, buttonSelector, out var button);
        var enctype = button.GetAttribute("formenctype") ?? button.Closest("form")!.GetAttribute("enctype");
        Assert.True(enctype == "multipart/form-data", $"A browser sends no file with '{buttonSelector}': its form posts as '{enctype ?? "application/x-www-form-urlencoded"}'.");
        Assert.True(button.Closest("form")!.QuerySelector($"input[type=file][name='{fileField}']") is not null, $"The form of '{buttonSelector}' has no file field '{fileField}'.");
        using var body = Body(fields, files, fileField);
        return await client.PostAsync(url, body);
    }

    private static MultipartFormDataContent Body(IEnumerable<KeyValuePair<string, string>> fields, IEnumerable<UploadFile> files, string fileField)
    {
        var body = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            body.Add(new StringContent(value), name);
        }

        foreach (var file in files)
        {
            var content = new ByteArrayContent(file.Content);
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(file.ContentType);
            body.Add(content, fileField, file.FileName);
        }

        return body;
    }
}
