using System;
using Sample.Virt.Cli;

return VirtCli.Run(args, Console.Out, Console.Error);
