using System.Globalization;
using System.Text;
using Bogus;

namespace PeeringContracts.Conformance.Fixtures;

/// <summary>
/// Generated names, ids and tokens for one check. Seeded from the run's seed and the requirement id, so a run can be
/// replayed with <c>PEERING_SEED</c> whatever order the parallel checks happen to run in.
/// </summary>
public sealed class FixtureData(int runSeed, string requirementId)
{
    /// <summary>The documented limit of <c>peering.name</c>, in characters: <c>maxLength</c> in schemas/peering.schema.json.</summary>
    public const int MaxNameLength = 64;

    private static readonly string[] CjkWords = ["对等连接", "测试", "拒绝", "网络", "北京", "上海", "云", "专有网络", "连接请求", "租户"];

    private static readonly char[] CjkCharacters = [.. string.Concat(CjkWords).Distinct()];

    /// <summary>Characters outside the Basic Multilingual Plane: two UTF-16 units each.</summary>
    private static readonly string[] AstralCharacters = ["😀", "🚀", "🌏", "𝔘", "𝔫", "𠀋", "𩸽", "🧪"];

    private readonly Faker faker = new() { Random = new Randomizer(runSeed ^ StableHash(requirementId)) };
    private readonly int nameFormOffset = Math.Abs(StableHash(requirementId) % NameForms.Count);
    private int namesMade;

    /// <summary>
    /// A documented-valid name (1 to <see cref="MaxNameLength"/> characters, counted as code points; every form also
    /// within 64 UTF-16 units), of the next of <see cref="NameForms"/> in turn, so a run's fixtures cover them all: the
    /// shortest and the longest names, scripts beyond Latin-1 (CJK, astral-plane characters, combining marks,
    /// right-to-left) and characters JSON must escape or HTML would. Every answer must echo it exactly (REJ-042).
    /// </summary>
    public string PeeringName() => NameForms[(nameFormOffset + Interlocked.Increment(ref namesMade)) % NameForms.Count].Make(this);

    /// <summary>The kinds of names <see cref="PeeringName"/> makes, in turn.</summary>
    public static IReadOnlyList<(string Label, Func<FixtureData, string> Make)> NameForms { get; } =
    [
        ("Latin words with CJK", data => data.WordsName()),
        ("the shortest name (1 character)", data => data.faker.Random.AlphaNumeric(1)),
        ("the longest name (64 characters)", data => "pc-" + data.faker.Random.AlphaNumeric(MaxNameLength - 3)),
        ("64 CJK characters", data => string.Concat(Enumerable.Range(0, MaxNameLength).Select(_ => data.faker.PickRandom(CjkCharacters)))),
        ("astral-plane characters", data => "pc-" + string.Concat(Enumerable.Range(0, 8).Select(_ => data.faker.PickRandom(AstralCharacters)))),
        ("combining marks (not normalized)", data => $"pc-e\u0301a\u0308n\u0303-{data.faker.Random.AlphaNumeric(6)}"),
        ("right-to-left scripts", data => $"pc-שלום-مرحبا-{data.faker.Random.AlphaNumeric(6)}"),
        ("characters JSON escapes and HTML would", data => $"pc-\"q\" \\b/s <&> '{data.faker.Random.AlphaNumeric(6)}'"),
    ];

    /// <summary>A well-formed UUID that no target has issued.</summary>
    public string UnknownPeeringId() => faker.Random.Guid().ToString();

    /// <summary>Letters and digits with no meaning, for made-up credentials.</summary>
    public string Noise() => faker.Random.AlphaNumeric(32);

    /// <summary>A token no tenant owns.</summary>
    public string InvalidToken() => "invalid-" + faker.Random.AlphaNumeric(40);

    /// <summary>
    /// Path segments that are not peering ids, as they go on the wire (already percent-encoded where needed): forms that
    /// break naive routing and parsing, then a few generated ones. No NUL byte (%00): common HTTP servers refuse it in
    /// their request parser, before any application code could answer, so it would judge the server, not the provider. No bare
    /// "..": System.Uri removes dot segments, so it would reach another route, not the reject of a malformed id.
    /// </summary>
    public IReadOnlyList<string> MalformedIdSegments() =>
    [
        "not-a-uuid",
        new string('a', 1024),
        Uri.EscapeDataString("对等连接-ü-😀"),
        "%2F",
        "a%2Fb",
        "'",
        "%22",
        Uri.EscapeDataString("' OR '1'='1"),
        "%25",
        string.Empty,
        "%20",
        "%09",
        "..%2F",
        "22b76469-08e3-4937-8c1d-7aad34892be1-extra",
        "22b76469_08e3_4937_8c1d_7aad34892be1",
        faker.Random.AlphaNumeric(faker.Random.Int(1, 40)),
        faker.Random.Hexadecimal(32, prefix: string.Empty),
        Uri.EscapeDataString(faker.Random.Guid().ToString().Replace('-', faker.PickRandom('.', ':', '+', ' '))),
        Uri.EscapeDataString(faker.Lorem.Sentence()),
        Uri.EscapeDataString(faker.Random.Utf16String(1, 20, excludeSurrogates: true)),
    ];

    private string WordsName()
    {
        var name = new StringBuilder("pc-").Append(faker.Lorem.Word());
        if (faker.Random.Bool())
        {
            name.Append('-').Append(faker.PickRandom(CjkWords));
        }

        name.Append('-').Append(faker.Random.AlphaNumeric(faker.Random.Int(4, 12)));
        return Truncate(name.ToString(), faker.Random.Int(8, MaxNameLength));
    }

    private static string Truncate(string text, int maxCharacters)
    {
        var info = new StringInfo(text);
        return info.LengthInTextElements <= maxCharacters ? text : info.SubstringByTextElements(0, maxCharacters);
    }

    private static int StableHash(string text)
    {
        var hash = 17;
        foreach (var character in text)
        {
            hash = unchecked((hash * 31) + character);
        }

        return hash;
    }
}
