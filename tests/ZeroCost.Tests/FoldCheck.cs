using System;
using System.Collections.Generic;
using System.Linq;

namespace ZeroCost.Tests;

/// <summary>
/// What a folded read looks like: the constant goes into a register as an immediate, and nothing else happens
/// besides the frame: no call, no branch, no load from anywhere but the method's own stack frame, no data address.
/// x64 and arm64 wording.
/// </summary>
public static class FoldCheck
{
    private static readonly string[] X64StackBases = { "rsp", "rbp" };
    private static readonly string[] Arm64StackBases = { "sp", "fp", "x29" };
    private static readonly string[] Arm64Branches = { "b", "bl", "blr", "br", "cbz", "cbnz", "tbz", "tbnz" };

    /// <summary>True when some instruction puts <paramref name="value"/> into a register as an immediate.</summary>
    public static bool MaterializesImmediate(Disassembly method, ulong value) =>
        method.IsArm64 ? Arm64Values(method).Contains(value) : X64Values(method).Contains(value);

    /// <summary>The instructions that a folded read would not have, each with the reason.</summary>
    public static IReadOnlyList<string> Violations(Disassembly method) => Violations(method, Array.Empty<string>());

    /// <summary>
    /// As <see cref="Violations(Disassembly)"/>, but loads through <paramref name="pointerRegisters"/> (a by-reference
    /// argument) are allowed: what a field accessor on a struct passed by reference should be.
    /// </summary>
    public static IReadOnlyList<string> Violations(Disassembly method, IReadOnlyCollection<string> pointerRegisters)
    {
        string[] x64Bases = X64StackBases.Concat(pointerRegisters).ToArray();
        string[] arm64Bases = Arm64StackBases.Concat(pointerRegisters).ToArray();
        var found = new List<string>();
        foreach (var instruction in method.Instructions)
        {
            string? reason = method.IsArm64 ? Arm64Violation(instruction, arm64Bases) : X64Violation(instruction, x64Bases);
            reason ??= instruction.Line.Contains("RWD", StringComparison.Ordinal) || instruction.Line.Contains("reloc", StringComparison.OrdinalIgnoreCase)
                ? "refers to a data section"
                : null;
            if (reason is not null)
                found.Add($"{instruction.Line}    <- {reason}");
        }
        return found;
    }

    private static string? X64Violation(Disassembly.Instruction instruction, string[] allowedBases)
    {
        if (instruction.Mnemonic.StartsWith("call", StringComparison.Ordinal))
            return "call";
        if (instruction.Mnemonic.StartsWith('j'))
            return "branch";
        return instruction.Operands.Any(operand => IsNonStackMemory(operand, allowedBases)) ? "memory access" : null;
    }

    private static string? Arm64Violation(Disassembly.Instruction instruction, string[] allowedBases)
    {
        string mnemonic = instruction.Mnemonic;
        if (Arm64Branches.Contains(mnemonic) || mnemonic.StartsWith("b.", StringComparison.Ordinal))
            return "branch or call";
        if (mnemonic is "adr" or "adrp")
            return "data address";
        return instruction.Operands.Any(operand => IsNonStackMemory(operand, allowedBases)) ? "memory access" : null;
    }

    // "qword ptr [rax+0x08]" or "[x1, #8]" is memory; the frame's own "[rbp-0x10]" or "[sp, #-0x10]!" is allowed.
    private static bool IsNonStackMemory(string operand, string[] stackBases)
    {
        int open = operand.IndexOf('[', StringComparison.Ordinal);
        if (open < 0)
            return false;
        string inside = operand[(open + 1)..].TrimStart();
        int length = 0;
        while (length < inside.Length && char.IsAsciiLetterOrDigit(inside[length]))
            length++;
        return !stackBases.Contains(inside[..length].ToLowerInvariant());
    }

    // x64: "mov eax, 0x8010000", "mov rax, 0x3FC0000000", "movabs ...", and "xor eax, eax" for zero.
    private static HashSet<ulong> X64Values(Disassembly method)
    {
        var values = new HashSet<ulong>();
        foreach (var instruction in method.Instructions)
        {
            var operands = instruction.Operands;
            if (operands.Count != 2 || operands[0].Contains('['))
                continue;
            if (instruction.Mnemonic is "mov" or "movabs" && Disassembly.Instruction.TryParseImmediate(operands[1], out ulong value))
                values.Add(value);
            else if (instruction.Mnemonic == "xor" && operands[0] == operands[1])
                values.Add(0);
        }
        return values;
    }

    // arm64 builds wide constants in steps ("mov w0, #0x10000" then "movk w0, #0x801 LSL #16"): track each register.
    private static HashSet<ulong> Arm64Values(Disassembly method)
    {
        var registers = new Dictionary<string, ulong>(StringComparer.Ordinal);
        var values = new HashSet<ulong>();
        foreach (var instruction in method.Instructions)
        {
            var operands = instruction.Operands.SelectMany(operand => operand.Split(" LSL ", StringSplitOptions.TrimEntries)).ToList();
            if (operands.Count < 2 || !TryRegister(operands[0], out string register, out bool is32))
                continue;
            int shift = operands.Count > 2 && Disassembly.Instruction.TryParseImmediate(operands[^1].Replace("LSL", "", StringComparison.Ordinal), out ulong s) ? (int)s : 0;
            ulong? result = null;
            if (operands[1] is "xzr" or "wzr")
                result = 0;
            else if (Disassembly.Instruction.TryParseImmediate(operands[1], out ulong immediate))
            {
                result = instruction.Mnemonic switch
                {
                    "mov" or "movz" => immediate << shift,
                    "movn" => ~(immediate << shift),
                    "movk" => (registers.GetValueOrDefault(register) & ~(0xFFFFUL << shift)) | (immediate << shift),
                    _ => null,
                };
            }
            if (result is not ulong written)
            {
                registers.Remove(register);
                continue;
            }
            if (is32)
                written &= 0xFFFF_FFFF;
            registers[register] = written;
            values.Add(written);
        }
        return values;
    }

    // "x0" and "w0" name the same register; the w form writes the low half and clears the rest.
    private static bool TryRegister(string operand, out string register, out bool is32)
    {
        is32 = operand.StartsWith('w');
        register = "r" + operand[1..];
        return operand.Length > 1 && (operand[0] is 'x' or 'w') && operand[1..].All(char.IsAsciiDigit);
    }
}
