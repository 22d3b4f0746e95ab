namespace DanVan.Feedback.Web;

/// <summary>Marks why a step on a case was refused, one text per Core's <c>CaseRule</c>, with the steps, states and inputs they name (Resources/CaseRuleText.resx; .en.resx for English).</summary>
public sealed class CaseRuleText;
