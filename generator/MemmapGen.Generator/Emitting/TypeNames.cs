namespace MemmapGen.Generator.Emitting;

/// <summary>
/// Every fully qualified name the generated code uses, in one place: generated code spells types with
/// <c>global::</c> so that no user type or alias can capture them.
/// </summary>
internal static class TypeNames
{
    // The MemmapGen runtime assembly.
    public const string MemRange = "global::MemmapGen.MemRange";
    public const string FloatingLayout = "global::MemmapGen.FloatingLayout";
    public const string PlacementState = "global::MemmapGen.PlacementState";
    public const string RegionPlacement = "global::MemmapGen.RegionPlacement";
    public const string RegionKind = "global::MemmapGen.RegionKind";
    public const string PlanError = "global::MemmapGen.PlanError";
    public const string PlanErrorKind = "global::MemmapGen.PlanErrorKind";
    public const string MemmapPlanException = "global::MemmapGen.MemmapPlanException";
    public const string LayoutTable = "global::MemmapGen.LayoutTable";
    public const string E820Entry = "global::MemmapGen.E820Entry";
    public const string E820Type = "global::MemmapGen.E820Type";

    // The base library.
    public const string ReadOnlySpan = "global::System.ReadOnlySpan";
    public const string Span = "global::System.Span";
    public const string ArgumentOutOfRangeException = "global::System.ArgumentOutOfRangeException";
    public const string MemoryExtensions = "global::System.MemoryExtensions";
    public const string MemoryMarshal = "global::System.Runtime.InteropServices.MemoryMarshal";
    public const string BitOperations = "global::System.Numerics.BitOperations";
    public const string Unsafe = "global::System.Runtime.CompilerServices.Unsafe";
    public const string MethodImpl = "global::System.Runtime.CompilerServices.MethodImpl";
    public const string MethodImplOptions = "global::System.Runtime.CompilerServices.MethodImplOptions";
    public const string InlineArray = "global::System.Runtime.CompilerServices.InlineArray";
    public const string GeneratedCode = "global::System.CodeDom.Compiler.GeneratedCode";
}
