using Pmo.Local.Commands;

// Thin entry point: the commands own their composition (see Commands/ and Composition/).
// Ctrl+C is left to the generic host, which stops the engine and Azurite in order (System.CommandLine would kill the
// process two seconds after the signal).
return await LocalCli.Build().Parse(args)
    .InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null });
