using System.Net.Http.Headers;

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
        using var body = new MultipartFormDataContent();
        foreach (var (name, value) in fields.Append(new(HtmlForms.TokenField, page.AntiforgeryToken())))
        {
            body.Add(new StringContent(value), name);
        }

        foreach (var file in files)
        {
            var content = new ByteArrayContent(file.Content);
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(file.ContentType);
            body.Add(content, fileField, file.FileName);
        }

        return await client.PostAsync(url, body);
    }
}
