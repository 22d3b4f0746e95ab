using Microsoft.AspNetCore.Mvc.Localization;

namespace DanVan.Feedback.Portal;

/// <summary>
/// The consents every intake form ends with, drawn by <c>_Consents</c>: the privacy notice, which must be accepted, and
/// the optional consent to publish the answer. The words are the form's own (<see cref="Text"/>), under its resource
/// prefix <see cref="Area"/>: "{Area}.Privacy.Heading", "….Privacy.Notice.Html", "….PrivacyAccepted.Label",
/// "….Publication.Label" and "….Publication.Hint".
/// </summary>
public sealed record ConsentsView(IHtmlLocalizer Text, string Area, IIntakeInput Input);
