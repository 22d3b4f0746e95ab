using DanVan.Feedback.Core;
using Microsoft.Extensions.Localization;

namespace DanVan.Feedback.Web.Localization;

public static class CodedMessageLocalizer
{
    /// <summary>
    /// Says a code Core returned (ADR 24) from a site's resource: the sentence is keyed by the rule's type and name
    /// ("CaseRule.OutOfOrder"), and each argument is said first (a step, a state, a number as the reader writes it).
    /// A code whose words are missing reads as the code, never as a resource key.
    /// </summary>
    public static string Say<TRule>(this IStringLocalizer text, CodedMessage<TRule> message, Func<object, object> sayArgument)
        where TRule : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(sayArgument);
        var found = text[$"{typeof(TRule).Name}.{message.Rule}", [.. message.Arguments.Select(sayArgument)]];
        return found.ResourceNotFound ? message.ToString() : found.Value;
    }

    /// <summary>A word for a value of an enum that a message names ("CaseRule.Status.Received"), or the value's name if it has none.</summary>
    public static string Word<T>(this IStringLocalizer text, string prefix, T value)
        where T : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = text[prefix + value];
        return found.ResourceNotFound ? value.ToString() : found.Value;
    }
}
