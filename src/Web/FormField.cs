using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace DanVan.Feedback.Web;

/// <summary>
/// A form field's name, which is also the key of its errors (<c>Input.Phone</c>), and the id of its control
/// (<c>Input_Phone</c>, which the error summary links to), taken from the bound property rather than typed: a renamed
/// property renames its field, its errors and its links together, or the build fails.
/// </summary>
public sealed class FormField
{
    /// <summary>The property a page binds its form to (STYLE.md: the bound input is a nested InputModel exposed as Input).</summary>
    public const string InputProperty = "Input";

    private FormField(string name) => Name = name;

    public string Name { get; }

    /// <summary>The control's id: the name with "." as "_", the rule <c>_ErrorSummary</c> links by.</summary>
    public string Id => Name.Replace('.', '_');

    /// <summary>The id of the message shown beside the field, which the control names in aria-describedby.</summary>
    public string ErrorId => Id + "-error";

    /// <summary>A page model's field: <c>FormField.Of&lt;NewModel&gt;(m => m.Input.Place)</c> is <c>Input.Place</c>.</summary>
    public static FormField Of<TModel>(Expression<Func<TModel, object?>> property)
    {
        ArgumentNullException.ThrowIfNull(property);
        var path = new List<string>();
        var step = property.Body is UnaryExpression { NodeType: ExpressionType.Convert } boxed ? boxed.Operand : property.Body;
        while (step is MemberExpression member)
        {
            path.Insert(0, member.Member.Name);
            step = member.Expression;
        }

        return step is ParameterExpression && path.Count > 0
            ? new(string.Join('.', path))
            : throw new ArgumentException($"A field is a chain of properties, such as m => m.Input.Phone; not {property}.", nameof(property));
    }

    /// <summary>A field named from inside the input it belongs to: <c>FormField.OfInput(nameof(Phone))</c> is <c>Input.Phone</c>.</summary>
    public static FormField OfInput(string property) => new($"{InputProperty}.{property}");

    /// <summary>A field that is no property of the page: a query parameter, the CAPTCHA, the file input.</summary>
    public static FormField Named(string name) => new(name);

    public override string ToString() => Name;
}

public static class FormFieldExtensions
{
    /// <summary>A field in a view, under the view's field prefix (a partial shown with <c>for</c>): <c>Html.Field(m => m.Input.Phone)</c>.</summary>
    public static FormField Field<TModel, TResult>(this IHtmlHelper<TModel> html, Expression<Func<TModel, TResult>> property)
    {
        ArgumentNullException.ThrowIfNull(html);
        return FormField.Named(html.NameFor(property));
    }

    public static void AddModelError(this ModelStateDictionary modelState, FormField field, string message)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(field);
        modelState.AddModelError(field.Name, message);
    }

    /// <summary>Whether the field already has an error, so a later check need not add a second message.</summary>
    public static bool HasError(this ModelStateDictionary modelState, FormField field)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(field);
        return modelState.TryGetValue(field.Name, out var entry) && entry.Errors.Count > 0;
    }
}
