namespace DanVan.Feedback.Portal.Pages.Businesses;

/// <summary>Marks the text of the business journey in industrial parks and economic zones (Resources/Pages/Businesses/BusinessText.resx).</summary>
public sealed class BusinessText;
