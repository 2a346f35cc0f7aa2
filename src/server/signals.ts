/**
 * How the servers run as programs end. Ctrl-C and `SIGTERM`: close (flush the store, release
 * the data folder's lock), then exit. A close that fails (a full disk at the last flush) must not
 * leave a process that neither exits nor says why.
 */

/**
 * On SIGINT or SIGTERM run `close` once, then exit: 0 once it resolves; 1 with its message when
 * it rejects (the message only: stores never put personal data there, but a stack or details
 * could). A second signal while closing exits at once, with 1.
 */
export function closeOnSignals(close: () => Promise<void>): void {
  let closing = false;
  const stop = () => {
    if (closing) {
      console.error('stopped before the server had closed');
      process.exit(1);
    }
    closing = true;
    close()
      .catch((error: unknown) => {
        console.error(`closing the server: ${error instanceof Error ? error.message : String(error)}`);
        process.exitCode = 1;
      })
      .finally(() => process.exit());
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/**
 * Told that the data folder's lock was lost: say so and exit with 1. Every inquiry acknowledged
 * is on disk already and writes are refused from here, so exit at once and let the supervisor
 * decide (a restart waits for the other server's lease, or refuses).
 */
export function exitOnLockLost(message: string): never {
  console.error(`${message} Exiting.`);
  process.exit(1);
}
