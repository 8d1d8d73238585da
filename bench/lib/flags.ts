// Validation of the benchmark CLIs' flag values (parsed by node:util parseArgs as strings), so a
// typo fails before any server is started rather than as a NaN in the results.

export function positiveInt(flag: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw new Error(`--${flag} wants a positive integer, got '${value}'`);
  return n;
}

export function nonNegativeInt(flag: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`--${flag} wants an integer >= 0, got '${value}'`);
  return n;
}

export function positiveNumber(flag: string, value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    throw new Error(`--${flag} wants a positive number, got '${value}'`);
  return n;
}

export function commaList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export function positiveIntList(flag: string, value: string): number[] {
  const items = commaList(value).map((item) => positiveInt(flag, item));
  if (items.length === 0) throw new Error(`--${flag} wants a comma-separated list, got '${value}'`);
  return items;
}

/** The exact command line of this process, quoted for a POSIX shell, for reproducibility notes. */
export function commandLine(): string {
  const quote = (arg: string): string =>
    /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`;
  const script = process.argv[1] ?? '';
  const relativeScript = script.startsWith(process.cwd() + '/')
    ? script.slice(process.cwd().length + 1)
    : script;
  return ['node', ...process.execArgv, relativeScript, ...process.argv.slice(2)]
    .map(quote)
    .join(' ');
}

/** --help: prints the usage and ends the process. */
export function exitOnHelp(help: boolean | undefined, usage: string): void {
  if (!help) return;
  process.stdout.write(`${usage}\n`);
  process.exit(0);
}
