using System.CommandLine;
using Stats.Cli;

return StatsCommand.Build().Run(args);
