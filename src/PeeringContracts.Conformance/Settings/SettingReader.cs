using System.Globalization;

namespace PeeringContracts.Conformance.Settings;

/// <summary>
/// Reads settings through a lookup (null or blank: not set, values trimmed) and parses them; anything that does not
/// parse ends the run with a <see cref="ConformanceConfigurationException"/> naming the variable.
/// </summary>
internal sealed class SettingReader(Func<string, string?> lookup)
{
    public string? Text(string name)
    {
        var value = lookup(name);
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    public string Required(string name, string why) => Text(name) ?? throw new ConformanceConfigurationException(name, $"not set; {why}.");

    /// <summary>The value among <paramref name="choices"/> (by its word, case-insensitive); the first choice when not set.</summary>
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

        throw new ConformanceConfigurationException(name, $"'{value}' is not one of {string.Join(", ", choices.Select(choice => choice.Word))}.");
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
            throw new ConformanceConfigurationException(name, $"'{value}' is not an absolute http or https URL.");
        }

        if (url.UserInfo.Length > 0)
        {
            // Credentials in a URL end up in every logged request; the API authenticates with tokens or signatures anyway.
            throw new ConformanceConfigurationException(name, "carries credentials (user:password@); give tokens or keys through the PEERING_<ROLE>_* variables instead.");
        }

        return url.AbsoluteUri.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/");
    }

    /// <summary>A number of seconds up to 3600, above 0 (or 0 too when <paramref name="allowZero"/>); <paramref name="fallback"/> when not set.</summary>
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
            var lowest = allowZero ? "0 (inclusive)" : "0";
            throw new ConformanceConfigurationException(name, $"'{value}' is not a number of seconds between {lowest} and 3600.");
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

        return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new ConformanceConfigurationException(name, $"'{value}' is not a whole number.");
    }

    /// <summary>Comma-separated values, trimmed, empty ones dropped.</summary>
    public IReadOnlyList<string> List(string name) =>
        Text(name)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
}
