/**
 * Runs a benchmark: `main` sets up, measures, tears down and returns its result line, printed last (after the
 * teardown's own output), so the script's last line is always the figure. Exits 1 with the error otherwise.
 */
export function runBenchmark(main: () => Promise<string>): void {
  main().then(
    (line) => {
      console.log(line);
      process.exit(0);
    },
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
