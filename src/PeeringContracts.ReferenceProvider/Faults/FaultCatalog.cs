namespace PeeringContracts.ReferenceProvider.Faults;

/// <summary>
/// Every fault the reference provider can switch on. Each entry is the fault's identifier and its whole definition:
/// name, category, what it breaks, and the <see cref="FaultHooks"/> that make it happen. Entries live in one file per
/// hook kind (<c>FaultCatalog.&lt;kind&gt;.cs</c>, see <see cref="FaultKind"/>), so adding a fault is one entry there.
/// </summary>
public static partial class FaultCatalog
{
    // No initialiser: the parts' entries add themselves in an order the compiler does not promise across files.
    private static List<Fault>? declared;

    private static readonly Task<IResult?> NoAnswer = Task.FromResult<IResult?>(null);

    /// <summary>Every fault, by hook kind and within one in declaration order: the order of the README table, and the
    /// order in which the active faults apply at a hook point.</summary>
    public static IReadOnlyList<Fault> All => field ??= [.. declared!.OrderBy(fault => fault.Kind)];

    /// <summary>The fault of that exact name; an unknown name throws an <see cref="ArgumentException"/> listing the valid ones.</summary>
    public static Fault Get(string name) =>
        All.FirstOrDefault(fault => fault.Name == name)
        ?? throw new ArgumentException(
            $"Unknown fault '{name}'. Valid faults: {string.Join(", ", All.Select(fault => fault.Name))}.", nameof(name));

    private static Fault Declare(Fault fault, FaultKind kind, Func<FaultRun, FaultHooks> hooks)
    {
        var entry = fault with { Kind = kind, Hooks = hooks };
        (declared ??= []).Add(entry);
        return entry;
    }
}
