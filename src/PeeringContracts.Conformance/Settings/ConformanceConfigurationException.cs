namespace PeeringContracts.Conformance.Settings;

/// <summary>The run cannot start: a setting is missing or wrong. The message names the variable.</summary>
public sealed class ConformanceConfigurationException(string variable, string problem)
    : Exception($"{variable}: {problem}")
{
    public string Variable { get; } = variable;
}
