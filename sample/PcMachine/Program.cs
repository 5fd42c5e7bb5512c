using System;
using Sample.Pc;
using Sample.Pc.Cli;

return PcCli.Run(args, Console.Out, Console.Error, PcBoard.TryPlan);
