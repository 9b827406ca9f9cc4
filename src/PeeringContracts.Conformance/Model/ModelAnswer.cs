using System.Globalization;

namespace PeeringContracts.Conformance.Model;

/// <summary>How the model names an answer's status: any 2xx is "2xx" (the oracles judge the exact code), any other
/// status its code.</summary>
internal static class ModelAnswer
{
    public const string Performed = "2xx";

    public static string Of(int status) => status is >= 200 and < 300 ? Performed : Word(status);

    public static string Word(int status) => status.ToString(CultureInfo.InvariantCulture);

    public static string OneOf(IReadOnlyList<string> allowed) =>
        allowed.Count == 1 ? $"status {allowed[0]}" : $"status {string.Join(" or ", allowed)}";
}
