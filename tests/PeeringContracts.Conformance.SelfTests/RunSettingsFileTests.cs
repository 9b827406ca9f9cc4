using PeeringContracts.Conformance.Settings;

namespace PeeringContracts.Conformance.SelfTests;

/// <summary>The committed runsettings files set only declared settings, never a secret, and only values the reader accepts.</summary>
public sealed class RunSettingsFileTests
{
    private static IEnumerable<string> Files => RunSettingsFile.Names;

    [TestCaseSource(nameof(Files))]
    public void Every_parameter_is_a_declared_setting(string name)
    {
        var file = RunSettingsFile.Read(name);

        file.Parameters.Keys.Except(Setting.All.Select(setting => setting.Name))
            .ShouldBeEmpty($"{file} sets parameters that Setting.All does not declare");
    }

    [TestCaseSource(nameof(Files))]
    public void No_secret_has_a_value(string name)
    {
        var file = RunSettingsFile.Read(name);

        file.Given.Select(parameter => parameter.Key).Intersect(Setting.All.Where(setting => setting.Secret).Select(setting => setting.Name))
            .ShouldBeEmpty($"{file} gives secrets a value; secrets come from the environment only");
    }

    [TestCaseSource(nameof(Files))]
    public void Every_value_it_gives_is_accepted_by_the_reader(string name)
    {
        var file = RunSettingsFile.Read(name);
        var problems = Problems(file);

        problems.Where(problem => file.Given.Any(parameter => parameter.Key == problem.Variable)).Select(problem => problem.ToString())
            .ShouldBeEmpty($"TargetSettings.Load refuses values {file} gives");
    }

    /// <summary>What <see cref="TargetSettings.Load"/> says of the file's values alone (the environment gives the rest).</summary>
    private static IReadOnlyList<SettingProblem> Problems(RunSettingsFile file)
    {
        try
        {
            TargetSettings.Load(file.Parameters.GetValueOrDefault);
            return [];
        }
        catch (ConformanceConfigurationException misconfiguration)
        {
            return misconfiguration.Problems;
        }
    }
}
