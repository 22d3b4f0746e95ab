using System.Globalization;
using System.Text.RegularExpressions;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Content;

namespace DanVan.Feedback.Core.Notifications;

/// <summary>An e-mail rendered from a template, ready to be stored.</summary>
public sealed record ComposedEmail(string Template, string Subject, string TextBody, string HtmlBody);

/// <summary>
/// Renders the Markdown templates in <c>Notifications/Templates</c> (<c>name.vi.md</c>, <c>name.en.md</c>):
/// the first line is the subject, the rest the body; <c>{{Field}}</c> is replaced by a value, escaped for Markdown.
/// </summary>
public sealed partial class EmailComposer(MarkdownRenderer renderer)
{
    [GeneratedRegex(@"\{\{(\w+)\}\}")]
    private static partial Regex Placeholder();

    /// <param name="markdown">Values that are Markdown our own code built (e.g. a list of cases), inserted as they are;
    /// every piece of user text in them must have gone through <see cref="EscapeMarkdown"/>.</param>
    public ComposedEmail Compose(
        string template, CultureInfo culture, IReadOnlyDictionary<string, string> values, IReadOnlyDictionary<string, string>? markdown = null)
    {
        ArgumentNullException.ThrowIfNull(culture);
        ArgumentNullException.ThrowIfNull(values);
        var text = Load(template, FilerLanguage.Of(culture));
        var filled = Placeholder().Replace(text, m =>
            values.TryGetValue(m.Groups[1].Value, out var value) ? EscapeMarkdown(value)
            : markdown?.TryGetValue(m.Groups[1].Value, out var built) == true ? built
            : throw new InvalidOperationException($"Template {template} needs a value for {m.Groups[1].Value}."));
        var newline = filled.IndexOf('\n', StringComparison.Ordinal);
        var subject = MarkdownRenderer.ToPlainText(filled[..newline].TrimStart('#', ' '));
        var body = filled[(newline + 1)..].Trim();
        return new ComposedEmail(template, subject, MarkdownRenderer.ToPlainText(body), renderer.ToHtml(body));
    }

    private static string Load(string template, string language)
    {
        var assembly = typeof(EmailComposer).Assembly;
        using var stream = assembly.GetManifestResourceStream($"Templates.{template}.{language}.md")
            ?? throw new InvalidOperationException($"No e-mail template {template}.{language}.md.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    /// <summary>A filer's own words must not turn into links or formatting in a mail the city sends.</summary>
    public static string EscapeMarkdown(string value) =>
        Regex.Replace(value, @"([\\`*_{}\[\]()#+\-.!<>|~])", @"\$1");
}
