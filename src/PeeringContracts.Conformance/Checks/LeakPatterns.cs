using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PeeringContracts.Conformance.Checks;

/// <summary>Signs that an answer exposes the implementation: stack frames, source paths, framework exception names.</summary>
internal static partial class LeakPatterns
{
    /// <summary>The first sign of a leak in <paramref name="text"/>, or null.</summary>
    public static string? Find(string text)
    {
        var match = Leak().Match(text);
        return match.Success ? match.Value : null;
    }

    /// <summary>The string values and property names of a JSON body, one per line, with JSON escapes decoded; the raw
    /// text when it is not JSON.</summary>
    public static string DecodedText(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var text = new StringBuilder();
            Collect(document.RootElement, text);
            return text.ToString();
        }
        catch (JsonException)
        {
            return body;
        }
    }

    private static void Collect(JsonElement element, StringBuilder text)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    text.AppendLine(property.Name);
                    Collect(property.Value, text);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, text);
                }

                break;
            case JsonValueKind.String:
                text.AppendLine(element.GetString());
                break;
        }
    }

    [GeneratedRegex(
        @"(\bat [\w.`<>]+\.[\w<>]+\()" +                               // .NET / Java stack frame: "at Foo.Bar("
        @"|(\.(cs|java|py|go|rb|js|ts|php):line \d+)" +                  // "Program.cs:line 12"
        @"|(File "".+"", line \d+)" +                                    // Python frame
        @"|(Traceback \(most recent call last\))" +
        @"|(goroutine \d+ \[)" +
        @"|(\b(System|Microsoft|java|javax|org\.springframework|org\.hibernate)\.[\w.]*(Exception|Error)\b)" +
        @"|(\b(NullReferenceException|NullPointerException|InvalidOperationException|ArgumentNullException|" +
        @"KeyNotFoundException|IndexOutOfRangeException|InvalidCastException|SqlException|DbUpdateException|" +
        @"IllegalArgumentException|IllegalStateException|ClassCastException|KeyError|AttributeError)\b)" +
        @"|((/[\w.-]+){2,}/[\w.-]+\.(cs|java|py|go|rb|js|ts|php|dll)\b)" +   // /src/app/Handler.cs
        @"|(\b[A-Za-z]:\\[^\\\s""]+\\)",                                  // C:\inetpub\…
        RegexOptions.CultureInvariant)]
    private static partial Regex Leak();
}
