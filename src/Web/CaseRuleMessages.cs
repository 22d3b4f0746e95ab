using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Web.Localization;
using Microsoft.Extensions.Localization;

namespace DanVan.Feedback.Web;

/// <summary>
/// Says a refused step (<see cref="CaseRefusal"/>) in the request's language (ADR 24): the Portal in the filer's,
/// the Backoffice in Vietnamese. The rule picks the sentence; each argument is said in the same language first,
/// so a step, a state or a legal ground never reaches a reader as a code or in Core's words.
/// </summary>
public sealed class CaseRuleMessages(IStringLocalizer<CaseRuleText> text, CaseVocabulary vocabulary)
{
    public string For(CaseRefusal refusal) => text.Say(refusal, Say);

    private object Say(object argument) => argument switch
    {
        CaseAction step => text.Word("CaseRule.Step.", step),
        CaseStatus status => text.Word("CaseRule.Status.", status),
        StepInput input => text.Word("CaseRule.Input.", input),
        RefusalGround ground => vocabulary.RefusalGround(ground),
        _ => argument,
    };
}
