using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace DanVan.Feedback.Browser.Tests;

/// <summary>
/// Runs axe-core (WCAG 2 A and AA rules) on each page it is shown and keeps the serious and critical
/// violations, so one failure lists every page's problems at once.
/// </summary>
public sealed class AccessibilityAudit
{
    private static readonly AxeRunOptions WcagAandAA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa"] },

        // Only violations are read; leaving out the passes' details makes each run markedly quicker.
        ResultTypes = [ResultType.Violations],
    };

    private static readonly HashSet<string> Blocking = new(StringComparer.OrdinalIgnoreCase) { "serious", "critical" };

    private readonly List<string> problems = [];

    public List<string> PagesChecked { get; } = [];

    /// <summary>Checks each page once: the lead's sign-in and inbox are the officer's pages over again.</summary>
    public Task CheckOnceAsync(IPage page, string name) =>
        PagesChecked.Contains(name) ? Task.CompletedTask : CheckAsync(page, name);

    public async Task CheckAsync(IPage page, string name)
    {
        // Contrast is judged on computed styles: without the site's stylesheet a clean result would mean nothing.
        PagesChecked.Add(name);

        // A page reached by a form post may be handed over at DOMContentLoaded, before its stylesheets (two since the
        // shared web layer) have arrived; judge it as its reader sees it, once it has loaded.
        await page.WaitForLoadStateAsync(LoadState.Load);
        if (!await page.EvaluateAsync<bool>("() => [...document.styleSheets].some(s => s.href && s.cssRules.length > 0)"))
        {
            problems.Add($"{name} ({page.Url}): the site's stylesheet did not load, so the page is unstyled and its colour contrast cannot be judged.");
        }

        var result = await page.RunAxe(WcagAandAA);
        foreach (var violation in result.Violations.Where(v => v.Impact is not null && Blocking.Contains(v.Impact)))
        {
            var text = new StringBuilder($"{name} ({page.Url}): {violation.Id} [{violation.Impact}] {violation.Help}");
            foreach (var node in violation.Nodes)
            {
                text.Append($"\n    {node.Target}: {node.Html}");
            }

            problems.Add(text.ToString());
        }
    }

    public void AssertNoSeriousViolations() =>
        Assert.True(problems.Count == 0,
            $"People using a screen reader, a keyboard or low vision must be able to use every page of the journey; axe-core found serious or critical WCAG 2 A/AA violations:\n{string.Join('\n', problems)}");
}
