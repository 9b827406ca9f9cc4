using PeeringContracts.Conformance.Requirements;
using PeeringContracts.Conformance.Settings;

namespace PeeringContracts.Conformance.Oracles;

/// <summary>The rules every answer of a run is judged by, in id order; each run judges with fresh instances.</summary>
public static class OracleCatalog
{
    public static IReadOnlyList<Requirement> Requirements { get; } =
        [StatusOracle.Rule, JsonTextOracle.Rule, ErrorShapeOracle.Rule, SecretOracle.Rule, PeeringFieldsOracle.Rule, NamesEchoOracle.Rule];

    internal static IReadOnlyList<AnswerOracle> ForRun(IReadOnlyList<NamedSecret> secrets) =>
        [new StatusOracle(), new JsonTextOracle(), new ErrorShapeOracle(), new SecretOracle(secrets), new PeeringFieldsOracle(), new NamesEchoOracle()];
}
