namespace PeeringContracts.Conformance.Settings;

/// <summary>One missing, wrong or meaningless setting: the variable and one sentence about it.</summary>
public sealed record SettingProblem(string Variable, string Problem)
{
    public override string ToString() => $"{Variable}: {Problem}";
}
