namespace DanVan.Feedback.Core.Businesses;

/// <summary>
/// The enterprise a business case is filed for, in an industrial park or economic zone (task 4.10).
/// Its name is the filer's organisation and its contact person the filer (<see cref="Cases.Filer"/>);
/// here are what only a business has: the tax code, the park and the contact's position.
/// </summary>
public sealed class Enterprise
{
    public const int PositionMaxLength = 100;

    private Enterprise()
    {
    }

    /// <summary>The normalised <see cref="Businesses.TaxCode"/>.</summary>
    public string TaxCode { get; private set; } = "";

    /// <summary>The park or zone; null when the filer chose "other / not sure".</summary>
    public string? IndustrialParkCode { get; private set; }

    /// <summary>The contact person's position in the enterprise (chức vụ).</summary>
    public string? ContactPosition { get; private set; }

    public static Enterprise Create(TaxCode taxCode, string? industrialParkCode, string? contactPosition)
    {
        ArgumentException.ThrowIfNullOrEmpty(taxCode.Value, nameof(taxCode));
        return new Enterprise
        {
            TaxCode = taxCode.Value,
            IndustrialParkCode = string.IsNullOrWhiteSpace(industrialParkCode) ? null : industrialParkCode.Trim(),
            ContactPosition = string.IsNullOrWhiteSpace(contactPosition) ? null : contactPosition.Trim(),
        };
    }

    // Each attempt to store a case builds a fresh one (ADR 0006); an owned value is never shared between two.
    internal Enterprise Copy() => (Enterprise)MemberwiseClone();
}
