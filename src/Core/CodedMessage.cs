namespace DanVan.Feedback.Core;

/// <summary>
/// What Core returns where it used to write a sentence (ADR 24): a rule and its arguments, in order, for a site to say
/// in its reader's language from its own resources. Two are equal when they say the same thing.
/// </summary>
public abstract record CodedMessage<TRule>(TRule Rule, IReadOnlyList<object> Arguments)
    where TRule : struct, Enum
{
    public virtual bool Equals(CodedMessage<TRule>? other) =>
        other is not null && EqualityContract == other.EqualityContract && Rule.Equals(other.Rule) && Arguments.SequenceEqual(other.Arguments);

    public override int GetHashCode() => HashCode.Combine(Rule, Arguments.Count);

    /// <summary>The code and its arguments, for logs and test failures: never what a reader sees.</summary>
    public sealed override string ToString() => Arguments.Count == 0 ? Rule.ToString() : $"{Rule}({string.Join(", ", Arguments)})";
}
