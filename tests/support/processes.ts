// Child processes for the job tests: a TypeScript entry run the way the npm scripts run theirs
// (`--conditions=react-server` and tsx), its output kept, "ready" awaited, and a SIGTERM stop that waits for exit.
import { spawn, type ChildProcess } from "node:child_process";
import { ROOT } from "./import-graph";

export type Child = { proc: ChildProcess; output: () => string; stop: () => Promise<number | null> };

/** Starts `entry` (a path from the project root) and resolves once its output matches `ready`. */
export async function startChild(
  entry: string,
  env: Record<string, string>,
  ready: RegExp,
  timeoutMs = 60_000,
): Promise<Child> {
  const proc = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", entry], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  proc.stdout!.on("data", (d) => (out += String(d)));
  proc.stderr!.on("data", (d) => (out += String(d)));
  const exited = new Promise<number | null>((resolve) => proc.on("exit", (code) => resolve(code)));
  const child: Child = {
    proc,
    output: () => out,
    stop: async () => {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill("SIGTERM");
      return exited;
    },
  };
  const until = Date.now() + timeoutMs;
  while (!ready.test(out)) {
    if (proc.exitCode !== null) throw new Error(`${entry} exited (${proc.exitCode}) before ready:\n${out}`);
    if (Date.now() > until) {
      proc.kill("SIGKILL");
      throw new Error(`${entry} not ready after ${timeoutMs} ms:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return child;
}

/** Polls `check` until it answers something truthy (that answer is returned) or the time is up. */
export async function waitFor<T>(
  check: () => Promise<T>,
  timeoutMs = 30_000,
  what = "condition",
): Promise<NonNullable<T>> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v) return v as NonNullable<T>;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
