using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Bogus;

namespace PeeringContracts.Schemas.Tests;

/// <summary>
/// Seeded random reject responses that the documentation allows: names of 1 to 64 characters mixing CJK, Latin and
/// non-BMP characters, both tenant_id forms in either case, optional fields present or absent, extra fields anywhere.
/// </summary>
internal sealed class RejectResponseFaker(int seed)
{
    private const string Latin = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_. ";
    private static readonly string[] NonBmp = ["😀", "🚀", "𠀀", "𝒜"];

    private readonly Faker faker = new() { Random = new Randomizer(seed) };

    public JsonObject Next()
    {
        var response = new JsonObject
        {
            ["name"] = Name(),
            ["id"] = Uuid(),
            ["request_vpc_info"] = VpcInfo(),
            ["accept_vpc_info"] = VpcInfo(),
            ["status"] = "REJECTED",
        };
        AddSometimes(response, "description", () => Text(faker.Random.Int(0, 255)));
        AddSometimes(response, "created_at", Timestamp);
        AddSometimes(response, "updated_at", Timestamp);
        AddSometimes(response, "tenant_id", TenantId);
        AddExtraFields(response);
        return response;
    }

    private JsonObject VpcInfo()
    {
        var info = new JsonObject { ["vpc_id"] = faker.Random.Guid().ToString() };
        AddSometimes(info, "tenant_id", TenantId);
        AddExtraFields(info);
        return info;
    }

    /// <summary>1 to 64 characters, a quarter of them exactly 64.</summary>
    private string Name() => Text(faker.Random.Bool(0.25f) ? 64 : faker.Random.Int(1, 64));

    /// <summary><paramref name="characters"/> code points: CJK, Latin or outside the BMP, each text mostly one kind.</summary>
    private string Text(int characters)
    {
        var kind = faker.Random.Int(0, 2);
        var text = new StringBuilder();
        for (var i = 0; i < characters; i++)
        {
            var pick = faker.Random.Bool(0.8f) ? kind : faker.Random.Int(0, 2);
            text.Append(pick switch
            {
                0 => char.ConvertFromUtf32(faker.Random.Int(0x4E00, 0x9FFF)),
                1 => Latin[faker.Random.Int(0, Latin.Length - 1)].ToString(),
                _ => faker.PickRandom(NonBmp),
            });
        }

        return text.ToString();
    }

    private string Uuid() => InRandomCase(faker.Random.Guid().ToString("D"));

    /// <summary>A project id (32 hex characters) or a hyphenated UUID.</summary>
    private string TenantId() => InRandomCase(faker.Random.Guid().ToString(faker.Random.Bool() ? "N" : "D"));

    private string InRandomCase(string hex) => faker.Random.Int(0, 2) switch
    {
        0 => hex.ToUpperInvariant(),
        1 => hex,
        _ => string.Concat(hex.Select(c => faker.Random.Bool() ? char.ToUpperInvariant(c) : c)),
    };

    private string Timestamp() => faker.Date.Between(new DateTime(2015, 1, 1), new DateTime(2035, 12, 31))
        .ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);

    private void AddSometimes(JsonObject target, string name, Func<string> value)
    {
        if (faker.Random.Bool())
        {
            target[name] = value();
        }
    }

    private void AddExtraFields(JsonObject target)
    {
        for (var i = faker.Random.Int(0, 2); i > 0; i--)
        {
            target[$"x_{faker.Random.AlphaNumeric(6)}"] = faker.Random.Int(0, 3) switch
            {
                0 => JsonValue.Create(faker.Random.Int()),
                1 => JsonValue.Create(faker.Lorem.Word()),
                2 => new JsonArray(JsonValue.Create(faker.Random.Bool())),
                _ => null,
            };
        }
    }
}
