using System.Globalization;
using System.Text;

namespace PeeringContracts.Conformance.SelfTests;

/// <summary>Where two texts part, line by line: the lines both share around the change, then the approved lines
/// (<c>-</c>) and the received ones (<c>+</c>) between them, each with its line number.</summary>
internal static class LineDiff
{
    private const int Context = 2;

    public static string Of(string approved, string received)
    {
        var before = approved.Split('\n');
        var after = received.Split('\n');
        var common = 0;
        while (common < before.Length && common < after.Length && before[common] == after[common])
        {
            common++;
        }

        var tail = 0;
        while (tail < before.Length - common && tail < after.Length - common && before[^(tail + 1)] == after[^(tail + 1)])
        {
            tail++;
        }

        var text = new StringBuilder().AppendLine("--- approved").AppendLine("+++ received");
        var first = Math.Max(0, common - Context);
        AppendLines(text, ' ', before, first, common);
        AppendLines(text, '-', before, common, before.Length - tail);
        AppendLines(text, '+', after, common, after.Length - tail);
        AppendLines(text, ' ', after, after.Length - tail, Math.Min(after.Length, after.Length - tail + Context));
        return text.ToString();
    }

    private static void AppendLines(StringBuilder text, char mark, string[] lines, int from, int to)
    {
        for (var index = from; index < to; index++)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{mark}{index + 1,4}: {lines[index]}");
        }
    }
}
