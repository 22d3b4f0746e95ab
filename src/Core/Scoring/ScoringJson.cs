using System.Text.Json;
using System.Text.Json.Serialization;

namespace DanVan.Feedback.Core.Scoring;

/// <summary>
/// How rubrics, frozen inputs and results are written to the database: enums by name, so a stored run reads the
/// same to a person as to the code, and computed properties left out, so reading back gives the same records.
/// </summary>
internal static class ScoringJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        IgnoreReadOnlyProperties = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidOperationException($"The stored {typeof(T).Name} is empty.");
}
