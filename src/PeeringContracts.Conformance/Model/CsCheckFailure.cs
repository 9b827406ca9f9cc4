using System.Globalization;
using System.Text.RegularExpressions;
using CsCheck;

namespace PeeringContracts.Conformance.Model;

/// <summary>The seed and the number of shrinks a CsCheck failure names in its message: what replays it.</summary>
internal static partial class CsCheckFailure
{
    public static (string Seed, int Shrinks) Of(CsCheckException failure, string fallbackSeed)
    {
        var found = SeedLine().Match(failure.Message);
        return found.Success
            ? (found.Groups["seed"].Value, int.Parse(found.Groups["shrinks"].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture))
            : (fallbackSeed, 0);
    }

    [GeneratedRegex("Set seed: \"(?<seed>[^\"]+)\".*?\\((?<shrinks>[0-9,]+) shrinks")]
    private static partial Regex SeedLine();
}
