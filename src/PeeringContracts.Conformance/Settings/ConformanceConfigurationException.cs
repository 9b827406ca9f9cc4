namespace PeeringContracts.Conformance.Settings;

/// <summary>The run cannot start: settings are missing, wrong or contradict each other. Each problem names its variable.</summary>
public sealed class ConformanceConfigurationException(IReadOnlyList<SettingProblem> problems)
    : Exception(string.Join("\n", problems))
{
    public ConformanceConfigurationException(string variable, string problem)
        : this([new SettingProblem(variable, problem)])
    {
    }

    /// <summary>Every problem found, each its own sentence naming the variable.</summary>
    public IReadOnlyList<SettingProblem> Problems { get; } = problems;
}
