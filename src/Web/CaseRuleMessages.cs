using DanVan.Feedback.Core.Cases;
using Microsoft.Extensions.Localization;

namespace DanVan.Feedback.Web;

/// <summary>
/// Says a refused step (<see cref="CaseRefusal"/>) in the request's language (ADR 24): the Portal in the filer's,
/// the Backoffice in Vietnamese. The rule picks the sentence; each argument is said in the same language first,
/// so a step, a state or a legal ground never reaches a reader as a code or in Core's words.
/// </summary>
public sealed class CaseRuleMessages(IStringLocalizer<CaseRuleText> text, CaseVocabulary vocabulary)
{
    public string For(CaseRefusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        var found = text["CaseRule." + refusal.Rule, [.. refusal.Arguments.Select(Say)]];
        return found.ResourceNotFound ? refusal.ToString() : found.Value;
    }

    private object Say(object argument) => argument switch
    {
        CaseAction step => Known(step, "CaseRule.Step."),
        CaseStatus status => Known(status, "CaseRule.Status."),
        StepInput input => Known(input, "CaseRule.Input."),
        RefusalGround ground => vocabulary.RefusalGround(ground),
        _ => argument,
    };

    private string Known<T>(T value, string prefix)
        where T : struct, Enum
    {
        var found = text[prefix + value];
        return found.ResourceNotFound ? value.ToString() : found.Value;
    }
}
