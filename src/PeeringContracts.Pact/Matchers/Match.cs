using System.Diagnostics.CodeAnalysis;

namespace PeeringContracts.Pact.Matchers;

/// <summary>The matchers a contract can use in paths, headers, query values and bodies.</summary>
public static class Match
{
    private const string UuidPattern = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
    private const string ExampleUuid = "22b76469-08e3-4937-8c1d-7aad34892be1";

    /// <summary>Any value of the same JSON type as <paramref name="example"/> (objects: the same keys, recursively).</summary>
    public static Matcher Type(object example) => new("type", example);

    /// <summary>A string matching <paramref name="regex"/>.</summary>
    public static Matcher Regex(string regex, string example)
    {
        ThrowIfExampleDoesNotMatch(regex, example);
        return new("regex", example, new Dictionary<string, object?> { ["regex"] = regex });
    }

    /// <summary>A UUID string; the mock server answers with a freshly generated one.</summary>
    public static Matcher Uuid(string example = ExampleUuid)
    {
        ThrowIfExampleDoesNotMatch(UuidPattern, example);
        return new("regex", example, new Dictionary<string, object?>
        {
            ["regex"] = UuidPattern,
            ["pact:generator:type"] = "Uuid",
        });
    }

    /// <summary>A date-time string in <paramref name="format"/> (Java SimpleDateFormat letters, e.g. <c>yyyy-MM-dd'T'HH:mm:ss</c>).</summary>
    public static Matcher DateTime(string format, string example) =>
        new("datetime", example, new Dictionary<string, object?> { ["format"] = format });

    /// <summary>Any JSON integer.</summary>
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Pact's own name for the matcher, as every Pact library spells it.")]
    public static Matcher Integer(long example) => new("integer", example);

    /// <summary>An array of at least <paramref name="min"/> elements, each like <paramref name="example"/>.</summary>
    public static Matcher MinType(object example, int min)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(min);
        return new("type", Enumerable.Repeat(example, Math.Max(min, 1)).ToArray(), new Dictionary<string, object?> { ["min"] = min });
    }

    /// <summary>An array of at least one element, each like <paramref name="example"/>.</summary>
    public static Matcher EachLike(object example, int min = 1) => MinType(example, min);

    /// <summary>A string that contains <paramref name="substring"/>.</summary>
    public static Matcher Include(string substring) => new("include", substring);

    /// <summary>
    /// A value the provider supplies: the verifier replaces <paramref name="expression"/> (e.g.
    /// <c>/v2.0/vpc/peerings/${peeringId}/reject</c>) with what the provider-state call returned; the contract stores
    /// only the expression and <paramref name="example"/>, which the mock server uses.
    /// </summary>
    public static Matcher FromProviderState(string expression, object example) => FromProviderState(expression, Type(example));

    /// <summary>
    /// Like <see cref="FromProviderState(string, object)"/>, but the consumer's value must also satisfy
    /// <paramref name="matcher"/> (e.g. a path regex), so the mock server is as strict as the contract means.
    /// </summary>
    public static Matcher FromProviderState(string expression, Matcher matcher)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        var attributes = new Dictionary<string, object?>(matcher.Attributes)
        {
            ["pact:generator:type"] = "ProviderState",
            ["expression"] = expression,
        };
        return new(matcher.Type, matcher.Example, attributes);
    }

    /// <summary>Any status of <paramref name="statusClass"/>; the mock server answers with <paramref name="example"/>.</summary>
    public static StatusCodeMatcher StatusClass(StatusClass statusClass, int example) => new(statusClass, example);

    private static void ThrowIfExampleDoesNotMatch(string regex, string example)
    {
        if (!System.Text.RegularExpressions.Regex.IsMatch(example, regex))
        {
            throw new ArgumentException($"the example '{example}' does not match the regex '{regex}' it illustrates.", nameof(example));
        }
    }
}
