namespace DanVan.Feedback.Portal;

/// <summary>
/// Names the resource a form's field names and validation messages come from: the attributes on
/// its properties carry keys (<c>Intake.Phone.TooLong</c>), looked up in this marker's .resx.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class TextResourceAttribute(Type text) : Attribute
{
    public Type Text { get; } = text;
}
