namespace DanVan.Feedback.Backoffice.Pages.Admin.Policies;

/// <summary>Marks why a deadline policy contradicts itself, one text per Core's <c>PolicyRule</c> (Resources/Pages/Admin/Policies/PolicyProblemText.resx; .en.resx for English).</summary>
public sealed class PolicyProblemText;
