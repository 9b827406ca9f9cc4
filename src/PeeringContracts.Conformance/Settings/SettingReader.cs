using System.Globalization;

namespace PeeringContracts.Conformance.Settings;

/// <summary>
/// Reads settings through a lookup (null or blank: not set, values trimmed) and parses them. What does not parse is
/// collected, not thrown, so that <see cref="Misconfiguration"/> names every missing or wrong setting of a run at once.
/// </summary>
internal sealed class SettingReader(Func<string, string?> lookup)
{
    private readonly List<SettingProblem> problems = [];

    public bool HasProblems => problems.Count > 0;

    /// <summary>Records that <paramref name="name"/> is missing, wrong or meaningless here.</summary>
    public void Problem(string name, string problem) => problems.Add(new SettingProblem(name, problem));

    /// <summary>What ends the run: every problem recorded so far, each naming its variable.</summary>
    public ConformanceConfigurationException Misconfiguration() => new(problems);

    /// <summary>Records that <paramref name="name"/> is set although <paramref name="why"/> makes it meaningless.</summary>
    public void Unexpected(string name, string why)
    {
        if (Text(name) is not null)
        {
            Problem(name, $"is set, but {why}: remove it, or change the setting that makes it meaningless.");
        }
    }

    public string? Text(string name)
    {
        var value = lookup(name);
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    /// <summary>The value, or null after recording that it is missing.</summary>
    public string? Required(string name, string why)
    {
        var value = Text(name);
        if (value is null)
        {
            Problem(name, $"not set; {why}.");
        }

        return value;
    }

    /// <summary>The value among <paramref name="choices"/> (by its word, case-insensitive); the first choice when not set or wrong.</summary>
    public T Choice<T>(string name, IReadOnlyList<(string Word, T Value)> choices)
    {
        var value = Text(name);
        if (value is null)
        {
            return choices[0].Value;
        }

        foreach (var (word, choice) in choices)
        {
            if (word.Equals(value, StringComparison.OrdinalIgnoreCase))
            {
                return choice;
            }
        }

        Problem(name, $"'{value}' is not one of {string.Join(", ", choices.Select(choice => choice.Word))}.");
        return choices[0].Value;
    }

    /// <summary>An absolute http or https URL ending in '/', or null; a URL carrying credentials is refused without repeating them.</summary>
    public Uri? Url(string name)
    {
        var value = Text(name);
        if (value is null)
        {
            return null;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            Problem(name, $"'{value}' is not an absolute http or https URL.");
            return null;
        }

        if (url.UserInfo.Length > 0)
        {
            // Credentials in a URL end up in every logged request; the API authenticates with tokens or signatures anyway.
            Problem(name, "carries credentials (user:password@); give tokens or keys through the PEERING_<ROLE>_* variables instead.");
            return null;
        }

        return url.AbsoluteUri.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/");
    }

    /// <summary>A number of seconds up to 3600, above 0 (or 0 too when <paramref name="allowZero"/>); <paramref name="fallback"/> when not set or wrong.</summary>
    public TimeSpan Seconds(string name, double fallback, bool allowZero)
    {
        var value = Text(name);
        if (value is null)
        {
            return TimeSpan.FromSeconds(fallback);
        }

        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
            || seconds < 0 || (seconds == 0 && !allowZero) || seconds > 3600)
        {
            Problem(name, allowZero
                ? $"'{value}' is not a number of seconds from 0 to 3600."
                : $"'{value}' is not a number of seconds above 0 and at most 3600 (0 would give every request no time at all).");
            return TimeSpan.FromSeconds(fallback);
        }

        return TimeSpan.FromSeconds(seconds);
    }

    public int WholeNumber(string name, Func<int> fallback)
    {
        var value = Text(name);
        if (value is null)
        {
            return fallback();
        }

        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        Problem(name, $"'{value}' is not a whole number.");
        return fallback();
    }

    /// <summary>A whole number above 0; <paramref name="fallback"/> when not set or wrong.</summary>
    public int PositiveWholeNumber(string name, int fallback)
    {
        var value = Text(name);
        if (value is null)
        {
            return fallback;
        }

        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number > 0)
        {
            return number;
        }

        Problem(name, $"'{value}' is not a whole number above 0.");
        return fallback;
    }

    /// <summary>Comma-separated values, trimmed, empty ones dropped.</summary>
    public IReadOnlyList<string> List(string name) =>
        Text(name)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
}
