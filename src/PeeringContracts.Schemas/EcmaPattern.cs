using System.Text;

namespace PeeringContracts.Schemas;

/// <summary>Translates the one difference between ECMA-262 and .NET regular expressions that our patterns meet.</summary>
internal static class EcmaPattern
{
    /// <summary>
    /// Replaces each <c>$</c> anchor outside a character class by <c>\z</c>: in ECMA-262 (the dialect of JSON Schema)
    /// <c>$</c> ends the text, while .NET also lets it match before a final <c>\n</c>.
    /// </summary>
    public static string ToDotNet(string ecmaPattern)
    {
        var result = new StringBuilder(ecmaPattern.Length + 4);
        var inClass = false;
        for (var i = 0; i < ecmaPattern.Length; i++)
        {
            var c = ecmaPattern[i];
            if (c == '\\' && i + 1 < ecmaPattern.Length)
            {
                result.Append(c).Append(ecmaPattern[++i]);
                continue;
            }

            inClass = c switch
            {
                '[' => true,
                ']' => false,
                _ => inClass,
            };
            result.Append(c == '$' && !inClass ? @"\z" : c.ToString());
        }

        return result.ToString();
    }
}
