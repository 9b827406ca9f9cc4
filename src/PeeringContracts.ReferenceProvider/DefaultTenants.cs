using PeeringContracts.ReferenceProvider.Tenants;

namespace PeeringContracts.ReferenceProvider;

/// <summary>
/// The three tenants the reference provider knows unless configured otherwise. The tokens and key pairs are fixed,
/// documented test credentials of a local emulator: they grant nothing anywhere else.
/// </summary>
public static class DefaultTenants
{
    public static TenantAccount Requester { get; } = new(
        TenantRoles.Requester, "reference-requester-token", "5f0d3c1a9b7e4d2c8a6f1e3b5d7c9a0b", "7c3e2a91-4b6d-4f8e-9a1c-2d5b7e9f0a13")
    {
        AccessKey = "REFREQUESTERAK000001", SecretKey = "reference-requester-secret-key",
    };

    public static TenantAccount Accepter { get; } = new(
        TenantRoles.Accepter, "reference-accepter-token", "a94e7b2c1d3f4e5a8b6c0d9e2f1a3b4c", "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b")
    {
        AccessKey = "REFACCEPTERAK0000001", SecretKey = "reference-accepter-secret-key",
    };

    public static TenantAccount Outsider { get; } = new(
        TenantRoles.Outsider, "reference-outsider-token", "0b1c2d3e4f5a46b7c8d9e0f1a2b3c4d5", "3a8f6d42-91c7-4e0b-b5d3-6f2e8a4c1d97")
    {
        AccessKey = "REFOUTSIDERAK0000001", SecretKey = "reference-outsider-secret-key",
    };

    public static IReadOnlyList<TenantAccount> All { get; } = [Requester, Accepter, Outsider];
}
