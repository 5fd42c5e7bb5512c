using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace Package.Tests.Infrastructure;

/// <summary>A project made by <c>dotnet new</c> in a workspace, driven through the dotnet CLI only.</summary>
internal sealed class ConsumerProject
{
    private static readonly Regex TargetFramework = new("<TargetFramework>[^<]*</TargetFramework>");

    private readonly Workspace _workspace;

    private ConsumerProject(Workspace workspace, string name)
    {
        _workspace = workspace;
        Name = name;
        Directory = Path.Combine(workspace.Path, name);
        ProjectFile = Path.Combine(Directory, name + ".csproj");
    }

    public string Name { get; }

    public string Directory { get; }

    public string ProjectFile { get; }

    public static ConsumerProject Create(Workspace workspace, string name, string template)
    {
        DotNet.Run(workspace.Path, "new", template, "--name", name, "--output", name, "--no-restore").ShouldSucceed();
        var project = new ConsumerProject(workspace, name);
        project.Retarget(isExe: template == "console");
        return project;
    }

    /// <summary>
    /// <c>dotnet add package MemmapGen --version V</c>. The workspace's nuget.config adds the test feed to the configured
    /// sources; <c>--source</c> would take the feed alone (it accepts one source) and leave out the sources the
    /// project's other dependencies come from.
    /// </summary>
    public CommandResult AddMemmapGen() =>
        DotNet.Run(Directory, "add", ProjectFile, "package", "MemmapGen", "--version", _workspace.Package.Version).ShouldSucceed();

    public CommandResult AddReference(ConsumerProject library) =>
        DotNet.Run(Directory, "add", ProjectFile, "reference", library.ProjectFile).ShouldSucceed();

    public void Write(string relativePath, string text) => File.WriteAllText(Path.Combine(Directory, relativePath), text);

    public void Delete(string relativePath) => File.Delete(Path.Combine(Directory, relativePath));

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Directory, relativePath));

    public CommandResult Build(params string[] properties) =>
        DotNet.Run(Directory, new[] { "build", ProjectFile, "--disable-build-servers" }.Concat(properties).ToArray());

    public CommandResult Run() => DotNet.Run(Directory, "run", "--project", ProjectFile, "--no-build");

    public CommandResult MSBuild(params string[] arguments) =>
        DotNet.Run(Directory, new[] { "msbuild", ProjectFile, "-nodeReuse:false" }.Concat(arguments).ToArray());

    /// <summary>A file the generator wrote under obj/ (a build with EmitCompilerGeneratedFiles=true).</summary>
    public string ReadGenerated(string fileName)
    {
        var matches = System.IO.Directory.GetFiles(Path.Combine(Directory, "obj"), fileName, SearchOption.AllDirectories)
            .Where(path => path.Contains(Path.DirectorySeparatorChar + "generated" + Path.DirectorySeparatorChar))
            .ToList();
        Assert.True(matches.Count == 1, $"Expected one generated {fileName} under {Directory}/obj, found: [{string.Join(", ", matches)}]");
        return File.ReadAllText(matches[0]);
    }

    /// <summary>The template targets the SDK's own .NET; the package's floor is net8.0, which runs here on the newest runtime.</summary>
    private void Retarget(bool isExe)
    {
        var text = File.ReadAllText(ProjectFile);
        Assert.True(TargetFramework.IsMatch(text), "No <TargetFramework> in the template's project file:\n" + text);
        var replacement = "<TargetFramework>net8.0</TargetFramework>" + (isExe ? "\n    <RollForward>Major</RollForward>" : string.Empty);
        File.WriteAllText(ProjectFile, TargetFramework.Replace(text, replacement, 1));
    }
}
