using System.Collections.Concurrent;
using Ganss.Xss;
using Markdig;

namespace DanVan.Feedback.Core.Content;

/// <summary>
/// Markdown to safe HTML for answers, content pages and e-mail. Markdig with raw HTML off still
/// passes <c>[x](javascript:…)</c> through, so its output always goes through the sanitiser too.
/// </summary>
public sealed class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .DisableHtml()
        .Build();

    /// <summary>How many rendered texts are kept; past it the cache starts again (it is a cache, not a record).</summary>
    public const int CachedTexts = 2_000;

    private readonly HtmlSanitizer _sanitizer;

    // Sanitising parses the HTML into a DOM and costs more than the rest of a tracking look-up; an answer is read
    // many times and never changes, so each text is rendered once. Rendering is a pure function of the text.
    private readonly ConcurrentDictionary<string, string> _rendered = new(StringComparer.Ordinal);

    public MarkdownRenderer()
    {
        _sanitizer = new HtmlSanitizer();
        _sanitizer.AllowedSchemes.Add("mailto");
        _sanitizer.AllowedSchemes.Add("tel");
    }

    public string ToHtml(string markdown)
    {
        markdown ??= "";
        if (_rendered.TryGetValue(markdown, out var html))
        {
            return html;
        }

        html = _sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline));
        if (_rendered.Count >= CachedTexts)
        {
            _rendered.Clear();
        }

        _rendered[markdown] = html;
        return html;
    }

    public static string ToPlainText(string markdown) => Markdown.ToPlainText(markdown ?? "", Pipeline).Trim();
}
