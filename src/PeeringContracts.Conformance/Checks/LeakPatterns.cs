using System.Text.RegularExpressions;

namespace PeeringContracts.Conformance.Checks;

/// <summary>Signs that an error body exposes the implementation: stack frames, source paths, exception type names.</summary>
internal static partial class LeakPatterns
{
    /// <summary>The first sign of a leak in <paramref name="body"/>, or null.</summary>
    public static string? Find(string body)
    {
        var match = Leak().Match(body);
        return match.Success ? match.Value : null;
    }

    [GeneratedRegex(
        @"(\bat [\w.`<>]+\.[\w<>]+\()" +                          // .NET / Java stack frame: "at Foo.Bar("
        @"|(\.(cs|java|py|go|rb|js|ts|php):line \d+)" +             // "Program.cs:line 12"
        @"|(File "".+"", line \d+)" +                               // Python frame
        @"|(Traceback \(most recent call last\))" +
        @"|(goroutine \d+ \[)" +
        @"|(\b(System|Microsoft|java|javax|org\.springframework)\.[\w.]*(Exception|Error)\b)" +
        @"|(\b\w+(Exception)\b:)" +                                  // "NullReferenceException: …"
        @"|((/[\w.-]+){2,}/[\w.-]+\.(cs|java|py|go|rb|js|ts|php|dll)\b)" +
        @"|([A-Za-z]:\\[\w\\ .-]+)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Leak();
}
