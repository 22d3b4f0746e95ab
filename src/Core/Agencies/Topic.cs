namespace DanVan.Feedback.Core.Agencies;

public enum TopicScope
{
    /// <summary>A matter the commune's UBND settles: order, sanitation, local roads, its own procedures.</summary>
    Local,

    /// <summary>A matter of a city department's field: land, building, health, schools…</summary>
    City,

    /// <summary>A matter routed by its own rule (corruption, industrial zones, anything else).</summary>
    Special,
}

/// <summary>Lĩnh vực: a subject area in plain words, owned by the department that answers for it.</summary>
public sealed class Topic
{
    public const int CodeMaxLength = 64;

    public required string Code { get; init; }

    /// <summary>The name shown to the public, in Vietnamese.</summary>
    public required string Name { get; set; }

    /// <summary>The name shown on the English pages.</summary>
    public required string NameEn { get; set; }

    /// <summary>Examples in plain words, so a filer recognises their problem.</summary>
    public required string Hint { get; set; }

    public required TopicScope Scope { get; set; }

    /// <summary>The department that owns the field and answers city-level cases in it.</summary>
    public required string OwnerAgencyCode { get; set; }

    public int SortOrder { get; set; }
}
