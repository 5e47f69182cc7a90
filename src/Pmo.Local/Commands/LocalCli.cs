namespace Pmo.Local.Commands;

/// <summary>The command tree: serve (default), demo, seed, export, import; --help on each.</summary>
public static class LocalCli
{
    public static RootCommand Build()
    {
        var root = new RootCommand("PMO Functions, local host: runs the PMO's governance calendar (weekly updates, "
            + "monthly review pack, committee escalations) on this machine. Without a command it serves.");
        root.Options.Add(CommonOptions.Data);
        ServeCommand.AddTo(root);
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(SeedCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        return root;
    }
}
