using DanVan.Feedback.Web;

namespace DanVan.Feedback.Portal;

/// <summary>
/// One text box (or text area when <see cref="Rows"/> is set) of a form, drawn by <c>_TextField</c> the way every
/// Portal form draws one: label, hint, the field's error and an aria-describedby naming both.
/// </summary>
public sealed record TextFieldView(FormField Field, string Label, string? Value, int MaxLength)
{
    public bool Required { get; init; }

    public string? Hint { get; init; }

    public string Type { get; init; } = "text";

    public string? Autocomplete { get; init; }

    public string? InputMode { get; init; }

    public int Rows { get; init; }
}
