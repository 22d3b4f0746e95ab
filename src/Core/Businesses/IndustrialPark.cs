namespace DanVan.Feedback.Core.Businesses;

public enum IndustrialParkKind
{
    /// <summary>Khu kinh tế.</summary>
    EconomicZone,

    /// <summary>Khu công nghiệp.</summary>
    IndustrialPark,
}

/// <summary>
/// An economic zone (KKT) or industrial park (KCN) under Ban Quản lý Khu kinh tế Hải Phòng (task 4.10).
/// Reference data seeded from <c>Seed/industrial-parks.csv</c>; administrators may correct it.
/// </summary>
public sealed class IndustrialPark
{
    public const int CodeMaxLength = 32;
    public const int NameMaxLength = 150;

    public required string Code { get; init; }

    /// <summary>The name in common use, e.g. "KCN Nam Đình Vũ"; a proper name, shown in Vietnamese in both languages.</summary>
    public required string Name { get; set; }

    public required IndustrialParkKind Kind { get; set; }

    /// <summary>The ward or commune it lies in, when it lies in one; a zone spreads over several.</summary>
    public string? LocalityCode { get; set; }

    /// <summary>The row was compiled without an official list to check it against (see PROVENANCE.md).</summary>
    public bool ToVerify { get; set; }

    public int SortOrder { get; init; }
}
