using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace DanVan.Feedback.TestCommon;

/// <summary>A site's .resx files as written in the source tree: their entries and the {n} placeholders of a text.</summary>
public static partial class ResourceFiles
{
    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    /// <summary>A folder of the source tree, e.g. ("src", "Backoffice", "Resources").</summary>
    public static string SourceFolder(params string[] parts)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DanVan.Feedback.sln")))
            {
                return Path.Combine([directory.FullName, .. parts]);
            }
        }

        throw new DirectoryNotFoundException("The source tree (DanVan.Feedback.sln) is not above the test's folder.");
    }

    public static Dictionary<string, string> Read(string path) =>
        XDocument.Load(path).Root!
            .Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);

    public static HashSet<string> Placeholders(string value) => [.. Placeholder().Matches(value ?? "").Select(m => m.Value)];
}
